package org.vmmig.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** An I/O error in one short line a user understands (Java's messages are often just a path). */
final class IoMessages {

	private IoMessages() {
	}

	static String describe(IOException e) {
		if (e instanceof AccessDeniedException a) {
			return "permission denied (" + a.getFile() + ")";
		}
		if (e instanceof FileAlreadyExistsException f) {
			return "a file is in the way (" + f.getFile() + ")";
		}
		if (e instanceof NoSuchFileException n) {
			return "no such directory (" + n.getFile() + ")";
		}
		if (e instanceof FileSystemException f && f.getReason() != null) {
			return f.getReason() + " (" + f.getFile() + ")";
		}
		return String.valueOf(e.getMessage());
	}
}
