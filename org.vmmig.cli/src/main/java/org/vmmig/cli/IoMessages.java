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
		if (e instanceof java.nio.file.NotDirectoryException n) {
			return "not a directory (" + n.getFile() + ")";
		}
		if (e instanceof java.nio.file.DirectoryNotEmptyException d) {
			return "a directory that is not empty is in the way (" + d.getFile() + ")";
		}
		if (e instanceof FileSystemException f) {
			return (f.getReason() != null ? f.getReason() : "cannot access the file") + " (" + f.getFile()
					+ (f.getOtherFile() != null ? ", " + f.getOtherFile() : "") + ")";
		}
		if (e.getClass() == IOException.class && e.getMessage() != null) {
			return e.getMessage(); // vmmig's own words
		}
		// a message that is only a path says nothing of the reason: name the kind of failure too
		String kind = e.getClass().getSimpleName().replaceAll("Exception$", "").replaceAll("([a-z])([A-Z])", "$1 $2")
				.toLowerCase();
		return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
	}
}
