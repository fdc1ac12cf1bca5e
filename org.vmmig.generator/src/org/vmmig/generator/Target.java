package org.vmmig.generator;

import java.util.Locale;

/** What a runbook is generated for; the name is the CLI's {@code --target} value. */
public enum Target {
	/** A bash runbook of {@code virsh migrate --live} commands. */
	LIBVIRT("libvirt"),
	/** An Ansible playbook running the same virsh commands in serial batches, one per wave. */
	ANSIBLE("ansible"),
	/** KubeVirt MigrationPolicy and VirtualMachineInstanceMigration manifests. */
	KUBEVIRT("kubevirt"),
	/** A bash runbook of {@code openstack server migrate --live-migration} commands and nova.conf settings. */
	NOVA("nova");

	private final String id;

	Target(String id) {
		this.id = id;
	}

	public String id() {
		return id;
	}

	/** The target of this name ("libvirt", ...), or null. */
	public static Target of(String id) {
		for (Target t : values()) {
			if (t.id.equals(id.toLowerCase(Locale.ROOT))) {
				return t;
			}
		}
		return null;
	}

	/** "libvirt, ansible, kubevirt, nova", for messages. */
	public static String names() {
		return String.join(", ", java.util.Arrays.stream(values()).map(Target::id).toList());
	}
}
