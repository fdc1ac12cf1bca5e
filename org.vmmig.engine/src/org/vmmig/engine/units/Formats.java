package org.vmmig.engine.units;

import java.util.Locale;

/** Human-readable quantities for messages and summaries, always in English number format. */
public final class Formats {

	private static final String[] SIZES = { "B", "KiB", "MiB", "GiB", "TiB", "PiB" };

	private Formats() {
	}

	/** 8589934592 → "8.00 GiB" (IEC units, as memory is sized). */
	public static String bytes(double bytes) {
		int unit = 0;
		double value = bytes;
		// switch up just before the rounding would print "1024.00 KiB"
		while (Math.abs(value) >= (unit == 0 ? 1023.5 : 1023.995) && unit < SIZES.length - 1) {
			value /= 1024;
			unit++;
		}
		return unit == 0 ? String.format(Locale.ROOT, "%.0f B", value)
				: String.format(Locale.ROOT, "%.2f %s", value, SIZES[unit]);
	}

	/** 0.35 → "350 ms", 12.3 → "12.30 s", 4000 → "66.7 min". */
	public static String seconds(double seconds) {
		if (seconds == 0) {
			return "0 s";
		}
		// thresholds sit where rounding would otherwise print "1000 ms" or "600.00 s"
		if (Math.abs(seconds) < 0.9995) {
			return String.format(Locale.ROOT, "%.0f ms", seconds * 1000);
		}
		if (Math.abs(seconds) < 599.995) {
			return String.format(Locale.ROOT, "%.2f s", seconds);
		}
		return String.format(Locale.ROOT, "%.1f min", seconds / 60);
	}

	/** Bytes per second in SI units, as links are sold: 1.25e9 → "1.25 GB/s". */
	public static String rate(double bytesPerSecond) {
		String[] units = { "B/s", "KB/s", "MB/s", "GB/s", "TB/s" };
		int unit = 0;
		double value = bytesPerSecond;
		while (Math.abs(value) >= 1000 && unit < units.length - 1) {
			value /= 1000;
			unit++;
		}
		return String.format(Locale.ROOT, "%.2f %s", value, units[unit]);
	}
}
