package org.vmmig.lab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How QEMU runs the guest: KVM when {@code /dev/kvm} is there and usable, TCG (QEMU's own emulator)
 * otherwise. Whether KVM is usable shows only by booting: in a nested VM {@code /dev/kvm} may open and the
 * guest still hang or QEMU abort, so {@code auto} tries KVM first and falls back to TCG for the rest of the
 * process when the guest does not come up (see LabRun).
 */
public enum Accelerator {
	KVM, TCG;

	private static volatile boolean kvmFailed;

	/** The accelerator {@code auto} starts with. */
	static Accelerator preferred() {
		Path kvm = Path.of("/dev/kvm");
		return !kvmFailed && Files.isReadable(kvm) && Files.isWritable(kvm) ? KVM : TCG;
	}

	/** KVM did not boot the guest: use TCG for every later run of this process. */
	static void kvmFailed() {
		kvmFailed = true;
	}

	List<String> qemuArguments() {
		return switch (this) {
		// KVM: the host's CPU model (both QEMUs run on the same host)
		case KVM -> List.of("-accel", "kvm", "-cpu", "host");
		// TCG: an Intel model. With QEMU 7.2's default qemu64 (and with max) the guest crashed at the destination
		// after every migration of more than one pass (timer interrupt, bad RIP) on this kind of machine; with
		// Haswell-v4 every run resumed cleanly (the lab checks it: the guest must report from the destination).
		case TCG -> List.of("-accel", "tcg", "-cpu", "Haswell-v4");
		};
	}

	String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
