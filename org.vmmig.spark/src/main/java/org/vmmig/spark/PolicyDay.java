package org.vmmig.spark;

import java.io.Serializable;

import org.vmmig.engine.sim.TimeSimulationResult;
import org.vmmig.engine.units.Unit;

/**
 * One PlanetLab policy-day's figures (Beloglazov and Buyya, CCPE 2012, §6.2): what a sweep run sends back to the
 * driver — the metrics of {@link TimeSimulationResult} without its per-step series.
 */
public record PolicyDay(String day, String policy, double energyKwh, int migrations, double slatah, double pdm,
		double slav, double downtimeSeconds, double bytesMoved, int nonConverging, int endedIdle) implements Serializable {

	static PolicyDay of(String day, TimeSimulationResult r) {
		return new PolicyDay(day, r.label(), r.energyJoules() / Unit.KWH.toBase(), r.migrations(), r.slatah(), r.pdm(), r.slav(),
				r.downtimeSeconds(), r.bytesMoved(), r.nonConverging(), r.endedIdle());
	}
}
