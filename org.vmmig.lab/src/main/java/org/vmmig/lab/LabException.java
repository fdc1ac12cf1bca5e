package org.vmmig.lab;

/**
 * Something in the lab went wrong in a way the user can act on: QEMU is missing, the guest did not boot,
 * QEMU refused a setting, the migration failed. The message is one sentence meant for a terminal.
 */
public final class LabException extends Exception {

	private static final long serialVersionUID = 1L;

	public LabException(String message) {
		super(message);
	}

	public LabException(String message, Throwable cause) {
		super(message, cause);
	}
}
