package org.vmmig.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
		// the first copy: 8 GiB × (4096 + 8) / 4096 at 10 Gbps, then at half of it
		double firstCopy = 8 * Math.pow(2, 30) * 4104 / 4096 / (10e9 / 8);
		double deviceState = Math.pow(2, 20) / (10e9 / 8);
		assertEquals(firstCopy, plain.estimate().totalSeconds(), 0.01, "no environment: the nominal bandwidth");
		// QEMU stops an idle guest at the sync that finds the rest of its first pass under the threshold and sends
		// that rest while paused (docs/models.md): however the pass splits between the round and the pause, the
		// whole copy and the device state go at half the bandwidth, plus 100 ms for the round, 100 ms for the
		// stop-and-copy and the 20 ms switchover
		double pause = calibrated.estimate().downtimeSeconds();
		assertEquals(2 * (firstCopy + deviceState) + 0.1 + 0.1 + 0.02, calibrated.estimate().totalSeconds(), 1e-6,
				"half the bandwidth, 100 ms per round and 20 ms for the switchover");
		assertTrue(pause > 2 * deviceState + 0.1 + 0.02, "the pause holds the rest of the first pass: " + pause);
		assertTrue(pause <= RunOptions.DEFAULTS.defaultDowntimeLimitSeconds() + 0.02 + 1e-9,
				"and fits the downtime limit, plus the switchover: " + pause);
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
