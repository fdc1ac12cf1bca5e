package org.vmmig.engine.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vmmig.engine.cost.MigrationEstimate;
import org.vmmig.engine.cost.MigrationModel;
import org.vmmig.engine.model.DataCenter;
import org.vmmig.engine.model.Host;
import org.vmmig.engine.model.MigrationPath;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.Network;
import org.vmmig.engine.model.Vm;
import org.vmmig.engine.model.VmProfile;
import org.vmmig.engine.plan.Migration;
import org.vmmig.engine.plan.Plan;

/**
 * The security check on moves the evacuation planner would refuse (a consolidation decision may plan them): a
 * target trusted less than the VM's level, a zone transition the policy does not list.
 */
class SecurityCheckTest {

	private static final double GIB = 1024.0 * 1024 * 1024;

	/** One move of a 1 GiB VM of {@code level} from h1 (zone a, trust 2) to h2 (zone b, trust {@code trust}). */
	private static List<Compliance> move(int level, int trust, SecurityPolicy security) {
		Host h1 = new Host("h1", 64 * GIB, 1.25e9, "a", 2);
		Host h2 = new Host("h2", 64 * GIB, 1.25e9, "b", trust);
		Vm vm = new Vm("v", VmProfile.of(GIB, 0), true, level, "h1");
		DataCenter dc = new DataCenter(List.of(h1, h2), List.of(vm), List.of(new Network("lan", 1.25e9, 0, List.of("h1", "h2"))));
		MigrationPolicy policy = MigrationPolicy.defaults();
		MigrationEstimate estimate = MigrationModel.live().estimate(vm.profile(), MigrationPath.lan(1.25e9), policy);
		Plan plan = new Plan(List.of("h1"), List.of(new Migration("v", "h1", "h2", 0, 1.25e9, 0, estimate)), List.of());
		return SecurityCheck.of(plan, dc, policy, security, Set.of());
	}

	private static Compliance accessControl(List<Compliance> rows) {
		return rows.stream().filter(c -> c.requirement() == SecurityRequirement.ACCESS_CONTROL).findFirst().orElseThrow();
	}

	@Test
	void aTargetTrustedLessThanTheVmsLevelBreaksAccessControl() {
		Compliance c = accessControl(move(2, 1, SecurityPolicy.NONE));
		assertEquals(Compliance.Reason.BELOW_SECURITY_LEVEL, c.reason());
		assertEquals(Compliance.Need.SECURITY_LEVEL, c.need());
		assertEquals(Compliance.Status.NOT_MET, c.status());
	}

	@Test
	void aTransitionThePolicyDoesNotListBreaksAccessControl() {
		SecurityPolicy onlyBToA = new SecurityPolicy(Map.of("b", Set.of("a")), false, Set.of());
		assertEquals(Compliance.Reason.TRANSITION_NOT_ALLOWED, accessControl(move(0, 1, onlyBToA)).reason());
		SecurityPolicy aToB = new SecurityPolicy(Map.of("a", Set.of("b")), false, Set.of());
		assertEquals(Compliance.Reason.TRANSITION_ALLOWED, accessControl(move(0, 1, aToB)).reason());
	}

	@Test
	void aClassifiedVmRequiresEveryRequirementAndTheUnmetOnesAreListed() {
		List<Compliance> rows = move(1, 1, SecurityPolicy.NONE);
		assertEquals(6, rows.stream().filter(Compliance::required).count());
		assertEquals(List.of(SecurityRequirement.ACCESS_CONTROL, SecurityRequirement.MUTUAL_AUTHENTICATION,
				SecurityRequirement.NON_REPUDIATION),
				SecurityCheck.requiredButNotMet(rows).stream().map(Compliance::requirement).toList());
	}
}
