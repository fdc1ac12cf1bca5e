package org.vmmig.dsl.ui.sweep;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Sweep;

/**
 * The sweeps a model's file declares (not those of the files it imports, as {@code vmmig sweep}), with where each
 * is written, so that Run Sweep can take the one at the caret.
 */
record SweepsOfModel(List<Declared> sweeps) {

	/** A sweep's name and the range of its declaration in the text. */
	record Declared(String name, int offset, int length) {
		boolean contains(int at) {
			return at >= offset && at <= offset + length;
		}
	}

	static SweepsOfModel of(XtextResource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
			return new SweepsOfModel(List.of());
		}
		return new SweepsOfModel(model.getElements().stream().filter(Sweep.class::isInstance).map(Sweep.class::cast)
				.filter(s -> s.getName() != null).map(s -> {
					ICompositeNode node = NodeModelUtils.getNode(s);
					return new Declared(s.getName(), node.getOffset(), node.getLength());
				}).toList());
	}

	/** The sweep written around a text offset (the caret), if any. */
	Optional<String> at(int offset) {
		return sweeps.stream().filter(s -> s.contains(offset)).map(Declared::name).findFirst();
	}

	List<String> names() {
		return sweeps.stream().map(Declared::name).toList();
	}
}
