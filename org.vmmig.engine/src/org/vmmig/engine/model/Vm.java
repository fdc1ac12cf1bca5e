package org.vmmig.engine.model;

/**
 * A virtual machine: how it uses memory and disk ({@link VmProfile}), whether its disk is on shared
 * storage (so it stays where it is when the VM moves), its security level (it may only run on hosts whose
 * zone is trusted at least that much), the host it runs on and the storage pool its disk lives in (null: none
 * given; then {@code sharedStorage} alone decides). A VM of a time simulation that its placement policy is to put
 * somewhere runs on no host yet ({@code hostName} null); a {@link DataCenter} to plan in takes only placed VMs.
 */
public record Vm(String name, VmProfile profile, boolean sharedStorage, int securityLevel, String hostName,
		String storagePool) {

	/** A VM whose disk is in no named pool. */
	public Vm(String name, VmProfile profile, boolean sharedStorage, int securityLevel, String hostName) {
		this(name, profile, sharedStorage, securityLevel, hostName, null);
	}

	public Vm {
		Checks.name(name, "a VM");
		if (profile == null) {
			throw new IllegalArgumentException("vm " + name + " needs a profile");
		}
		if (hostName != null) {
			Checks.name(hostName, "the host of vm " + name);
		}
		if (securityLevel < 0) {
			throw new IllegalArgumentException("security level of vm " + name + " must be >= 0, not " + securityLevel);
		}
	}

	/** A VM on shared storage described by its memory and dirty rate only. */
	public Vm(String name, double memoryBytes, double dirtyBytesPerSecond, String hostName) {
		this(name, profile(name, memoryBytes, dirtyBytesPerSecond), true, 0, hostName);
	}

	/** The profile, or a message that says which VM is wrong. */
	private static VmProfile profile(String name, double memoryBytes, double dirtyBytesPerSecond) {
		try {
			return VmProfile.of(memoryBytes, dirtyBytesPerSecond);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("vm " + name + ": " + e.getMessage(), e);
		}
	}

	public double memoryBytes() {
		return profile.memoryBytes();
	}

	public double dirtyBytesPerSecond() {
		return profile.dirtyBytesPerSecond();
	}
}
