package org.vmmig.engine.sim;

import java.util.Objects;

import org.vmmig.engine.cost.CloudSimMigrationModel;
import org.vmmig.engine.cost.MigrationModel;
import org.vmmig.engine.model.MigrationPolicy;

/** How long a migration of the time simulation takes and what it costs. */
public sealed interface MigrationTiming {

	/** The part of a host's NIC migrations may use. */
	double nicShare();

	/**
	 * CloudSim 4.0's model, for reproducing its figures: memory / (half the target's NIC), whatever else is
	 * migrating ({@link CloudSimMigrationModel#seconds}); no downtime, no dirtying.
	 */
	record CloudSim() implements MigrationTiming {
		@Override
		public double nicShare() {
			return CloudSimMigrationModel.NIC_SHARE;
		}
	}

	/**
	 * vmmig's cost model: the bytes a live migration sends (rounds, dirtying scaled by the guest's current
	 * CPU, downtime) are predicted at the bandwidth the migration gets when it starts; the transfer then
	 * shares each host NIC max-min fairly with the other migrations crossing it, recomputed whenever one
	 * starts or ends. {@code nicShare} is the part of a NIC migrations may use (CloudSim reserves half for
	 * the VMs' own traffic, {@link CloudSimMigrationModel#NIC_SHARE}; so does {@link #of}).
	 */
	record Live(MigrationModel model, MigrationPolicy policy, double nicShare) implements MigrationTiming {
		public Live {
			Objects.requireNonNull(model, "model");
			Objects.requireNonNull(policy, "policy");
			if (!(nicShare > 0 && nicShare <= 1)) {
				throw new IllegalArgumentException("the NIC share for migrations lies in (0, 1], not " + nicShare);
			}
		}

		/** Migrations under {@code model} and {@code policy} on half of each NIC, as in CloudSim. */
		public static Live of(MigrationModel model, MigrationPolicy policy) {
			return new Live(model, policy, CloudSimMigrationModel.NIC_SHARE);
		}
	}
}
