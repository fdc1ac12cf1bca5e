package org.vmmig.engine.sim;

import java.util.List;

import org.vmmig.engine.units.Unit;

/**
 * What a consolidation time simulation measured.
 *
 * <p>SLA metrics as defined by Beloglazov and Buyya (CCPE 2012, §6.2): SLATAH is the share of the hosts'
 * active time during which they could not give their VMs the CPU asked for; PDM is the share of the CPU
 * asked for that VMs lost because they were migrating; SLAV = SLATAH × PDM; ESV = energy × SLAV.
 *
 * @param energyJoules         energy of all hosts, switched-off hosts counting nothing (front ends show kWh)
 * @param migrations           migrations started
 * @param downtimeSeconds      total downtime of all migrations (0 under CloudSim's timing)
 * @param bytesMoved           bytes all migrations sent
 * @param nonConverging        migrations whose pre-copy did not converge within the policy's limits
 * @param endedIdle            VMs removed because they asked for no CPU (only under CloudSim's rule)
 * @param unplaced             VMs that found no host at the start
 * @param series               one sample per scheduling step
 * @param migrationRecords     every migration priced by vmmig's cost model (none under CloudSim's timing), in the
 *                             order they started: what the VMs' SLA promises are checked against
 */
public record TimeSimulationResult(String label, double energyJoules, int migrations, double slatah, double pdm,
		double downtimeSeconds, double bytesMoved, int nonConverging, int hostShutdowns, int endedIdle, List<String> unplaced,
		List<Step> series, List<MigrationRecord> migrationRecords) {

	public TimeSimulationResult {
		unplaced = List.copyOf(unplaced);
		series = List.copyOf(series);
		migrationRecords = List.copyOf(migrationRecords);
	}

	/** One migration of the simulation: which VM, when it started, the pause and the degradation predicted. */
	public record MigrationRecord(String vm, double startSeconds, double downtimeSeconds, double degradationShare) {
	}

	public double slav() {
		return slatah * pdm;
	}

	/** ESV as Beloglazov and Buyya define it: energy in kWh (their unit) times SLAV. */
	public double esv() {
		return energyJoules / Unit.KWH.toBase() * slav();
	}

	/**
	 * The state after one scheduling step (once its migrations have started).
	 *
	 * @param vmsRunning      VMs on a host
	 * @param inFlight        migrations under way
	 * @param peakMemoryShare the fullest host's memory reservations over its memory (migrating VMs count on both
	 *                        hosts)
	 */
	public record Step(double seconds, int activeHosts, double watts, int migrationsStarted, int vmsRunning,
			int inFlight, double peakMemoryShare) {
	}
}
