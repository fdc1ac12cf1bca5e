package org.vmmig.engine.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sizes and durations as summaries and messages show them to people. */
class FormatsTest {

	@ParameterizedTest(name = "{0} bytes = {1}")
	@CsvSource({
			"0, 0 B",
			"512, 512 B",
			"8589934592, 8.00 GiB", // 8 × 2^30: memory is sized in IEC units
			"12884901888, 12.00 GiB",
			"1536, 1.50 KiB",
			"1048575, 1.00 MiB", // one byte short of a MiB never reads "1024.00 KiB"
			"1023.6, 1.00 KiB" })
	void bytesAreShownInIecUnits(double bytes, String shown) {
		assertEquals(shown, Formats.bytes(bytes));
	}

	@ParameterizedTest(name = "{0} s = {1}")
	@CsvSource({
			"0, 0 s",
			"0.35, 350 ms",
			"0.9996, 1.00 s", // never "1000 ms"
			"1.234, 1.23 s",
			"599.999, 10.0 min", // never "600.00 s"
			"4000, 66.7 min" })
	void durationsUseTheUnitThatReadsBest(double seconds, String shown) {
		assertEquals(shown, Formats.seconds(seconds));
	}

	@Test
	void numbersUseADecimalPointWhateverTheUsersLocale() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.GERMANY);
			assertEquals("1.50 KiB", Formats.bytes(1536));
			assertEquals("1.23 s", Formats.seconds(1.234));
		} finally {
			Locale.setDefault(before);
		}
	}
}
