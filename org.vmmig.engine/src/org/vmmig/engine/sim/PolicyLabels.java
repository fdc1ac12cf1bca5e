package org.vmmig.engine.sim;

import java.util.List;
import java.util.function.DoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that knows the consolidation policies by name: the overload detectors by their label prefix
 * (THR, IQR, MAD, LR, LRR) with their default parameter, the VM selection policies by their abbreviation (MMT,
 * MC, RS, MU), and labels such as {@code LR-MMT-1.2} (Beloglazov and Buyya's naming, CCPE 2012, Table III), read
 * and written. The language's {@code detector}/{@code selection} keywords, the CLI's {@code --policy} and the
 * result's label all go through here.
 *
 * <p>Adding a detector or a selection policy is one line in {@link #DETECTORS} or {@link #SELECTIONS}.
 */
public final class PolicyLabels {

	/**
	 * A detector family: its label prefix, the parameter it takes when none is given (the values Beloglazov and
	 * Buyya found best, CCPE 2012, Table III) and how it is made from a parameter.
	 */
	public record DetectorKind(String prefix, double defaultParameter, DoubleFunction<OverloadDetector> make) {
	}

	/** A detector and a selection policy: what a label such as LR-MMT-1.2 names. */
	public record Policy(OverloadDetector detector, VmSelection selection) {
	}

	private static final List<DetectorKind> DETECTORS = List.of(
			new DetectorKind("THR", 0.8, OverloadDetector.StaticThreshold::new),
			new DetectorKind("IQR", 1.5, OverloadDetector.InterQuartileRange::new),
			new DetectorKind("MAD", 2.5, OverloadDetector.MedianAbsoluteDeviation::new),
			new DetectorKind("LR", 1.2, safety -> new OverloadDetector.LocalRegression(safety, false)),
			new DetectorKind("LRR", 1.2, safety -> new OverloadDetector.LocalRegression(safety, true)));

	private static final List<VmSelection> SELECTIONS = List.of(VmSelection.MINIMUM_MIGRATION_TIME,
			VmSelection.MAXIMUM_CORRELATION, VmSelection.RANDOM, VmSelection.MINIMUM_UTILISATION);

	/** The label of no consolidation, the DVFS baseline. */
	public static final String NO_CONSOLIDATION = "DVFS";

	private static final Pattern LABEL = Pattern.compile("([A-Za-z]+)-([A-Za-z]+)-([0-9]+(?:\\.[0-9]+)?)");

	private PolicyLabels() {
	}

	/** Every detector family, in the paper's order. */
	public static List<DetectorKind> detectors() {
		return DETECTORS;
	}

	/** Every selection policy, in the paper's order. */
	public static List<VmSelection> selections() {
		return SELECTIONS;
	}

	/**
	 * The detector of a family (its prefix, any case) with {@code parameter}, or with the family's default when
	 * {@code parameter} is null. An unknown prefix is an IllegalArgumentException naming the known ones.
	 */
	public static OverloadDetector detector(String prefix, Double parameter) {
		for (DetectorKind kind : DETECTORS) {
			if (kind.prefix().equalsIgnoreCase(prefix)) {
				return kind.make().apply(parameter == null ? kind.defaultParameter() : parameter);
			}
		}
		throw new IllegalArgumentException("'" + prefix + "' is not a detector (" + String.join(", ",
				DETECTORS.stream().map(DetectorKind::prefix).toList()) + ")");
	}

	/** The selection policy of an abbreviation (any case); an unknown one is an IllegalArgumentException. */
	public static VmSelection selection(String label) {
		for (VmSelection selection : SELECTIONS) {
			if (selection.label().equalsIgnoreCase(label)) {
				return selection;
			}
		}
		throw new IllegalArgumentException("'" + label + "' is not a VM selection policy (" + String.join(", ",
				SELECTIONS.stream().map(VmSelection::label).toList()) + ")");
	}

	/**
	 * A policy label as in the paper, any case: detector-selection-parameter (LR-MMT-1.2, THR-MC-0.8), or DVFS
	 * for no consolidation (its selection is minimum migration time, unused). Anything else is an
	 * IllegalArgumentException saying what is expected.
	 */
	public static Policy parse(String label) {
		if (label.equalsIgnoreCase(NO_CONSOLIDATION)) {
			return new Policy(new OverloadDetector.None(), VmSelection.MINIMUM_MIGRATION_TIME);
		}
		Matcher m = LABEL.matcher(label);
		if (m.matches()) {
			try {
				return new Policy(detector(m.group(1), Double.parseDouble(m.group(3))), selection(m.group(2)));
			} catch (IllegalArgumentException e) {
				// said below
			}
		}
		throw new IllegalArgumentException("'" + label + "' is not a policy like LR-MMT-1.2, THR-MC-0.8 or DVFS");
	}

	/**
	 * The settings of CloudSim 4.0's PlanetLab experiments under the policy a label names (what {@code vmmig
	 * planetlab --policy} and sweeps of PlanetLab days run); a bad label is an IllegalArgumentException as in
	 * {@link #parse}.
	 */
	public static SimulationSettings settings(String label) {
		Policy policy = parse(label);
		return SimulationSettings.cloudSimCompatible(policy.detector(), policy.selection());
	}

	/** "LR-MMT-1.2": the detector's prefix, the selection, the detector's parameter; "DVFS" without consolidation. */
	public static String label(OverloadDetector detector, VmSelection selection) {
		if (!detector.consolidates()) {
			return detector.label();
		}
		String d = detector.label();
		int dash = d.indexOf('-');
		return d.substring(0, dash) + "-" + selection.label() + d.substring(dash);
	}

	/** A detector's label: its prefix and parameter, "THR-0.8", "LR-1.0". */
	static String detectorLabel(String prefix, double parameter) {
		return prefix + "-" + (parameter == Math.rint(parameter) ? String.valueOf((long) parameter) + ".0"
				: String.valueOf(parameter));
	}
}
