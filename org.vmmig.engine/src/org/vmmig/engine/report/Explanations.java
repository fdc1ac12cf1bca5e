package org.vmmig.engine.report;

import org.vmmig.engine.cost.Note;
import org.vmmig.engine.plan.Refusal;
import org.vmmig.engine.units.Formats;

/**
 * The English sentences for the engine's refusals and notes — the one place they are phrased, used by the CLI,
 * the reports, the workbench, the hover and the language server alike, and written into the JSON result next
 * to their data. A translation would be a second class like this one.
 */
public final class Explanations {

	private Explanations() {
	}

	/** Why a VM cannot be placed, e.g. "needs 100.00 GiB, largest free memory is 64.00 GiB on h2". */
	public static String of(Refusal refusal) {
		return switch (refusal) {
		case Refusal.NoNetwork r -> "no network connects " + r.source() + " to "
				+ (r.target() == null ? "another host" : r.target());
		case Refusal.Shortage r -> switch (r.resource()) {
		case MEMORY -> "needs " + Formats.bytes(r.needed()) + ", largest free memory is " + Formats.bytes(r.available())
				+ " on " + r.host();
		case CPU -> "needs " + Math.round(r.needed()) + " MIPS, " + r.host() + " has " + Math.round(r.available())
				+ " free";
		};
		case Refusal.NoPermittedHost r -> "no host it may move to (" + of(r.rule()) + ")";
		case Refusal.EncryptionImpossible r -> "required encryption is impossible: " + r.host()
				+ " cannot encrypt migrations";
		case Refusal.TrustTooLow r -> "security level " + r.securityLevel() + " above the trust " + r.trust() + " of "
				+ r.host();
		case Refusal.ZoneNotAllowed r -> "the policy does not allow moves from zone " + r.fromZone() + " to "
				+ (r.toZone() == null ? r.host() + ", which is in no zone" : "zone " + r.toZone());
		case Refusal.AntiAffinity r -> "anti-affinity with " + r.other() + " on " + r.host();
		case Refusal.Affinity r -> "affinity with " + r.other() + ", which is on " + r.otherHost();
		case Refusal.WaitsInCycle r -> "waits for " + Formats.bytes(r.neededBytes()) + " on " + r.host()
				+ " that no migration of the plan frees (a cycle of moves)";
		};
	}

	/** What the user should know about a migration, e.g. "subnet change: the VM's IP address must be …". */
	public static String of(Note note) {
		return switch (note.kind()) {
		case DATA_PLANE_EXPOSURE -> "data-plane exposure: memory crosses an untrusted path unencrypted";
		case SUBNET_CHANGE -> "subnet change: the VM's IP address must be reconfigured at the destination";
		case STORAGE_LEFT_AT_SOURCE -> "storage left at the source: after the move every disk I/O crosses the network"
				+ " back to the source host (remote I/O is slower, and the source cannot be switched off)";
		case STORAGE_DOES_NOT_CONVERGE -> "storage does not converge: the disk is written at "
				+ Formats.rate(note.diskWriteBytesPerSecond()) + ", faster than the "
				+ Formats.rate(note.copyBytesPerSecond()) + " the copy gets";
		};
	}
}
