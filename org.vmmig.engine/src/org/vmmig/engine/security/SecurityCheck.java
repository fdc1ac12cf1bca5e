package org.vmmig.engine.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.vmmig.engine.model.DataCenter;
import org.vmmig.engine.model.Encryption;
import org.vmmig.engine.model.Host;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.Vm;
import org.vmmig.engine.plan.EvacuationPlanner;
import org.vmmig.engine.plan.Migration;
import org.vmmig.engine.plan.Plan;
import org.vmmig.engine.security.Compliance.Need;
import org.vmmig.engine.security.Compliance.Reason;

/**
 * Checks every migration of a plan against the six {@link SecurityRequirement}s: one {@link Compliance} per
 * migration and requirement, in plan order. The path a migration takes is the one the planner gives it (the
 * fastest network joining the hosts, {@link EvacuationPlanner#request}); a WAN is untrusted unless marked trusted.
 * <p>
 * What the model requires of a migration (its {@link Need}s) and which needs make which requirement required:
 * a VM's security level requires all six; a policy's zone rules require access control; a zone change requires
 * mutual authentication, non-repudiation and confidentiality at the source (the zone left behind must keep
 * nothing); an untrusted path requires mutual authentication and confidentiality in transit; {@code encryption
 * required} requires both as well (an encrypted stream to an unauthenticated peer is open to a man in the middle);
 * a source predicted to fail requires integrity and availability.
 */
public final class SecurityCheck {

	private static final Map<SecurityRequirement, Set<Need>> NEEDS = Map.of(
			SecurityRequirement.ACCESS_CONTROL, EnumSet.of(Need.SECURITY_LEVEL, Need.ZONE_RULES),
			SecurityRequirement.MUTUAL_AUTHENTICATION,
			EnumSet.of(Need.SECURITY_LEVEL, Need.ZONE_CHANGE, Need.UNTRUSTED_PATH, Need.ENCRYPTION_REQUIRED),
			SecurityRequirement.NON_REPUDIATION, EnumSet.of(Need.SECURITY_LEVEL, Need.ZONE_CHANGE),
			SecurityRequirement.CONFIDENTIALITY_IN_TRANSIT,
			EnumSet.of(Need.SECURITY_LEVEL, Need.UNTRUSTED_PATH, Need.ENCRYPTION_REQUIRED),
			SecurityRequirement.CONFIDENTIALITY_AT_SOURCE, EnumSet.of(Need.SECURITY_LEVEL, Need.ZONE_CHANGE),
			SecurityRequirement.INTEGRITY_AVAILABILITY, EnumSet.of(Need.SECURITY_LEVEL, Need.PREDICTED_FAILURE));

	private final DataCenter dc;
	private final MigrationPolicy policy;
	private final SecurityPolicy security;
	private final Set<String> failing;

	private SecurityCheck(DataCenter dc, MigrationPolicy policy, SecurityPolicy security, Set<String> failing) {
		this.dc = dc;
		this.policy = policy;
		this.security = security;
		this.failing = failing;
	}

	/**
	 * The compliance of every migration of {@code plan}, six rows per migration.
	 *
	 * @param dc                 the data centre the plan was made for (hosts, VMs where they were, networks)
	 * @param policy             the migration policy the plan ran under (encryption, mutual authentication, storage)
	 * @param security           the policy's zone rules and audit trail, and the hosts that cannot encrypt
	 * @param predictedToFail    hosts predicted to fail (a {@code fail} scenario's); empty otherwise
	 */
	public static List<Compliance> of(Plan plan, DataCenter dc, MigrationPolicy policy, SecurityPolicy security,
			Set<String> predictedToFail) {
		SecurityCheck check = new SecurityCheck(dc, Objects.requireNonNull(policy), Objects.requireNonNull(security),
				Set.copyOf(predictedToFail));
		List<Compliance> rows = new ArrayList<>();
		for (Migration m : plan.migrations()) {
			check.migration(m).ifPresent(rows::addAll);
		}
		return List.copyOf(rows);
	}

	/** Only the rows the model requires and the plan does not meet: what the editor and the CLI warn about. */
	public static List<Compliance> requiredButNotMet(List<Compliance> rows) {
		return rows.stream().filter(Compliance::requiredButNotMet).toList();
	}

	/** The facts of one move that the verdicts depend on. */
	private record Move(Migration migration, Vm vm, Host source, Host target, boolean trustedPath, boolean encrypted,
			boolean diskLeft) {

		boolean zoneChange() {
			return !Objects.equals(source.zone(), target.zone());
		}

		boolean postCopyPhase() {
			return migration.estimate().riskWindowSeconds() > 0;
		}
	}

	/** Empty for a migration of a VM or host the data centre does not know (not one of this plan's). */
	private Optional<List<Compliance>> migration(Migration m) {
		Optional<Vm> vm = dc.vms().stream().filter(v -> v.name().equals(m.vmName())).findFirst();
		Optional<Host> source = dc.host(m.sourceHost());
		Optional<Host> target = dc.host(m.targetHost());
		if (vm.isEmpty() || source.isEmpty() || target.isEmpty()) {
			return Optional.empty();
		}
		boolean trusted = EvacuationPlanner.request(dc, vm.get(), source.get(), target.get())
				.map(r -> r.path().trusted()).orElse(true);
		boolean encrypted = policy.encryption().encrypts() && canEncrypt(source.get()) && canEncrypt(target.get());
		boolean diskLeft = !vm.get().sharedStorage() && vm.get().profile().diskBytes() > 0 && !policy.moveStorage();
		Move move = new Move(m, vm.get(), source.get(), target.get(), trusted, encrypted, diskLeft);
		Set<Need> needs = needs(move);
		return Optional.of(List.of(row(move, accessControl(move), needs), row(move, mutualAuthentication(), needs),
				row(move, nonRepudiation(), needs), row(move, inTransit(move), needs), row(move, atSource(move), needs),
				row(move, integrityAvailability(move), needs)));
	}

	private boolean canEncrypt(Host host) {
		return !security.cannotEncrypt().contains(host.name());
	}

	/** Everything about this move that makes requirements required. */
	private Set<Need> needs(Move move) {
		Set<Need> needs = EnumSet.noneOf(Need.class);
		if (move.vm().securityLevel() > 0) {
			needs.add(Need.SECURITY_LEVEL);
		}
		if (security.hasZoneRules()) {
			needs.add(Need.ZONE_RULES);
		}
		if (move.zoneChange()) {
			needs.add(Need.ZONE_CHANGE);
		}
		if (!move.trustedPath()) {
			needs.add(Need.UNTRUSTED_PATH);
		}
		if (policy.encryption().mode() == Encryption.Mode.REQUIRED) {
			needs.add(Need.ENCRYPTION_REQUIRED);
		}
		if (failing.contains(move.source().name())) {
			needs.add(Need.PREDICTED_FAILURE);
		}
		return needs;
	}

	/** The first need (in {@link Need}'s order) that makes the reason's requirement required, or NONE. */
	private static Compliance row(Move move, Reason reason, Set<Need> needs) {
		Need need = needs.stream().filter(NEEDS.get(reason.requirement())::contains).findFirst().orElse(Need.NONE);
		return new Compliance(move.vm().name(), move.source().name(), move.target().name(), reason, need);
	}

	private Reason accessControl(Move move) {
		Host source = move.source();
		Host target = move.target();
		if (target.trustLevel() < move.vm().securityLevel()) {
			return Reason.BELOW_SECURITY_LEVEL;
		}
		if (source.zone() == null && target.zone() == null && move.vm().securityLevel() == 0) {
			return Reason.NO_ZONES;
		}
		if (!move.zoneChange()) {
			return Reason.SAME_ZONE;
		}
		if (!security.hasZoneRules()) {
			return Reason.UNCONTROLLED_ZONE_CHANGE;
		}
		return security.allows(source.zone(), target.zone()) ? Reason.TRANSITION_ALLOWED : Reason.TRANSITION_NOT_ALLOWED;
	}

	private Reason mutualAuthentication() {
		return policy.encryption().mutualAuthentication() ? Reason.AUTHENTICATED : Reason.NOT_AUTHENTICATED;
	}

	private Reason nonRepudiation() {
		return security.auditTrail() ? Reason.AUDITED : Reason.NOT_AUDITED;
	}

	private Reason inTransit(Move move) {
		if (move.encrypted()) {
			return Reason.ENCRYPTED;
		}
		Encryption.Mode mode = policy.encryption().mode();
		if (mode == Encryption.Mode.REQUIRED || mode == Encryption.Mode.OPPORTUNISTIC && !move.trustedPath()) {
			return Reason.HOST_CANNOT_ENCRYPT;
		}
		return move.trustedPath() ? Reason.TRUSTED_PATH : Reason.PLAINTEXT_ON_UNTRUSTED_PATH;
	}

	private static Reason atSource(Move move) {
		if (move.diskLeft()) {
			return Reason.DISK_LEFT_AT_SOURCE;
		}
		return move.postCopyPhase() ? Reason.PAGES_LEFT_AT_SOURCE : Reason.NOTHING_LEFT_AT_SOURCE;
	}

	private static Reason integrityAvailability(Move move) {
		if (move.postCopyPhase()) {
			return Reason.POST_COPY_RISK_WINDOW;
		}
		if (move.diskLeft()) {
			return Reason.DEPENDS_ON_SOURCE_DISK;
		}
		return !move.encrypted() && !move.trustedPath() ? Reason.TAMPERABLE_IN_TRANSIT : Reason.SOURCE_KEEPS_VM;
	}
}
