package org.vmmig.engine.cost;

import java.util.Locale;

/**
 * Something the user should know about one migration: a {@link Kind} and, where the kind has them, its figures.
 * The cost model creates notes; {@link org.vmmig.engine.report.Explanations} phrases them in English for every
 * front end, and the result's JSON carries them as data (docs/report-format.md).
 *
 * @param diskWriteBytesPerSecond for {@link Kind#STORAGE_DOES_NOT_CONVERGE}: how fast the guest writes its disk;
 *                                NaN for other kinds
 * @param copyBytesPerSecond      for {@link Kind#STORAGE_DOES_NOT_CONVERGE}: how fast the copy goes; NaN otherwise
 */
public record Note(Kind kind, double diskWriteBytesPerSecond, double copyBytesPerSecond) {

	public enum Kind {
		/** Memory crosses a path the model does not trust, unencrypted. */
		DATA_PLANE_EXPOSURE,
		/** The target is in another subnet: the VM's address changes. */
		SUBNET_CHANGE,
		/** The disk stays at the source and is reached over the network afterwards. */
		STORAGE_LEFT_AT_SOURCE,
		/** The disk is written faster than it is copied. */
		STORAGE_DOES_NOT_CONVERGE;

		/** "data-plane-exposure", … as the JSON result writes it. */
		public String keyword() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}

	/** A note of a kind without figures. */
	public static Note of(Kind kind) {
		return new Note(kind, Double.NaN, Double.NaN);
	}

	public static Note storageDoesNotConverge(double diskWriteBytesPerSecond, double copyBytesPerSecond) {
		return new Note(Kind.STORAGE_DOES_NOT_CONVERGE, diskWriteBytesPerSecond, copyBytesPerSecond);
	}
}
