package org.vmmig.engine.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.vmmig.engine.model.MigrationPath;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.VmProfile;

/**
 * What memory takes on the wire and how long it takes ({@link WireModel}, package-private): QEMU's page framing
 * (migration/ram.c: a 4 KiB page behind an 8-byte header, a zero page a header and one byte), TCP's bounds on a
 * WAN (window / RTT, and Mathis et al., CCR 1997: MSS / RTT · √(3/2) / √loss, per stream), and the threshold
 * {@code resendableWithin} being the inverse of {@code seconds}.
 */
class WireModelTest {

	private static final double GIB = 1024.0 * 1024 * 1024;

	@Test
	void theFirstCopySendsZeroPagesAsAHeaderAndOneByte() {
		VmProfile vm = new VmProfile(8 * GIB, 0, 8 * GIB, 0.25, VmProfile.DEFAULT_DEVICE_STATE_BYTES, 0, 0);
		WireModel transfer = new WireModel(vm, MigrationPath.lan(1.25e9), MigrationPolicy.defaults(), Calibration.NONE, 0);
		double zero = 0.25 * 8 * GIB;
		assertEquals((8 * GIB - zero) * 4104 / 4096 + zero / 4096 * 9, transfer.firstCopyWireBytes(8 * GIB, 0.25), 1e-3);
		// without zero-page detection every page goes whole
		WireModel plain = new WireModel(vm, MigrationPath.lan(1.25e9),
				MigrationPolicy.builder().zeroPageDetection(false).build(), Calibration.NONE, 0);
		assertEquals(8 * GIB * 4104 / 4096, plain.firstCopyWireBytes(8 * GIB, 0.25), 1e-3);
	}

	@Test
	void aWanPathIsBoundByTheTcpWindowAndByLossPerStream() {
		MigrationPolicy oneStream = MigrationPolicy.defaults();
		MigrationPolicy fourStreams = MigrationPolicy.builder().streams(4).build();
		MigrationPath lossless = new MigrationPath(1.25e9, 0.050, 0, true, true, false);
		assertEquals(6 * 1024 * 1024 / 0.050, WireModel.wireBandwidth(lossless, oneStream), 1e-6);
		assertEquals(4 * 6 * 1024 * 1024 / 0.050, WireModel.wireBandwidth(lossless, fourStreams), 1e-6);
		MigrationPath lossy = new MigrationPath(1.25e9, 0.050, 1e-4, true, true, false);
		double mathis = 1460 / 0.050 * Math.sqrt(1.5) / Math.sqrt(1e-4);
		assertEquals(mathis, WireModel.wireBandwidth(lossy, oneStream), 1e-6);
		assertEquals(4 * mathis, WireModel.wireBandwidth(lossy, fourStreams), 1e-6);
		// on a LAN the path (or the policy's cap) is the bound
		assertEquals(1.25e9, WireModel.wireBandwidth(MigrationPath.lan(1.25e9), oneStream));
		assertEquals(5e8, WireModel.wireBandwidth(MigrationPath.lan(1.25e9),
				MigrationPolicy.builder().bandwidthCapBytesPerSecond(5e8).build()));
	}

	@Test
	void whatARoundMovesWithinATimeIsTheInverseOfHowLongItTakes() {
		VmProfile vm = VmProfile.of(8 * GIB, 1e8);
		for (MigrationPolicy policy : new MigrationPolicy[] { MigrationPolicy.defaults(),
				MigrationPolicy.builder().bandwidthCapBytesPerSecond(3e8).build() }) {
			WireModel transfer = new WireModel(vm, MigrationPath.lan(1.25e9), policy, Calibration.NONE, 0);
			for (double seconds : new double[] { 0.1, 0.3, 2 }) {
				double bytes = transfer.resendableWithin(seconds, 0);
				assertEquals(seconds, transfer.seconds(bytes, transfer.resendWireBytes(bytes)), 1e-12);
				assertEquals(seconds * transfer.wireBandwidth() * 4096 / 4104, bytes, 1e-3);
			}
		}
	}
}
