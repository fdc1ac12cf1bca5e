package org.vmmig.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Each overload detector and VM selection policy on its own, on hosts and VMs small enough to check by hand
 * (Beloglazov and Buyya, CCPE 2012, §5.1–5.2), and the one parser of their labels.
 */
class StrategiesTest {

	private record Host(double requestedUtilisation, double[] utilisationHistory, double stepsToMigrateLargestVm)
			implements HostLoad {
	}

	private record Vm(double memoryBytes, double utilisation, double[] history) implements VmLoad {
	}

	private static double[] repeat(double value, int n) {
		double[] a = new double[n];
		java.util.Arrays.fill(a, value);
		return a;
	}

	@Test
	void aStaticThresholdComparesTheRequestedShare() {
		OverloadDetector thr = new OverloadDetector.StaticThreshold(0.8);
		assertTrue(thr.overloaded(new Host(0.81, new double[0], 0)));
		assertFalse(thr.overloaded(new Host(0.8, new double[0], 0)));
	}

	@Test
	void adaptiveDetectorsFallBackToSeventyPercentOnAShortHistory() {
		Host short70 = new Host(0.71, repeat(0.5, 11), 0);
		assertTrue(new OverloadDetector.InterQuartileRange(1.5).overloaded(short70));
		assertTrue(new OverloadDetector.MedianAbsoluteDeviation(2.5).overloaded(short70));
		assertTrue(new OverloadDetector.LocalRegression(1.2, false).overloaded(new Host(0.71, repeat(0.5, 9), 0)));
		assertFalse(new OverloadDetector.InterQuartileRange(1.5).overloaded(new Host(0.69, repeat(0.5, 11), 0)));
	}

	@Test
	void interQuartileRangeLowersTheThresholdBySafetyTimesTheSpread() {
		// history 0.2, 0.4, … alternating over 12 samples: quartiles 0.2 and 0.4, IQR 0.2; threshold 1 − 1.5 · 0.2 = 0.7
		double[] history = new double[12];
		for (int i = 0; i < 12; i++) {
			history[i] = i % 2 == 0 ? 0.2 : 0.4;
		}
		OverloadDetector iqr = new OverloadDetector.InterQuartileRange(1.5);
		assertTrue(iqr.overloaded(new Host(0.71, history, 0)));
		assertFalse(iqr.overloaded(new Host(0.69, history, 0)));
		// a flat history has no spread: the threshold is 100 %
		assertFalse(iqr.overloaded(new Host(0.99, repeat(0.5, 12), 0)));
	}

	@Test
	void medianAbsoluteDeviationLowersTheThresholdBySafetyTimesTheDeviation() {
		// samples 0.3 and 0.5 alternating: median 0.4, every deviation 0.1, MAD 0.1; threshold 1 − 2.5 · 0.1 = 0.75
		double[] history = new double[12];
		for (int i = 0; i < 12; i++) {
			history[i] = i % 2 == 0 ? 0.3 : 0.5;
		}
		OverloadDetector mad = new OverloadDetector.MedianAbsoluteDeviation(2.5);
		assertTrue(mad.overloaded(new Host(0.76, history, 0)));
		assertFalse(mad.overloaded(new Host(0.74, history, 0)));
	}

	@Test
	void localRegressionExtrapolatesToTheEndOfTheNextMigration() {
		// most recent first: 0.55, 0.50, …, 0.10 — a line rising 0.05 a step, at 0.55 on step 10
		double[] rising = new double[10];
		for (int i = 0; i < 10; i++) {
			rising[i] = 0.55 - 0.05 * i;
		}
		OverloadDetector lr = new OverloadDetector.LocalRegression(1.2, false);
		// one step ahead: 1.2 · 0.60 = 0.72 < 1; five steps ahead: 1.2 · 0.80 = 0.96; six: 1.2 · 0.85 = 1.02 ≥ 1
		assertFalse(lr.overloaded(new Host(0.55, rising, 1)));
		assertFalse(lr.overloaded(new Host(0.55, rising, 5)));
		assertTrue(lr.overloaded(new Host(0.55, rising, 6)));
		assertTrue(new OverloadDetector.LocalRegression(1.2, true).overloaded(new Host(0.55, rising, 6)));
	}

	@Test
	void noConsolidationNeverMigrates() {
		OverloadDetector none = new OverloadDetector.None();
		assertFalse(none.overloaded(new Host(5, repeat(1, 30), 0)));
		assertFalse(none.consolidates());
		assertTrue(new OverloadDetector.StaticThreshold(0.8).consolidates());
	}

	@Test
	void eachSelectionPolicyPicksItsVm() {
		double[] up = { 0.4, 0.3, 0.2, 0.1 };
		double[] down = { 0.1, 0.2, 0.3, 0.4 };
		List<Vm> vms = List.of(new Vm(2e9, 0.5, up), new Vm(1e9, 0.9, down), new Vm(3e9, 0.2, new double[] { 0.3, 0.1, 0.4, 0.2 }));
		SplittableRandom random = new SplittableRandom(1);
		assertEquals(1, VmSelection.MINIMUM_MIGRATION_TIME.select(vms, random)); // 1 GB
		assertEquals(2, VmSelection.MINIMUM_UTILISATION.select(vms, random)); // 20 %
		int drawn = VmSelection.RANDOM.select(vms, new SplittableRandom(42));
		assertEquals(new SplittableRandom(42).nextInt(3), drawn);
	}

	@Test
	void maximumCorrelationPicksTheVmTheOthersExplainAndFallsBackToMinimumMigrationTime() {
		// with only two samples a regression on two others cannot be computed: the smallest VM leaves
		List<Vm> tooShort = List.of(new Vm(3e9, 0.5, new double[] { 0.1, 0.2 }), new Vm(1e9, 0.5, new double[] { 0.3, 0.1 }),
				new Vm(2e9, 0.5, new double[] { 0.2, 0.2 }));
		assertEquals(1, VmSelection.MAXIMUM_CORRELATION.select(tooShort, new SplittableRandom(1)));
		// the last VM is nearly the sum of the middle two; the first is unrelated to them: the chosen VM is the one
		// of highest R² on the others, and not the unrelated one
		double[] noise = { 0.7, 0.1, 0.4, 0.9, 0.2, 0.6, 0.3, 0.8 };
		double[] a = { 0.1, 0.5, 0.2, 0.8, 0.3, 0.4, 0.9, 0.1 };
		double[] b = { 0.3, 0.1, 0.6, 0.2, 0.5, 0.9, 0.1, 0.4 };
		double[] sum = new double[a.length];
		for (int i = 0; i < a.length; i++) {
			sum[i] = a[i] + b[i] + (i % 3 == 0 ? 0.01 : -0.005);
		}
		List<Vm> vms = List.of(new Vm(1e9, 0.5, noise), new Vm(1e9, 0.5, a), new Vm(1e9, 0.5, b), new Vm(2e9, 0.5, sum));
		double[] r2 = new double[4];
		int best = 0;
		for (int k = 0; k < 4; k++) {
			int self = k;
			double[][] others = java.util.stream.IntStream.range(0, 4).filter(i -> i != self)
					.mapToObj(i -> vms.get(i).history()).toArray(double[][]::new);
			r2[k] = org.vmmig.engine.sim.Stats.rSquared(vms.get(k).history(), others);
			best = r2[k] > r2[best] ? k : best;
		}
		assertTrue(r2[best] > 0.99 && r2[0] < 0.9, java.util.Arrays.toString(r2));
		assertEquals(best, VmSelection.MAXIMUM_CORRELATION.select(vms, new SplittableRandom(1)));
	}

	@Test
	void labelsAreReadAndWrittenInOnePlace() {
		PolicyLabels.Policy p = PolicyLabels.parse("lr-mc-1.2");
		assertEquals(new OverloadDetector.LocalRegression(1.2, false), p.detector());
		assertSame(VmSelection.MAXIMUM_CORRELATION, p.selection());
		assertEquals("LR-MC-1.2", PolicyLabels.label(p.detector(), p.selection()));
		assertEquals("LRR-MU-1.0", PolicyLabels.label(PolicyLabels.parse("LRR-MU-1").detector(), VmSelection.MINIMUM_UTILISATION));
		assertEquals("THR-RS-0.8", PolicyLabels.label(PolicyLabels.parse("THR-RS-0.8").detector(), VmSelection.RANDOM));
		assertEquals("DVFS", PolicyLabels.label(PolicyLabels.parse("dvfs").detector(), VmSelection.MINIMUM_MIGRATION_TIME));
		for (PolicyLabels.DetectorKind kind : PolicyLabels.detectors()) {
			for (VmSelection selection : PolicyLabels.selections()) {
				String label = kind.prefix() + "-" + selection.label() + "-" + kind.defaultParameter();
				PolicyLabels.Policy read = PolicyLabels.parse(label);
				assertEquals(label, PolicyLabels.label(read.detector(), read.selection()));
			}
		}
	}

	@Test
	void aLabelGivesCloudSimsPlanetLabSettings() {
		var s = PolicyLabels.settings("THR-MU-0.8");
		assertEquals(new OverloadDetector.StaticThreshold(0.8), s.detector());
		assertSame(VmSelection.MINIMUM_UTILISATION, s.selection());
		assertEquals(300, s.intervalSeconds());
		assertEquals(86_400, s.horizonSeconds());
		assertEquals("THR-MU-0.8", s.label());
	}

	@Test
	void aDetectorWithoutParameterTakesThePapersBestValue() {
		// Beloglazov and Buyya, CCPE 2012, Table III
		assertEquals(new OverloadDetector.StaticThreshold(0.8), PolicyLabels.detector("THR", null));
		assertEquals(new OverloadDetector.InterQuartileRange(1.5), PolicyLabels.detector("iqr", null));
		assertEquals(new OverloadDetector.MedianAbsoluteDeviation(2.5), PolicyLabels.detector("MAD", null));
		assertEquals(new OverloadDetector.LocalRegression(1.2, true), PolicyLabels.detector("LRR", null));
	}

	@Test
	void anUnknownLabelSaysWhatIsExpected() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicyLabels.parse("XYZ-MMT-1"));
		assertEquals("'XYZ-MMT-1' is not a policy like LR-MMT-1.2, THR-MC-0.8 or DVFS", e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> PolicyLabels.parse("LR-XX-1.2"));
		assertThrows(IllegalArgumentException.class, () -> PolicyLabels.detector("ABC", 1.0));
	}
}
