package org.vmmig.dsl.validation;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.vmmig.dsl.mapping.Quantities;
import org.vmmig.dsl.mapping.TraceCache;
import org.vmmig.dsl.vmig.DetectorKind;
import org.vmmig.dsl.vmig.DirtyPhase;
import org.vmmig.dsl.vmig.DirtyProfileSpec;
import org.vmmig.dsl.vmig.Group;
import org.vmmig.dsl.vmig.LinearPower;
import org.vmmig.dsl.vmig.Policy;
import org.vmmig.dsl.vmig.PowerTable;
import org.vmmig.dsl.vmig.Quantity;
import org.vmmig.dsl.vmig.Vm;
import org.vmmig.dsl.vmig.Simulation;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.dsl.vmig.Consolidation;
import org.vmmig.dsl.vmig.Rebalancing;
import org.vmmig.dsl.vmig.Host;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.VmigPackage.Literals;
import org.vmmig.engine.trace.CpuTrace;

/** Workloads and consolidation settings: power models, detectors, groups and CPU traces. */
public class WorkloadValidator extends ComposedValidator {

	/** SPECpower_ssj2008 reports power at 11 load levels: idle, 10 %, …, 100 %. */
	static final int SPECPOWER_POINTS = 11;

	/**
	 * Meaningful parameter ranges of Beloglazov and Buyya's detectors (CCPE 2012): a utilisation threshold
	 * for THR, a safety parameter for the others (their experiments use 0.8, 1.5, 2.5, 1.2, 1.2).
	 */
	private static final Map<DetectorKind, double[]> DETECTOR_RANGE = Map.of(DetectorKind.THR, new double[] { 0.01, 1 },
			DetectorKind.IQR, new double[] { 0.01, 10 }, DetectorKind.MAD, new double[] { 0.01, 10 }, DetectorKind.LR,
			new double[] { 0.01, 10 }, DetectorKind.LRR, new double[] { 0.01, 10 });

	@Check
	public void checkPowerTable(PowerTable table) {
		if (table.getPoints().size() != SPECPOWER_POINTS) {
			error("A SPECpower table has " + SPECPOWER_POINTS + " points (0 %, 10 %, … 100 % load), not "
					+ table.getPoints().size() + ".", table, Literals.POWER_TABLE__POINTS, VmigIssueCodes.OUT_OF_RANGE);
			return;
		}
		List<Quantity> points = table.getPoints();
		for (int i = 1; i < points.size(); i++) {
			if (watts(points.get(i)) < watts(points.get(i - 1))) {
				error("Power must not fall as load rises: " + (i * 10) + " % draws less than " + ((i - 1) * 10) + " %.",
						table, Literals.POWER_TABLE__POINTS, i, VmigIssueCodes.OUT_OF_RANGE);
				return;
			}
		}
	}

	/** What the time simulation refuses to run, said where the model says it (SimulationSettings' limits). */
	@Check
	public void checkSimulationSteps(Simulation simulation) {
		double step = seconds(simulation.getStep(), 300);
		double horizon = seconds(simulation.getHorizon(), 86_400);
		if (step > 0 && horizon / step > MAX_STEPS) {
			error("A simulation of " + (long) Math.ceil(horizon / step) + " scheduling steps is more than "
					+ (long) (MAX_STEPS / 1_000_000) + " million; use a longer step or a shorter horizon.", simulation,
					Literals.SIMULATION__STEP, VmigIssueCodes.OUT_OF_RANGE);
		}
	}

	/** Consolidation, rebalancing and time simulations place VMs on hosts: a model needs at least one. */
	@Check
	public void checkThereAreHosts(Scenario scenario) {
		if (!(scenario.getAction() instanceof Simulation || scenario.getAction() instanceof Consolidation
				|| scenario.getAction() instanceof Rebalancing)) {
			return;
		}
		Model model = (Model) scenario.eResource().getContents().get(0);
		if (org.vmmig.dsl.mapping.ModelElements.visibleFrom(model).stream().noneMatch(Host.class::isInstance)) {
			error("This scenario needs at least one host in the model (or the files it imports).", scenario,
					Literals.ELEMENT__NAME, VmigIssueCodes.MISSING_PROPERTY);
		}
	}

	/** The time simulation's limit (SimulationSettings): more steps than this would not finish in reasonable time. */
	static final double MAX_STEPS = 10_000_000;

	private static double seconds(Quantity quantity, double fallback) {
		try {
			return Quantities.toBase(quantity, fallback);
		} catch (IllegalArgumentException badUnit) { // QuantityValidator says what is wrong
			return fallback;
		}
	}

	@Check
	public void checkLinearPower(LinearPower power) {
		if (watts(power.getPeak()) < watts(power.getIdle())) {
			error("'peak' power must not be below 'idle' power.", power, Literals.LINEAR_POWER__PEAK,
					VmigIssueCodes.OUT_OF_RANGE);
		}
	}

	@Check
	public void checkDetector(Policy policy) {
		if (policy.getDetectorParameter() == null) { // the parameter comes only after a detector kind
			return;
		}
		double value = policy.getDetectorParameter().doubleValue();
		double[] range = DETECTOR_RANGE.get(policy.getDetector());
		if (value < range[0] || value > range[1]) {
			error("The " + policy.getDetector().getLiteral() + " detector's parameter must be between " + range[0] + " and "
					+ range[1] + ", not " + value + ".", policy, Literals.POLICY__DETECTOR_PARAMETER,
					VmigIssueCodes.OUT_OF_RANGE);
		}
	}

	@Check
	public void checkDirtyProfile(Vm vm) {
		DirtyProfileSpec profile = vm.getDirtyProfile();
		if (profile == null) {
			return;
		}
		if (vm.getDirtyRate() != null) {
			error("Give either 'dirty-rate' or 'dirty-profile', not both.", vm, Literals.VM__DIRTY_RATE,
					VmigIssueCodes.OUT_OF_RANGE);
		}
		List<DirtyPhase> phases = profile.getPhases();
		for (int i = 0; i < phases.size() - 1; i++) {
			if (phases.get(i).getDuration() == null) {
				error("Every phase but the last needs 'for <duration>'.", profile, Literals.DIRTY_PROFILE_SPEC__PHASES, i,
						VmigIssueCodes.MISSING_PROPERTY);
			}
		}
		if (phases.get(phases.size() - 1).getDuration() != null) {
			warning("The last phase lasts until the migration ends; its 'for' has no effect.", profile,
					Literals.DIRTY_PROFILE_SPEC__PHASES, phases.size() - 1, VmigIssueCodes.INEFFECTIVE_SETTING);
		}
	}

	@Check
	public void checkGroup(Group group) {
		List<Vm> members = group.getMembers() == null ? List.of() : group.getMembers().getVms();
		Set<Vm> seen = new HashSet<>();
		for (int i = 0; i < members.size(); i++) {
			if (!seen.add(members.get(i))) {
				warning("vm " + members.get(i).getName() + " is listed twice.", group.getMembers(), Literals.VM_LIST__VMS, i,
						VmigIssueCodes.INEFFECTIVE_SETTING);
			}
		}
		if ((group.isAffinity() || group.isAntiAffinity()) && members.size() < 2) {
			warning("An (anti-)affinity rule needs at least two members.", group, Literals.ELEMENT__NAME,
					VmigIssueCodes.INEFFECTIVE_SETTING);
		}
	}

	/**
	 * Traces are files: read on full validation, which the CLI and the editor run (the editor on every edit: an
	 * unchanged file is parsed once, {@link TraceCache}).
	 */
	@Check(CheckType.NORMAL)
	public void checkTrace(Vm vm) {
		if (vm.getTrace() == null) {
			return;
		}
		Resource resource = vm.eResource();
		URI base = resource.getURI();
		if (base == null || base.isRelative() || !base.isHierarchical() || resource.getResourceSet() == null) {
			error("Cannot read the trace '" + vm.getTrace() + "': this model is not in a file.", vm, Literals.VM__TRACE,
					VmigIssueCodes.BAD_TRACE);
			return;
		}
		URI uri = URI.createURI(vm.getTrace()).resolve(base);
		String refusal = org.vmmig.dsl.mapping.NamedFiles.refusal(uri, org.vmmig.dsl.mapping.NamedFiles.MAX_TRACE_BYTES);
		if (refusal != null) {
			error("Cannot read the trace '" + vm.getTrace() + "': " + refusal + ".", vm, Literals.VM__TRACE,
					VmigIssueCodes.BAD_TRACE);
			return;
		}
		try {
			TraceCache.utilisation(uri, vm.getTrace(), resource.getResourceSet()); // parsed once while unchanged
		} catch (CpuTrace.FormatException e) {
			error("Trace " + e.getMessage(), vm, Literals.VM__TRACE, VmigIssueCodes.BAD_TRACE);
		} catch (IOException | RuntimeException e) {
			error("Cannot read the trace '" + vm.getTrace() + "' (relative to this file).", vm, Literals.VM__TRACE,
					VmigIssueCodes.BAD_TRACE);
		}
	}

	private static double watts(Quantity quantity) {
		try {
			return Quantities.toBase(quantity, 0);
		} catch (IllegalArgumentException badUnit) {
			return 0; // reported by QuantityValidator
		}
	}
}
