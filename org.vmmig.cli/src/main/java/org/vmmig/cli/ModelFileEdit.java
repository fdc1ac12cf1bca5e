package org.vmmig.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.vmmig.cli.ModelWorkspace.LoadedFile;
import org.vmmig.dsl.vmig.Element;

/**
 * How the commands that write into a user's model (calibrate --write, workload --write) do it: only into a model
 * without errors, and the whole file replaced through a temporary file next to it that is renamed over it once the
 * new text loads without errors — a failure or Ctrl-C leaves the model as it was, never half-written.
 */
final class ModelFileEdit {

	/** A write that did not happen, and why (the model is left as it was). */
	static final class RefusedException extends Exception {
		private static final long serialVersionUID = 1L;

		RefusedException(String message) {
			super(message);
		}
	}

	private ModelFileEdit() {
	}

	/** The model, refused when it (or a file it imports) has errors. */
	static LoadedFile loadValid(Path model, String command) throws RefusedException {
		if (!Files.isRegularFile(model)) {
			throw new RefusedException("cannot write into " + model + ": no such model file");
		}
		LoadedFile file = load(model);
		if (file.hasErrors()) {
			throw new RefusedException(model + " has errors: fix them before " + command + " writes into it (vmmig validate "
					+ model + ")");
		}
		return file;
	}

	/** The top-level element of that name in the file itself, or null. */
	static Element element(LoadedFile file, String name) {
		return file.model() == null ? null
				: file.model().getElements().stream().filter(e -> name.equals(e.getName())).findFirst().orElse(null);
	}

	/** Through a temporary file next to the model, checked, then renamed over it. */
	static void replace(Path model, String text, String what) throws IOException, RefusedException {
		Path directory = model.toAbsolutePath().getParent();
		Path temporary = Files.createTempFile(directory, "." + model.getFileName() + ".", ".tmp.vmig");
		try {
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			LoadedFile after = load(temporary);
			if (after.hasErrors()) {
				throw new RefusedException("the model would not be valid with " + what + " written into it ("
						+ after.diagnostics().get(0).message() + "); " + model + " is unchanged");
			}
			Files.move(temporary, model, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static LoadedFile load(Path model) {
		return new ModelWorkspace().load(List.of(model)).get(0);
	}
}
