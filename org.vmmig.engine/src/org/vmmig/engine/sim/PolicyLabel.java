package org.vmmig.engine.sim;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The policy names of Beloglazov and Buyya's PlanetLab experiments (CCPE 2012, §6.3): detector, VM selection and
 * the detector's parameter, e.g. {@code LR-MMT-1.2} or {@code THR-MC-0.8}, or {@code DVFS} (no consolidation). One
 * reader for every front end that takes such names (the CLI's {@code planetlab}, cluster sweeps).
 */
public final class PolicyLabel {

	private static final Pattern POLICY = Pattern.compile("(THR|IQR|MAD|LRR|LR)-(MMT|MC|RS|MU)-([0-9]+(?:\\.[0-9]+)?)",
			Pattern.CASE_INSENSITIVE);

	private PolicyLabel() {
	}

	/**
	 * CloudSim 4.0's settings for the policy {@code name}.
	 *
	 * @throws IllegalArgumentException when {@code name} is no such policy, saying what one looks like
	 */
	public static SimulationSettings settings(String name) {
		OverloadDetector detector;
		VmSelection selection = VmSelection.MINIMUM_MIGRATION_TIME;
		if (name.equalsIgnoreCase("DVFS")) {
			detector = new OverloadDetector.None();
		} else {
			Matcher m = POLICY.matcher(name);
			if (!m.matches()) {
				throw new IllegalArgumentException("'" + name + "' is not a policy like LR-MMT-1.2, THR-MC-0.8 or DVFS");
			}
			double p = Double.parseDouble(m.group(3));
			detector = switch (m.group(1).toUpperCase(Locale.ROOT)) {
				case "THR" -> new OverloadDetector.StaticThreshold(p);
				case "IQR" -> new OverloadDetector.InterQuartileRange(p);
				case "MAD" -> new OverloadDetector.MedianAbsoluteDeviation(p);
				case "LRR" -> new OverloadDetector.LocalRegression(p, true);
				default -> new OverloadDetector.LocalRegression(p, false);
			};
			selection = switch (m.group(2).toUpperCase(Locale.ROOT)) {
				case "MC" -> VmSelection.MAXIMUM_CORRELATION;
				case "RS" -> VmSelection.RANDOM;
				case "MU" -> VmSelection.MINIMUM_UTILISATION;
				default -> VmSelection.MINIMUM_MIGRATION_TIME;
			};
		}
		return SimulationSettings.cloudSimCompatible(detector, selection);
	}
}
