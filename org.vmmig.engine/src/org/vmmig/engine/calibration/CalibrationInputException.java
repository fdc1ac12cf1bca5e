package org.vmmig.engine.calibration;

/** A measurement file that cannot be read; the message names the file and the line (and column). */
public final class CalibrationInputException extends Exception {

	private static final long serialVersionUID = 1L;

	public CalibrationInputException(String message) {
		super(message);
	}
}
