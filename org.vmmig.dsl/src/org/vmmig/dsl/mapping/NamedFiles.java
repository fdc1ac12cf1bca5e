package org.vmmig.dsl.mapping;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;

/**
 * The files a model may name — imports and traces — are regular local files within a size cap. A model is
 * untrusted input (it arrives in pull requests and CI): naming {@code http://internal-host/…} must not make vmmig
 * reach into a network, {@code /dev/zero} must not exhaust memory, a FIFO must not block for ever. docs/security.md
 * says where else untrusted input is checked.
 */
public final class NamedFiles {

	/** An imported model: the same cap as for files named on the command line. */
	public static final long MAX_IMPORT_BYTES = 64L * 1024 * 1024;
	/** A CPU trace: a day of 5-minute samples is about 1 KB; a week of 1-second samples about 2 MB. */
	public static final long MAX_TRACE_BYTES = 16L * 1024 * 1024;

	private NamedFiles() {
	}

	/**
	 * Why the file {@code uri} (absolute, or already resolved against the model) may not be read, or null when it
	 * may: only local regular files (in Eclipse, workspace files), at most {@code maxBytes}.
	 */
	public static String refusal(URI uri, long maxBytes) {
		URI local = uri.isPlatform() ? CommonPlugin.resolve(uri) : uri;
		if (local.isPlatform()) {
			return null; // a workspace file the platform could not map to disk: EMF reads it through the workspace
		}
		if (!local.isFile()) {
			return "only local files can be named in a model, not '" + uri + "'";
		}
		Path path;
		try {
			path = Path.of(local.toFileString());
		} catch (java.nio.file.InvalidPathException e) { // a NUL byte in the name
			return "not a valid file name";
		}
		if (!Files.exists(path)) {
			return "no such file (relative to this file)";
		}
		if (!Files.isRegularFile(path)) { // devices, FIFOs, directories
			return "not a regular file";
		}
		try {
			if (Files.size(path) > maxBytes) {
				return "larger than " + (maxBytes >> 20) + " MiB";
			}
		} catch (IOException e) {
			return "cannot be read";
		}
		return Files.isReadable(path) ? null : "cannot be read (permissions)";
	}
}
