package org.vmmig.engine.cost;

import org.vmmig.engine.model.MigrationPath;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.VmProfile;

/** Predicts what one migration costs. Implementations are stateless and thread-safe. */
public interface MigrationModel {

	MigrationEstimate estimate(VmProfile vm, MigrationPath path, MigrationPolicy policy);

	/** The faithful model of docs/models.md. */
	static MigrationModel live() {
		return new LiveMigrationModel(Calibration.NONE);
	}

	/** The faithful model, corrected by what measured migrations taught (see {@code vmmig calibrate}). */
	static MigrationModel live(Calibration calibration) {
		return new LiveMigrationModel(calibration);
	}

	/** CloudSim's baseline: memory / (half the bandwidth), no downtime, 10 % degradation while it runs. */
	static MigrationModel cloudSim() {
		return new CloudSimMigrationModel();
	}
}
