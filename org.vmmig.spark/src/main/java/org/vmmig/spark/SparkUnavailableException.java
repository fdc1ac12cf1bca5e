package org.vmmig.spark;

/** The Spark cluster cannot run the sweep: its master does not answer, or gives no executor. */
public final class SparkUnavailableException extends Exception {
	private static final long serialVersionUID = 1L;

	public SparkUnavailableException(String message) {
		super(message);
	}

	public SparkUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}
}
