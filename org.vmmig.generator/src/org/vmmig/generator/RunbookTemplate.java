package org.vmmig.generator;

import java.util.List;
import java.util.Map;

/** A target's templates: the files of one scenario's runbook. */
public interface RunbookTemplate {

	/**
	 * The files, by name (each starting with {@code stem}), in the order they are written.
	 *
	 * @param unrealised the knobs the policy writes that this target cannot do: the output names each of them
	 */
	Map<String, CharSequence> files(Runbook runbook, List<Unrealised> unrealised, String stem);

	static RunbookTemplate of(Target target) {
		return switch (target) {
		case LIBVIRT -> new LibvirtRunbook();
		case ANSIBLE -> new AnsiblePlaybook();
		case KUBEVIRT -> new KubevirtManifests();
		case NOVA -> new NovaRunbook();
		};
	}
}
