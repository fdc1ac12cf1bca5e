package org.vmmig.engine.sim;

import java.util.Objects;

import org.vmmig.engine.model.Placement;

/**
 * How a consolidation time simulation runs.
 *
 * @param intervalSeconds the scheduling interval: utilisation is sampled and hosts are checked this often
 * @param horizonSeconds  how long the simulation runs
 * @param detector        when a host is overloaded (or {@link OverloadDetector.None} to never migrate)
 * @param selection       which VM leaves an overloaded host
 * @param timing          how long migrations take ({@link MigrationTiming.CloudSim} to compare with CloudSim)
 * @param seed            seeds the random selection; same seed, same run
 * @param rules           vmmig's rules, or CloudSim 4.0's to reproduce its figures
 * @param placement       where a VM leaving a host goes (power-aware best fit in Beloglazov and Buyya's
 *                        experiments); fits are measured in CPU
 * @param underloadThreshold a host is a candidate for being emptied only while its utilisation is below this
 *                        share (1: any host that is not full, as in Beloglazov and Buyya's algorithm; 0: none)
 */
public record SimulationSettings(double intervalSeconds, double horizonSeconds, OverloadDetector detector,
		VmSelection selection, MigrationTiming timing, long seed, Rules rules, Placement placement,
		double underloadThreshold) {

	/** Power-aware best fit; any host that is not full may be emptied. */
	public SimulationSettings(double intervalSeconds, double horizonSeconds, OverloadDetector detector,
			VmSelection selection, MigrationTiming timing, long seed, Rules rules) {
		this(intervalSeconds, horizonSeconds, detector, selection, timing, seed, rules, Placement.POWER_AWARE_BEST_FIT, 1);
	}

	/**
	 * The points where CloudSim 4.0's power experiments differ from what a data centre does; each matters for
	 * its figures (docs/simulation.md shows by how much).
	 *
	 * @param offsetSeconds     steps fall at offset + k · interval. CloudSim's fall 0.1 s after the traces'
	 *                          sample times (its workloads start one minimal event delay after time 0), so a host
	 *                          whose VMs were idle at a sample, but not 0.1 s later, looks barely busy rather than
	 *                          switched off — which decides which hosts are emptied first
	 * @param idleVmsEnd        a VM asking for no CPU at an update is taken for finished and removed
	 *                          (HostDynamicWorkload.getCompletedVms); about one PlanetLab sample in seven is 0 %
	 * @param memoryAtStartOnly memory and NIC reservations are checked only when VMs are first placed (CloudSim's
	 *                          PlanetLab VMs ask for no memory once running)
	 * @param idleHostsOff      a host at 0 % CPU draws nothing even with VMs on it; under vmmig's rule a host is
	 *                          off only when it holds no VM
	 * @param updateAllAtEvents every host is brought up to date whenever a migration ends (CloudSim); under vmmig's
	 *                          rule only the hosts a migration leaves or enters are, the others at the next step —
	 *                          the same energy where demand varies linearly between samples, and thousands of
	 *                          concurrent migrations stay cheap
	 * @param replannedMovesContinue a VM planned twice in one step (an under-utilised host is emptied of a VM it
	 *                          was just given) keeps migrating into its first target too until that migration
	 *                          ends: CloudSim 4.0's PowerDatacenter adds the VM to the migrating-in VMs of every
	 *                          target in the migration map and sends one VM_MIGRATE event per move, so the first
	 *                          target carries it — 10 % of its CPU allocated, all of its request counted — and
	 *                          is in SLA violation meanwhile (HostDynamicWorkload.updateVmsProcessing). About one
	 *                          migration in nine on the PlanetLab day, adding 10–15 % to SLATAH there.
	 *                          Under vmmig's rule the later plan replaces the earlier one: the first target never
	 *                          receives the VM. (Both migrations count in either case. The VM ends on the later
	 *                          plan's target; CloudSim leaves it where the last of the two migrations to finish
	 *                          took it — the same when the targets' NICs are alike, as in the PlanetLab set-up.)
	 */
	public record Rules(double offsetSeconds, boolean idleVmsEnd, boolean memoryAtStartOnly, boolean idleHostsOff,
			boolean updateAllAtEvents, boolean replannedMovesContinue) {

		public static final Rules CLOUDSIM = new Rules(0.1, true, true, true, true, true);
		public static final Rules VMMIG = new Rules(0, false, false, false, false, false);

		public Rules {
			if (!(offsetSeconds >= 0) || Double.isInfinite(offsetSeconds)) {
				throw new IllegalArgumentException("the step offset is a finite number of seconds >= 0, not " + offsetSeconds);
			}
		}

		public Rules withIdleVmsEnd(boolean value) {
			return new Rules(offsetSeconds, value, memoryAtStartOnly, idleHostsOff, updateAllAtEvents, replannedMovesContinue);
		}

		public Rules withMemoryAtStartOnly(boolean value) {
			return new Rules(offsetSeconds, idleVmsEnd, value, idleHostsOff, updateAllAtEvents, replannedMovesContinue);
		}

		public Rules withIdleHostsOff(boolean value) {
			return new Rules(offsetSeconds, idleVmsEnd, memoryAtStartOnly, value, updateAllAtEvents, replannedMovesContinue);
		}

		public Rules withReplannedMovesContinue(boolean value) {
			return new Rules(offsetSeconds, idleVmsEnd, memoryAtStartOnly, idleHostsOff, updateAllAtEvents, value);
		}
	}

	public SimulationSettings {
		Objects.requireNonNull(detector, "detector");
		Objects.requireNonNull(selection, "selection");
		Objects.requireNonNull(timing, "timing");
		Objects.requireNonNull(rules, "rules");
		Objects.requireNonNull(placement, "placement");
		if (!(underloadThreshold >= 0 && underloadThreshold <= 1)) {
			throw new IllegalArgumentException("the underload threshold lies in [0, 1], not " + underloadThreshold);
		}
		if (!(intervalSeconds > 0) || !(horizonSeconds >= intervalSeconds) || Double.isInfinite(horizonSeconds)) {
			throw new IllegalArgumentException("need 0 < step <= horizon, not " + intervalSeconds + " s and " + horizonSeconds + " s");
		}
		if (rules.offsetSeconds() >= intervalSeconds) {
			throw new IllegalArgumentException("the step offset must be shorter than the step");
		}
		if (horizonSeconds / intervalSeconds > 10_000_000) {
			throw new IllegalArgumentException("more than 10 million scheduling steps; use a longer step or a shorter horizon");
		}
	}

	/** The set-up of CloudSim 4.0's PlanetLab experiments: 5-minute steps over a day, its timing and rules. */
	public static SimulationSettings cloudSimCompatible(OverloadDetector detector, VmSelection selection) {
		return new SimulationSettings(300, 86_400, detector, selection, new MigrationTiming.CloudSim(), 1, Rules.CLOUDSIM);
	}

	public SimulationSettings withTiming(MigrationTiming value) {
		return new SimulationSettings(intervalSeconds, horizonSeconds, detector, selection, value, seed, rules, placement,
				underloadThreshold);
	}

	public SimulationSettings withSeed(long value) {
		return new SimulationSettings(intervalSeconds, horizonSeconds, detector, selection, timing, value, rules, placement,
				underloadThreshold);
	}

	public SimulationSettings withRules(Rules value) {
		return new SimulationSettings(intervalSeconds, horizonSeconds, detector, selection, timing, seed, value, placement,
				underloadThreshold);
	}

	public SimulationSettings withPlacement(Placement value) {
		return new SimulationSettings(intervalSeconds, horizonSeconds, detector, selection, timing, seed, rules, value,
				underloadThreshold);
	}

	public SimulationSettings withUnderloadThreshold(double value) {
		return new SimulationSettings(intervalSeconds, horizonSeconds, detector, selection, timing, seed, rules, placement,
				value);
	}

	/** "LR-MMT-1.2", the paper's naming ({@link PolicyLabels}). */
	public String label() {
		return PolicyLabels.label(detector, selection);
	}
}
