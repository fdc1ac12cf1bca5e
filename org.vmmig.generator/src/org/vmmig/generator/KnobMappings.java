package org.vmmig.generator;

import java.util.ArrayList;
import java.util.List;

import org.vmmig.engine.model.Encryption;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.TimeoutAction;

/**
 * Which of the knobs a policy writes each target cannot realise, and why (docs/generate.md has the table). The
 * templates realise the others; the knobs that choose where VMs go and how many move at once are realised by the
 * plan itself on every target ({@link Knob#REALISED_BY_THE_PLAN}).
 */
public final class KnobMappings {

	private KnobMappings() {
	}

	public static List<Unrealised> unrealised(Target target, Runbook runbook) {
		List<Unrealised> result = new ArrayList<>();
		for (Runbook.WrittenKnob written : runbook.knobs()) {
			if (Knob.REALISED_BY_THE_PLAN.contains(written.knob())) {
				continue;
			}
			String why = switch (target) {
			case LIBVIRT, ANSIBLE -> libvirt(written.knob(), runbook);
			case KUBEVIRT -> kubevirt(written.knob(), runbook);
			case NOVA -> nova(written.knob(), runbook);
			};
			if (why != null) {
				result.add(new Unrealised(written.text(), why));
			}
		}
		return result;
	}

	/** Why virsh cannot do this knob, or null when the runbook does it. */
	private static String libvirt(Knob knob, Runbook runbook) {
		MigrationPolicy p = runbook.settings();
		return switch (knob) {
		case TECHNIQUE, DOWNTIME_LIMIT, COMPLETION_TIMEOUT, AUTO_CONVERGE, COMPRESSION, XBZRLE, STREAMS, BANDWIDTH_CAP,
				MOVE_STORAGE -> null;
		case DOWNTIME_MAX, DOWNTIME_STEPS, DOWNTIME_STEP_DELAY -> "a rising downtime limit is OpenStack Nova's; virsh sets one limit";
		case MAX_ROUNDS -> "QEMU and libvirt have no cap on pre-copy rounds";
		case MAX_DATA_FACTOR -> "QEMU and libvirt have no cap on the data a migration sends";
		case AUTO_CONVERGE_MAX -> "virsh migrate sets the initial throttle and its increment, not QEMU's max-cpu-throttle";
		case HYBRID_ROUNDS -> p.hybridPreCopyRounds() == 1 ? null
				: "virsh --postcopy-after-precopy switches to post-copy after one pre-copy pass";
		case ZERO_PAGE_DETECTION -> p.zeroPageDetection() ? null : "QEMU always detects zero pages";
		case ENCRYPTION -> p.encryption().mode() == Encryption.Mode.OPPORTUNISTIC
				? "virsh migrates with TLS (--tls) or without; it has no 'TLS when the peer offers it'" : null;
		case MUTUAL_AUTHENTICATION -> p.encryption().mode() == Encryption.Mode.REQUIRED ? null
				: "libvirt verifies both hosts' certificates only on a TLS migration (encryption required)";
		case AUDIT_TRAIL -> "libvirt keeps no signed record of a migration; keep the runbook's output and libvirt's logs";
		default -> null;
		};
	}

	private static String kubevirt(Knob knob, Runbook runbook) {
		MigrationPolicy p = runbook.settings();
		return switch (knob) {
		case TECHNIQUE, BANDWIDTH_CAP -> null;
		case AUTO_CONVERGE -> hasThrottleSettings(runbook) ? "a MigrationPolicy allows auto-converge, with QEMU's throttle steps" : null;
		case COMPLETION_TIMEOUT -> p.timeoutAction() == TimeoutAction.FORCE_STOP_AND_COPY
				? "KubeVirt aborts a migration at its completion timeout (or switches to post-copy), it does not stop the VM" : null;
		case DOWNTIME_LIMIT, DOWNTIME_MAX, DOWNTIME_STEPS, DOWNTIME_STEP_DELAY -> "a MigrationPolicy has no downtime limit";
		case MAX_ROUNDS -> "KubeVirt has no cap on pre-copy rounds";
		case MAX_DATA_FACTOR -> "KubeVirt has no cap on the data a migration sends";
		case AUTO_CONVERGE_MAX -> "a MigrationPolicy allows auto-converge, with QEMU's throttle steps";
		case COMPRESSION, XBZRLE -> "a MigrationPolicy has no compression setting";
		case STREAMS -> "a MigrationPolicy has no parallel migration streams";
		case HYBRID_ROUNDS -> "KubeVirt switches to post-copy when a migration stops progressing, not after N rounds";
		case ZERO_PAGE_DETECTION -> p.zeroPageDetection() ? null : "QEMU always detects zero pages";
		case ENCRYPTION -> p.encryption().mode() == Encryption.Mode.OPPORTUNISTIC
				? "KubeVirt migrates over TLS unless TLS is disabled cluster-wide; there is no 'TLS when offered'" : null;
		case MUTUAL_AUTHENTICATION -> "KubeVirt's migration TLS is configured cluster-wide, not per MigrationPolicy";
		case AUDIT_TRAIL -> "KubeVirt keeps the migration objects, not a signed record";
		case MOVE_STORAGE -> runbook.moves().stream().anyMatch(Move::copyStorage)
				? "KubeVirt live-migrates VMs on shared (RWX) storage only; local disks are not copied" : null;
		default -> null;
		};
	}

	private static String nova(Knob knob, Runbook runbook) {
		MigrationPolicy p = runbook.settings();
		return switch (knob) {
		case TECHNIQUE, DOWNTIME_LIMIT, DOWNTIME_MAX, DOWNTIME_STEPS, DOWNTIME_STEP_DELAY, COMPLETION_TIMEOUT,
				BANDWIDTH_CAP, MOVE_STORAGE -> null;
		case AUTO_CONVERGE -> hasThrottleSettings(runbook)
				? "nova.conf permits auto-converge, with QEMU's throttle steps" : null;
		case MAX_ROUNDS -> "Nova has no cap on pre-copy rounds";
		case MAX_DATA_FACTOR -> "Nova has no cap on the data a migration sends";
		case AUTO_CONVERGE_MAX -> "nova.conf permits auto-converge, with QEMU's throttle steps";
		case COMPRESSION, XBZRLE -> "Nova has no migration compression setting";
		case STREAMS -> "Nova has no parallel migration connections setting";
		case HYBRID_ROUNDS -> "Nova switches to post-copy when a migration stops progressing, not after N rounds";
		case ZERO_PAGE_DETECTION -> p.zeroPageDetection() ? null : "QEMU always detects zero pages";
		case ENCRYPTION -> p.encryption().mode() == Encryption.Mode.OPPORTUNISTIC
				? "live_migration_with_native_tls is on or off; there is no 'TLS when offered'" : null;
		case MUTUAL_AUTHENTICATION -> p.encryption().mode() == Encryption.Mode.REQUIRED ? null
				: "libvirt verifies both hosts' certificates only on a TLS migration (encryption required)";
		case AUDIT_TRAIL -> "Nova records migrations (openstack server migration list), not a signed trail";
		default -> null;
		};
	}

	private static boolean hasThrottleSettings(Runbook runbook) {
		return runbook.knobs().stream().anyMatch(k -> k.knob() == Knob.AUTO_CONVERGE && !k.text().equals("auto-converge")
				&& (k.text().contains("initial") || k.text().contains("increment")));
	}
}
