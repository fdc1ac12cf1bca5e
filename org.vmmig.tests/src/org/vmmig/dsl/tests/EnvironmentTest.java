package org.vmmig.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vmmig.dsl.run.ScenarioRunner;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.engine.plan.Migration;
import org.vmmig.engine.run.RunOptions;

import com.google.inject.Inject;

/**
 * A calibrated {@code environment} (what {@code vmmig calibrate} writes) changes the predictions of every policy
 * that names it, through the one path every front end uses (ScenarioRunner), and its figures are checked.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(VmigInjectorProvider.class)
class EnvironmentTest {

	@Inject
	private ModelTester tester;

	/** An idle 8 GiB guest over 10 Gbps: one full copy of 8 GiB + headers, then an (empty) stop-and-copy. */
	private static final String MODEL = """
			host h1 { memory 64 GiB nic 10 Gbps }
			host h2 { memory 64 GiB nic 10 Gbps }
			network lan { bandwidth 10 Gbps connects h1, h2 }
			vm a { memory 8 GiB on h1 }
			environment lab { %s }
			policy p { %s }
			scenario drain { evacuate h1 using p }
			""";

	private Migration migration(String environment, String policy) throws ScenarioRunner.ScenarioException {
		Model model = tester.parse(MODEL.formatted(environment, policy));
		assertEquals("", ModelTester.render(tester.errors(model)), "the model is valid");
		return new ScenarioRunner(RunOptions.DEFAULTS).run(ScenarioRunner.scenarios(model).get(0)).plan().migrations()
				.get(0);
	}

	@Test
	void aPolicyInACalibratedEnvironmentIsPredictedWithItsFigures() throws Exception {
		Migration plain = migration("efficiency 50 % round-overhead 100 ms switchover 20 ms", "");
		Migration calibrated = migration("efficiency 50 % round-overhead 100 ms switchover 20 ms", "environment lab");
		// the first copy: 8 GiB × (4096 + 8) / 4096 at 10 Gbps, then at half of it, plus 100 ms for each round
		double firstCopy = 8 * Math.pow(2, 30) * 4104 / 4096 / (10e9 / 8);
		assertEquals(firstCopy, plain.estimate().totalSeconds(), 0.01, "no environment: the nominal bandwidth");
		assertEquals(2 * firstCopy + 0.1, calibrated.estimate().totalSeconds() - calibrated.estimate().downtimeSeconds(),
				0.01, "half the bandwidth and 100 ms per round");
		// the pause of an idle guest: 1 MiB of device state at half of 10 Gbps, the round's 100 ms, and 20 ms
		assertEquals(Math.pow(2, 20) / (10e9 / 16) + 0.1 + 0.02, calibrated.estimate().downtimeSeconds(), 1e-6);
	}

	@Test
	void anEnvironmentWithoutFiguresChangesNothing() throws Exception {
		assertEquals(migration("", "").estimate(), migration("", "environment lab").estimate());
	}

	@Test
	void itsFiguresAreCheckedForUnitAndRange() {
		assertEquals("""
				ERROR (outOfRange) ''efficiency' must be greater than zero.' at 1:28
				ERROR (outOfRange) ''round-overhead' of an environment is at most 60 s.' at 1:47
				ERROR (wrongDimension) ''switchover' expects a duration, but 'MiB' is a data size.' at 1:66""",
				tester.issues("""
						environment e { efficiency 0 % round-overhead 2 min switchover 3 MiB }
						"""));
		assertEquals("""
				ERROR (outOfRange) ''efficiency' of an environment is at most 200 %.' at 1:28""",
				tester.issues("environment e { efficiency 250 % }"));
		assertEquals("", tester.issues("environment e { efficiency 106 % measured \"vmmig lab, QEMU 7.2\" }"),
				"more than the nominal bandwidth is allowed: QEMU's rate limit overshoots");
	}

	@Test
	void aPolicyNamingAnUnknownEnvironmentIsAnError() {
		assertEquals("ERROR (Linking) 'Couldn't resolve reference to Environment 'lab'.' at 1:24",
				tester.issues("policy p { environment lab }"));
	}
}
