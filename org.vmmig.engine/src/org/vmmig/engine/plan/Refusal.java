package org.vmmig.engine.plan;

import java.util.Locale;

/**
 * Why a VM cannot be placed: a {@link Kind} and its data (which host, which rule, how much of which resource was
 * needed and how much there was), so that front ends can group, count, filter or translate refusals. The engine
 * creates them; {@link org.vmmig.engine.report.Explanations} phrases them in English for every front end, and
 * the result's JSON carries them as data (docs/report-format.md). Names are the model's; amounts in the
 * resource's unit (memory in bytes, CPU in MIPS).
 */
public sealed interface Refusal {

	/** What kind of refusal; each kind is one record below. */
	enum Kind {
		/** {@link NoNetwork}: no network joins the VM's host to another host (or to the chosen one). */
		NO_NETWORK,
		/** {@link Shortage}: hosts it may move to lack memory or CPU. */
		SHORTAGE,
		/** {@link NoPermittedHost}: every reachable host is ruled out; the rule of the first one is given. */
		NO_PERMITTED_HOST,
		/** {@link EncryptionImpossible}: the policy requires encryption a host cannot do. */
		ENCRYPTION_IMPOSSIBLE,
		/** {@link TrustTooLow}: the VM's security level is above the host's trust. */
		TRUST_TOO_LOW,
		/** {@link ZoneNotAllowed}: the policy does not allow the zone transition. */
		ZONE_NOT_ALLOWED,
		/** {@link AntiAffinity}: a VM it must be kept apart from is on the host. */
		ANTI_AFFINITY,
		/** {@link Affinity}: a VM it must be kept with stays on another host. */
		AFFINITY,
		/** {@link WaitsInCycle}: its target's memory is freed only by moves that wait for it. */
		WAITS_IN_CYCLE;

		/** "no-network", "shortage", … as the JSON result writes it. */
		public String keyword() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}

	/** What a {@link Shortage} is short of. */
	enum Resource {
		/** in bytes */
		MEMORY,
		/** in MIPS, as the model's {@code mips} */
		CPU;

		public String keyword() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	Kind kind();

	/** @param target the host it was to go to, or null: no network reaches any other host */
	record NoNetwork(String source, String target) implements Refusal {
		public Kind kind() {
			return Kind.NO_NETWORK;
		}
	}

	/**
	 * @param needed    what the VM takes
	 * @param available the most {@code host} has free (never below 0)
	 * @param host      the host with the most free of the resource among those the VM may move to
	 */
	record Shortage(Resource resource, double needed, double available, String host) implements Refusal {
		public Kind kind() {
			return Kind.SHORTAGE;
		}

		/** How much is missing: needed minus available. */
		public double missing() {
			return Math.max(0, needed - available);
		}
	}

	/** @param rule why the first host it could reach is ruled out */
	record NoPermittedHost(Refusal rule) implements Refusal {
		public Kind kind() {
			return Kind.NO_PERMITTED_HOST;
		}
	}

	/** @param host the end of the move that cannot encrypt */
	record EncryptionImpossible(String host) implements Refusal {
		public Kind kind() {
			return Kind.ENCRYPTION_IMPOSSIBLE;
		}
	}

	record TrustTooLow(int securityLevel, int trust, String host) implements Refusal {
		public Kind kind() {
			return Kind.TRUST_TOO_LOW;
		}
	}

	/** @param toZone the target's zone, or null when {@code host} is in no zone */
	record ZoneNotAllowed(String fromZone, String toZone, String host) implements Refusal {
		public Kind kind() {
			return Kind.ZONE_NOT_ALLOWED;
		}
	}

	/** @param other the VM of the group already on {@code host} */
	record AntiAffinity(String other, String host) implements Refusal {
		public Kind kind() {
			return Kind.ANTI_AFFINITY;
		}
	}

	/** @param other the VM of the group that stays; {@code otherHost} where it is */
	record Affinity(String other, String otherHost) implements Refusal {
		public Kind kind() {
			return Kind.AFFINITY;
		}
	}

	/** @param neededBytes the VM's memory, which {@code host} never frees */
	record WaitsInCycle(double neededBytes, String host) implements Refusal {
		public Kind kind() {
			return Kind.WAITS_IN_CYCLE;
		}
	}
}
