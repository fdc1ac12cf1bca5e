package org.vmmig.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.vmmig.cli.ModelWorkspace.LoadedFile;
import org.vmmig.dsl.vmig.Element;
import org.vmmig.dsl.vmig.Environment;
import org.vmmig.dsl.vmig.Policy;
import org.vmmig.engine.cost.Calibration;

/**
 * A fitted calibration as the language's {@code environment} element (docs/language.md), and writing it into a
 * model file: an environment of the same name is replaced, otherwise the element is appended; a policy named by
 * the user is pointed at it when it names no environment yet ({@link ModelFileEdit}: nothing half-written).
 */
final class EnvironmentElement {

	private EnvironmentElement() {
	}

	/** The element's text: efficiency to 1 %, round overhead to 1 ms, switchover to 0.1 ms, as the fit resolves them. */
	static String render(String name, Calibration fitted, String measured) {
		return String.format(Locale.ROOT, """
				environment %s {
					efficiency %d %%
					round-overhead %s ms
					switchover %s ms
					measured "%s"
				}
				""", name, Math.round(fitted.bandwidthEfficiency() * 100), OptionValues.decimal(fitted.roundOverheadSeconds() * 1000),
				OptionValues.decimal(fitted.switchoverSeconds() * 1000), quoted(measured));
	}


	/** A STRING of the language: quotes and backslashes escaped, control characters dropped. */
	static String quoted(String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().filter(c -> c >= 0x20 && c != 0x7f).forEach(c -> {
			if (c == '"' || c == '\\') {
				out.append('\\');
			}
			out.appendCodePoint(c);
		});
		return out.toString();
	}

	/**
	 * Writes the element into {@code model}.
	 *
	 * @param policy a policy of that file to point at the environment, or null
	 * @return what was done, for the user
	 */
	static String writeInto(Path model, String name, String element, String policy)
			throws IOException, ModelFileEdit.RefusedException {
		LoadedFile before = ModelFileEdit.loadValid(model, "calibrate");
		String text = Files.readString(model, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) { // the parser's offsets count from after a byte-order mark
			text = text.substring(1);
		}
		Element existing = ModelFileEdit.element(before, name);
		if (existing != null && !(existing instanceof Environment)) {
			throw new ModelFileEdit.RefusedException(model + " already declares '" + name + "' (not an environment): choose another"
					+ " --environment name");
		}
		StringBuilder edited = new StringBuilder(text);
		Policy target = null;
		if (policy != null) {
			if (!(ModelFileEdit.element(before, policy) instanceof Policy found)) {
				throw new ModelFileEdit.RefusedException(model + " declares no policy '" + policy + "' to point at the environment");
			}
			target = found;
		}
		// edits from the end of the file backwards, so that earlier offsets stay valid
		int elementAt = existing != null ? node(existing).getOffset() : text.length();
		int elementEnd = existing != null ? node(existing).getEndOffset() : text.length();
		int policyInsert = target != null && target.getEnvironment() == null ? node(target).getEndOffset() - 1 : -1;
		String block = existing != null ? element.stripTrailing()
				: (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + (text.isBlank() ? "" : "\n") + element;
		Insertion reference = policyInsert >= 0 ? Insertion.reference(text, policyInsert, name) : null;
		if (reference != null && reference.offset() >= elementEnd) {
			edited.insert(reference.offset(), reference.text());
			edited.replace(elementAt, elementEnd, block);
		} else {
			edited.replace(elementAt, elementEnd, block);
			if (reference != null) {
				edited.insert(reference.offset(), reference.text());
			}
		}
		String done = (existing != null ? "replaced environment " : "added environment ") + name + " in " + model;
		if (policyInsert >= 0) {
			done += "; policy " + policy + " runs in it";
		} else if (target != null && target.getEnvironment() != null && !name.equals(target.getEnvironment().getName())) {
			done += "; policy " + policy + " still names environment " + target.getEnvironment().getName();
		}
		ModelFileEdit.replace(model, edited.toString(), "the environment");
		return done;
	}

	/** Where and what to insert so that a policy names the environment: before its closing brace. */
	private record Insertion(int offset, String text) {
		static Insertion reference(String text, int closingBrace, String name) {
			int lineStart = text.lastIndexOf('\n', closingBrace - 1) + 1;
			if (lineStart > 0 && text.substring(lineStart, closingBrace).isBlank()) { // the brace on a line of its own
				return new Insertion(lineStart, "\tenvironment " + name + "\n");
			}
			return new Insertion(closingBrace, "environment " + name + " ");
		}
	}

	private static ICompositeNode node(Element element) {
		return NodeModelUtils.findActualNodeFor(element);
	}
}
