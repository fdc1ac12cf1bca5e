package org.vmmig.engine.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vmmig.engine.model.MigrationPath;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.VmProfile;
import org.vmmig.engine.report.Explanations;

/**
 * Every kind of note the cost model makes about a migration, from a migration that causes it: the kind and its
 * figures as data, and the sentence {@link Explanations} makes of it.
 */
class NotesTest {

	private static final double GIB = 1024.0 * 1024 * 1024;
	private static final double GBIT = 1e9 / 8;

	private final MigrationModel model = MigrationModel.live();

	/** bandwidth, no latency or loss, shared storage unless said otherwise */
	private static MigrationPath path(boolean sharedStorage, boolean trusted, boolean subnetChange) {
		return new MigrationPath(GBIT, 0, 0, sharedStorage, trusted, subnetChange);
	}

	private List<Note> notes(VmProfile vm, MigrationPath path, MigrationPolicy policy) {
		return model.estimate(vm, path, policy).notes();
	}

	@Test
	void aTrustedPathInOneSubnetNeedsNoNote() {
		assertEquals(List.of(), notes(VmProfile.of(GIB, 0), path(true, true, false), MigrationPolicy.defaults()));
	}

	@Test
	void unencryptedMemoryOnAnUntrustedPathIsAnExposure() {
		List<Note> notes = notes(VmProfile.of(GIB, 0), path(true, false, false), MigrationPolicy.defaults());
		assertEquals(List.of(Note.of(Note.Kind.DATA_PLANE_EXPOSURE)), notes);
		assertEquals("data-plane exposure: memory crosses an untrusted path unencrypted", Explanations.of(notes.get(0)));
	}

	@Test
	void anotherSubnetMeansANewAddress() {
		List<Note> notes = notes(VmProfile.of(GIB, 0), path(true, true, true), MigrationPolicy.defaults());
		assertEquals(List.of(Note.of(Note.Kind.SUBNET_CHANGE)), notes);
		assertEquals("subnet change: the VM's IP address must be reconfigured at the destination",
				Explanations.of(notes.get(0)));
	}

	@Test
	void aLocalDiskLeftBehindIsNoted() {
		VmProfile vm = VmProfile.of(4 * GIB, 0).withDisk(100 * GIB, 20e6);
		List<Note> notes = notes(vm, path(false, true, false), MigrationPolicy.builder().moveStorage(false).build());
		assertEquals(List.of(Note.of(Note.Kind.STORAGE_LEFT_AT_SOURCE)), notes);
		assertEquals("storage left at the source: after the move every disk I/O crosses the network back to the"
				+ " source host (remote I/O is slower, and the source cannot be switched off)", Explanations.of(notes.get(0)));
	}

	@Test
	void aDiskWrittenFasterThanItIsCopiedGivesBothRates() {
		// 200 MB/s of writes against the 125 MB/s of a 1 Gbit/s link without latency (Calibration.NONE: all of it)
		VmProfile vm = VmProfile.of(4 * GIB, 0).withDisk(100 * GIB, 200e6);
		List<Note> notes = notes(vm, path(false, true, false), MigrationPolicy.defaults());
		assertEquals(List.of(Note.storageDoesNotConverge(200e6, GBIT)), notes);
		assertEquals(Note.Kind.STORAGE_DOES_NOT_CONVERGE, notes.get(0).kind());
		assertEquals("storage does not converge: the disk is written at 200.00 MB/s, faster than the 125.00 MB/s the copy gets",
				Explanations.of(notes.get(0)));
	}

	@Test
	void everyKindHasAKeywordForTheJsonResult() {
		assertEquals(List.of("data-plane-exposure", "subnet-change", "storage-left-at-source", "storage-does-not-converge"),
				java.util.Arrays.stream(Note.Kind.values()).map(Note.Kind::keyword).toList());
	}
}
