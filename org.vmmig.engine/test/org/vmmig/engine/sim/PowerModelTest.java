package org.vmmig.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * A SPECpower table gives CloudSim 4.0's PowerModelSpecPower.getPower to the bit (its order of operations decides
 * the power-aware placement's near-ties), written out here as CloudSim writes it, with Math's floor and ceil, after
 * vmmig's clamp to 0–1 (CloudSim refuses a utilisation outside).
 */
class PowerModelTest {

	private static double cloudSim(double[] table, double utilisation) {
		double u = Math.max(0, Math.min(1, utilisation));
		if (u % 0.1 == 0) {
			return table[(int) (u * 10)];
		}
		int utilisation1 = (int) Math.floor(u * 10);
		int utilisation2 = (int) Math.ceil(u * 10);
		double power1 = table[utilisation1];
		double power2 = table[utilisation2];
		double delta = (power2 - power1) / 10;
		return power1 + delta * (u - (double) utilisation1 / 10) * 100;
	}

	@Test
	void theSameBitsAsCloudSimsFormula() {
		SplittableRandom random = new SplittableRandom(3);
		double[][] tables = { { 86, 89.4, 92.6, 96, 99.5, 102, 106, 108, 112, 114, 117 },
				{ 93.7, 97, 101, 105, 110, 116, 121, 125, 129, 133, 135 },
				{ -0.0, 0, 1e-300, 5, 5, 4, 0.1, 1e6, 3, 3.3, 0 } /* not monotone, a −0 */, new double[11] };
		for (int i = 0; i < 11; i++) {
			tables[3][i] = random.nextDouble() * 1000;
		}
		for (double[] table : tables) {
			PowerModel model = PowerModel.specPower(table);
			for (int k = 0; k <= 10; k++) { // the points and their neighbours, where floor and ceil meet
				double point = k / 10.0;
				double below = point;
				double above = point;
				for (int step = 0; step < 50; step++) {
					check(table, model, below);
					check(table, model, above);
					below = Math.nextDown(below);
					above = Math.nextUp(above);
				}
				check(table, model, k * 0.1);
			}
			for (double u : new double[] { Double.NaN, -0.0, 0, -1, 2, Double.POSITIVE_INFINITY,
					Double.NEGATIVE_INFINITY, Double.MIN_VALUE, 1 - 1e-17 }) {
				check(table, model, u);
			}
			for (int n = 0; n < 1_000_000; n++) {
				check(table, model, random.nextInt(10) == 0 ? random.nextInt(1001) / 1000.0 : random.nextDouble(-0.1, 1.1));
			}
		}
	}

	private static void check(double[] table, PowerModel model, double u) {
		double expected = cloudSim(table, u);
		double actual = model.watts(u);
		if (Double.doubleToRawLongBits(expected) != Double.doubleToRawLongBits(actual)) {
			assertEquals(Double.toHexString(expected), Double.toHexString(actual), "watts(" + u + ")");
		}
	}
}
