package org.vmmig.engine.cost;

/**
 * Moving a local disk before the memory (QEMU drive-mirror / libvirt block copy): the whole disk is
 * copied while the guest keeps writing; written blocks are copied again. With disk size S, write rate w
 * and bandwidth B this is the pre-copy series with ratio w/B: S·B/(B−w) bytes in S/(B−w) seconds, which
 * converges only while w &lt; B. Afterwards the mirror forwards every write, taking w of the bandwidth.
 */
final class StorageMirror {

	record Result(double seconds, double bytes, boolean converged) {
	}

	private StorageMirror() {
	}

	static Result copy(double diskBytes, double writeBytesPerSecond, double bandwidth, int maxRounds) {
		if (diskBytes == 0) {
			return new Result(0, 0, true);
		}
		if (writeBytesPerSecond < bandwidth) {
			return new Result(diskBytes / (bandwidth - writeBytesPerSecond),
					diskBytes * bandwidth / (bandwidth - writeBytesPerSecond), true);
		}
		// writes outrun the copy: every pass re-copies the whole disk, until the round cap
		int passes = Math.min(maxRounds, PreCopyRounds.HARD_ROUND_LIMIT) + 1;
		return new Result(passes * diskBytes / bandwidth, passes * diskBytes, false);
	}
}
