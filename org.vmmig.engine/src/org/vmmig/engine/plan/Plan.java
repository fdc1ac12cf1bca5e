package org.vmmig.engine.plan;

import java.util.List;

/** The result of planning an evacuation: the moves, in order, and the VMs that could not be placed. */
public record Plan(List<String> evacuatedHosts, List<Migration> migrations, List<Unplaced> unplaced) {

	public Plan {
		evacuatedHosts = List.copyOf(evacuatedHosts);
		migrations = List.copyOf(migrations);
		unplaced = List.copyOf(unplaced);
	}

	/** When the last migration ends (seconds from the start of the plan). */
	public double makespanSeconds() {
		return migrations.stream().mapToDouble(Migration::endSeconds).max().orElse(0);
	}

	public double totalDowntimeSeconds() {
		return migrations.stream().mapToDouble(m -> m.estimate().downtimeSeconds()).sum();
	}

	public double totalBytes() {
		return migrations.stream().mapToDouble(m -> m.estimate().bytesTransferred()).sum();
	}

	/** Every VM found a place. */
	public boolean feasible() {
		return unplaced.isEmpty();
	}
}
