package org.vmmig.engine.units;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The units a model may use, each with its factor to the engine's base unit: bytes, bytes per second,
 * seconds, a fraction (0..1), watts and joules. SI prefixes are powers of 1000, IEC ones (KiB...) of 1024;
 * network rates in bits per second (bps, Gbps) are divided by 8.
 */
public enum Unit {
	B("B", Dimension.DATA_SIZE, 1),
	KB("KB", Dimension.DATA_SIZE, 1e3),
	MB("MB", Dimension.DATA_SIZE, 1e6),
	GB("GB", Dimension.DATA_SIZE, 1e9),
	TB("TB", Dimension.DATA_SIZE, 1e12),
	KIB("KiB", Dimension.DATA_SIZE, 1024.0),
	MIB("MiB", Dimension.DATA_SIZE, 1024.0 * 1024),
	GIB("GiB", Dimension.DATA_SIZE, 1024.0 * 1024 * 1024),
	TIB("TiB", Dimension.DATA_SIZE, 1024.0 * 1024 * 1024 * 1024),

	BPS("bps", Dimension.DATA_RATE, 1 / 8.0),
	KBPS("Kbps", Dimension.DATA_RATE, 1e3 / 8),
	MBPS("Mbps", Dimension.DATA_RATE, 1e6 / 8),
	GBPS("Gbps", Dimension.DATA_RATE, 1e9 / 8),
	TBPS("Tbps", Dimension.DATA_RATE, 1e12 / 8),
	BYTES_PER_S("B/s", Dimension.DATA_RATE, 1),
	KB_PER_S("KB/s", Dimension.DATA_RATE, 1e3),
	MB_PER_S("MB/s", Dimension.DATA_RATE, 1e6),
	GB_PER_S("GB/s", Dimension.DATA_RATE, 1e9),
	KIB_PER_S("KiB/s", Dimension.DATA_RATE, 1024.0),
	MIB_PER_S("MiB/s", Dimension.DATA_RATE, 1024.0 * 1024),
	GIB_PER_S("GiB/s", Dimension.DATA_RATE, 1024.0 * 1024 * 1024),

	NS("ns", Dimension.DURATION, 1e-9),
	US("us", Dimension.DURATION, 1e-6),
	MS("ms", Dimension.DURATION, 1e-3),
	S("s", Dimension.DURATION, 1),
	MIN("min", Dimension.DURATION, 60),
	H("h", Dimension.DURATION, 3600),

	PERCENT("%", Dimension.RATIO, 0.01),

	W("W", Dimension.POWER, 1),
	KW("kW", Dimension.POWER, 1e3),

	J("J", Dimension.ENERGY, 1),
	WH("Wh", Dimension.ENERGY, 3600),
	KWH("kWh", Dimension.ENERGY, 3.6e6);

	private static final Map<String, Unit> BY_SYMBOL = Arrays.stream(values())
			.collect(Collectors.toUnmodifiableMap(Unit::symbol, Function.identity()));

	private final String symbol;
	private final Dimension dimension;
	private final double toBase;

	Unit(String symbol, Dimension dimension, double toBase) {
		this.symbol = symbol;
		this.dimension = dimension;
		this.toBase = toBase;
	}

	/** The symbol written in models, e.g. "GiB", "Gbps", "MiB/s", "ms", "%". */
	public String symbol() {
		return symbol;
	}

	public Dimension dimension() {
		return dimension;
	}

	/** Factor from this unit to its dimension's base unit (bytes, bytes/s, s, fraction, W, J). */
	public double toBase() {
		return toBase;
	}

	/** The unit with exactly this symbol (case matters: "Mb" is not "MB"). */
	public static Optional<Unit> bySymbol(String symbol) {
		return Optional.ofNullable(BY_SYMBOL.get(symbol));
	}

	/** The symbols of one dimension, in declaration order, for messages and completion. */
	public static List<String> symbolsOf(Dimension dimension) {
		return Arrays.stream(values()).filter(u -> u.dimension == dimension).map(Unit::symbol).toList();
	}
}
