package org.vmmig.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.vmmig.cli.ModelWorkspace.LoadedFile;
import org.vmmig.dsl.vmig.Vm;
import org.vmmig.dsl.vmig.VmigPackage.Literals;

/**
 * Sets a VM's workload properties in a model file ({@code vmmig workload --write}): a property the VM has gets its
 * value replaced, one it lacks is added before its closing brace ({@link ModelFileEdit}: nothing half-written).
 */
final class VmProperties {

	private static final Map<String, EStructuralFeature> FEATURES = Map.of("dirty-rate", Literals.VM__DIRTY_RATE,
			"zero-pages", Literals.VM__ZERO_PAGES);
	/** A placeholder an import wrote ({@code dirty-rate unknown}): the measured value takes the place of 'unknown'. */
	private static final Map<String, EStructuralFeature> PLACEHOLDERS = Map.of("dirty-rate", Literals.VM__DIRTY_RATE_UNKNOWN);

	private record Edit(int offset, int length, String text) {
	}

	private VmProperties() {
	}

	/** @param values property keyword → value as written ("dirty-rate" → "25 MiB/s"), in order */
	static String writeInto(Path model, String vmName, Map<String, String> values)
			throws IOException, ModelFileEdit.RefusedException {
		LoadedFile file = ModelFileEdit.loadValid(model, "workload");
		if (!(ModelFileEdit.element(file, vmName) instanceof Vm vm)) {
			throw new ModelFileEdit.RefusedException(model + " declares no vm '" + vmName + "'");
		}
		String text = Files.readString(model, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) { // the parser's offsets count from after a byte-order mark
			text = text.substring(1);
		}
		int closingBrace = NodeModelUtils.findActualNodeFor(vm).getEndOffset() - 1;
		List<Edit> edits = new ArrayList<>();
		StringBuilder added = new StringBuilder();
		List<String> done = new ArrayList<>();
		for (Map.Entry<String, String> value : values.entrySet()) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(vm, FEATURES.get(value.getKey()));
			if (nodes.isEmpty() && PLACEHOLDERS.containsKey(value.getKey())) {
				nodes = NodeModelUtils.findNodesForFeature(vm, PLACEHOLDERS.get(value.getKey()));
			}
			if (nodes.isEmpty()) {
				added.append(value.getKey()).append(' ').append(value.getValue()).append(' ');
				done.add("added " + value.getKey() + " " + value.getValue());
			} else {
				INode node = nodes.get(0);
				edits.add(new Edit(node.getOffset(), node.getLength(), value.getValue()));
				done.add("set " + value.getKey() + " " + value.getValue() + " (was " + node.getText().strip() + ")");
			}
		}
		if (!added.isEmpty()) {
			int lineStart = text.lastIndexOf('\n', closingBrace - 1) + 1;
			boolean ownLine = lineStart > 0 && text.substring(lineStart, closingBrace).isBlank();
			edits.add(ownLine ? new Edit(lineStart, 0, "\t" + added.toString().strip() + "\n")
					: new Edit(closingBrace, 0, added.toString()));
		}
		StringBuilder edited = new StringBuilder(text);
		edits.sort(Comparator.comparingInt(Edit::offset).reversed());
		for (Edit edit : edits) {
			edited.replace(edit.offset(), edit.offset() + edit.length(), edit.text());
		}
		ModelFileEdit.replace(model, edited.toString(), "the vm's properties");
		return "vm " + vmName + " in " + model + ": " + String.join(", ", done);
	}
}
