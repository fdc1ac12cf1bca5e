package org.vmmig.engine.cost;

/**
 * Extra energy of a migration: Liu et al. (HPDC 2011) found it linear in the data moved,
 * E = α·V + β with V in MB, α = 0.512 J/MB and β = 20.165 J, for the source and destination together.
 */
final class Energy {

	static final double JOULES_PER_MB = 0.512;
	static final double FIXED_JOULES = 20.165;

	private Energy() {
	}

	static double joules(double bytesMoved) {
		return JOULES_PER_MB * bytesMoved / 1e6 + FIXED_JOULES;
	}
}
