package org.vmmig.engine.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Units as an architect writes them, converted to the engine's base units. */
class UnitTest {

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource({
			"8 GiB, 8589934592", // 8 × 2^30 bytes (IEC 80000-13)
			"8 GB, 8000000000", // SI prefix: 8 × 10^9
			"1 Gbps, 125000000", // bits per second: 10^9 / 8 bytes per second
			"1.5 Gbps, 187500000",
			"10Gbps, 1250000000", // the space is optional
			"20 MiB/s, 20971520",
			"300 ms, 0.3",
			"2 h, 7200",
			"20 %, 0.2",
			"1 kWh, 3600000" })
	void quantitiesConvertToBaseUnits(String text, double base) {
		assertEquals(base, Quantity.parse(text).toBase(), base * 1e-12);
	}

	@Test
	void symbolsAreCaseSensitiveBecauseMbIsNotMB() {
		assertEquals(Unit.MB, Unit.bySymbol("MB").orElseThrow());
		assertEquals(true, Unit.bySymbol("mb").isEmpty());
	}

	@Test
	void anUnknownUnitIsNamedInTheMessage() {
		var error = assertThrows(IllegalArgumentException.class, () -> Quantity.parse("8 GIB"));
		assertEquals("unknown unit 'GIB' in '8 GIB'", error.getMessage());
	}

	@Test
	void aQuantityWithoutANumberSaysSo() {
		var error = assertThrows(IllegalArgumentException.class, () -> Quantity.parse("fast GiB"));
		assertEquals("'fast GiB' does not start with a number", error.getMessage());
	}

	@Test
	void gibAndGbDifferByTheBinaryPrefix() {
		// 1 GiB = 2^30 B is 7.4 % more than 1 GB = 10^9 B (IEC 80000-13)
		assertEquals(1.073741824, Quantity.parse("1 GiB").toBase() / Quantity.parse("1 GB").toBase(), 1e-15);
		assertEquals(Dimension.DATA_SIZE, Quantity.parse("1 GiB").dimension());
		assertEquals(Dimension.DATA_RATE, Quantity.parse("1 GiB/s").dimension());
	}

	@Test
	void eachDimensionListsItsSymbolsForMessages() {
		assertEquals("ns, us, ms, s, min, h", String.join(", ", Unit.symbolsOf(Dimension.DURATION)));
	}
}
