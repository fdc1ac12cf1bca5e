package org.vmmig.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** What the validator says of sweeps: their size, and every way one cannot run (docs/sweeps.md). */
@ExtendWith(InjectionExtension.class)
@InjectWith(VmigInjectorProvider.class)
class SweepValidationTest {

	@Inject
	private ModelTester tester;

	private static final String MODEL = """
			host h1 { memory 64 GiB nic 10 Gbps }
			host h2 { memory 64 GiB nic 10 Gbps }
			network lan { bandwidth 10 Gbps connects h1, h2 }
			vm a { memory 8 GiB dirty-rate 100 MiB/s on h1 }
			policy p { downtime-limit 300 ms }
			scenario drain { evacuate h1 using p }
			""";

	@Test
	void aSweepSaysHowManyRunsItMeans() {
		assertEquals("INFO (sweepSize) 'This sweep is 60 runs (10 downtime-limit values × 3 max-per-host values × "
				+ "2 policy values × 1 sample).' at 7:7", tester.issues(MODEL + """
						sweep ok { scenario drain
							vary downtime-limit from 100 ms to 1 s step 100 ms
							vary max-per-host 1, 2, 4
							vary policy p, p
							best minimize makespan where downtime < 2 s and migrations >= 1 and max-downtime < 1 s and sla-breaches < 1 }
						"""));
	}

	@Test
	void uncertainInputsDefaultTo100SamplesPerCombination() {
		assertEquals("INFO (sweepSize) 'This sweep is 200 runs (2 technique values × 100 samples).' at 7:7",
				tester.issues(MODEL + """
						sweep montecarlo { scenario drain vary technique pre-copy, post-copy
							uncertain dirty-rate of a 100 MiB/s ± 30 %
							uncertain working-set normal 2 GiB ± 500 MiB
							uncertain disk-write-rate triangular 1 MB/s, 2 MB/s, 8 MB/s
							seed 7 }
						"""));
	}

	@Test
	void aSweepOfAbsurdSizeIsRefusedWithItsCount() {
		assertEquals("ERROR (sweepTooLarge) 'This sweep is 2000000000 runs (1000 seed values × 1000 max-per-host values"
				+ " × 2000 downtime-limit values × 1 sample), more than the 1000000 a sweep may have.' at 7:7",
				tester.issues(MODEL + """
						sweep huge { scenario drain vary seed from 1 to 1000 vary max-per-host from 1 to 1000
							vary downtime-limit from 1 ms to 2 s step 1 ms }
						"""));
	}

	@Test
	void badSweepsAreErrorsAtTheirPlace() {
		assertEquals("""
				ERROR (emptySweepValues) ''vary downtime-limit' has no value: the range is empty (it needs from <= to and a step above 0).' at 8:2
				ERROR (emptySweepValues) ''vary detector' has no value: the range is empty (it needs from <= to and a step above 0).' at 9:2
				ERROR (emptySweepValues) ''vary seed' has no value: the range is empty (it needs from <= to and a step above 0).' at 10:2
				ERROR (wrongDimension) ''bandwidth-cap' expects a data rate, but 'GiB' is a data size.' at 11:23
				ERROR (badDistribution) 'A spread cannot be negative.' at 12:40
				ERROR (badDistribution) 'The minimum is above the max.' at 13:44
				ERROR (badDistribution) ''dirty-rate' cannot be negative: the spread is larger than the centre.' at 14:34
				ERROR (badDistribution) 'The minimum is above the mode.' at 15:44
				ERROR (wrongDimension) ''working-set' expects a data size, but 'MiB/s' is a data rate.' at 16:26
				ERROR (unknownMetric) 'Unknown metric 'energi'; a plan measures makespan, migrations, downtime, max-downtime, data, non-converging, unplaced, sla-breaches.' at 17:16
				ERROR (unknownMetric) ''slav' is not measured by a plan; it measures makespan, migrations, downtime, max-downtime, data, non-converging, unplaced, sla-breaches.' at 17:29
				ERROR (wrongDimension) ''downtime' is a duration: give a unit (ns, us, ms, s, min, h).' at 17:55
				ERROR (unknownMetric) ''energy' is not measured by a plan; it measures makespan, migrations, downtime, max-downtime, data, non-converging, unplaced, sla-breaches.' at 18:9""",
				tester.issues(MODEL + """
						sweep bad { scenario drain
							vary downtime-limit from 1 s to 100 ms step 100 ms
							vary detector thr from 0.9 to 0.5 step 0.1
							vary seed from 10 to 1
							vary bandwidth-cap 1 GiB
							uncertain dirty-rate of a 100 MiB/s ± -30 %
							uncertain dirty-rate uniform 130 MiB/s to 70 MiB/s
							uncertain dirty-rate 10 MiB/s ± 20 MiB/s
							uncertain dirty-rate triangular 50 MiB/s, 40 MiB/s, 60 MiB/s
							uncertain working-set 1 MiB/s ± 10 %
							best minimize energi where slav < 0.1 and downtime < 2
							pareto energy, makespan }
						"""));
	}

	@Test
	void aKnobVariedTwiceOrAConcurrencyLimitBelowOneIsAnError() {
		assertEquals("""
				ERROR (knobVariedTwice) ''seed' is varied twice: give all its values on one 'vary' line.' at 7:45
				ERROR (outOfRange) ''max-per-host' is at least 1.' at 7:57""", tester.issues(MODEL + """
				sweep twice { scenario drain vary seed 1, 2 vary seed 3 vary max-per-host 0, 1 }
				"""));
	}
}
