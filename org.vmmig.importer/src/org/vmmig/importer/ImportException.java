package org.vmmig.importer;

/** An export vmmig cannot read: the message names the file and what was expected there. */
public final class ImportException extends Exception {
	private static final long serialVersionUID = 1L;

	public ImportException(String message) {
		super(message);
	}
}
