package org.vmmig.engine.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * QEMU's QAPI {@code MigrationInfo} (the reply of {@code query-migrate}), with or without the
 * {@code {"return": …}} envelope: total-time and downtime in ms, ram.transferred and ram.total in bytes,
 * ram.duplicate in pages (zero pages), ram.dirty-pages-rate in pages/s, ram.mbps in Mbit/s,
 * ram.dirty-sync-count the number of memory iterations, ram.page-size (default 4096).
 */
final class QemuMigrationInfo {

	private final String file;

	QemuMigrationInfo(String file) {
		this.file = file;
	}

	List<MeasuredMigration> read(List<Object> documents) throws CalibrationInputException {
		List<MeasuredMigration> migrations = new ArrayList<>();
		for (Object document : documents) {
			for (Object item : document instanceof List<?> list ? list : List.of(document)) {
				migrations.add(migration(item, file + "#" + (migrations.size() + 1)));
			}
		}
		return migrations;
	}

	private static MeasuredMigration migration(Object item, String where) throws CalibrationInputException {
		Map<?, ?> info = object(item, where, "a query-migrate reply");
		if (info.get("return") instanceof Map<?, ?> inner) {
			info = inner;
		}
		Map<?, ?> ram = object(field(info, "ram", where), where, "'ram' as an object");
		double pageSize = ram.containsKey("page-size") ? number(ram, "page-size", where) : 4096;
		double total = number(ram, "total", where);
		double zero = ram.containsKey("duplicate") ? Math.min(total, number(ram, "duplicate", where) * pageSize) : 0;
		return new MeasuredMigration(where, "completed".equals(info.get("status")),
				number(info, "total-time", where) / 1000, number(info, "downtime", where) / 1000,
				number(ram, "transferred", where), total, zero,
				ram.containsKey("dirty-pages-rate") ? number(ram, "dirty-pages-rate", where) * pageSize : -1,
				ram.containsKey("mbps") ? number(ram, "mbps", where) * 1e6 / 8 : -1,
				ram.containsKey("dirty-sync-count") ? (int) Math.min(Integer.MAX_VALUE, number(ram, "dirty-sync-count", where))
						: -1);
	}

	private static Map<?, ?> object(Object value, String where, String what) throws CalibrationInputException {
		if (value instanceof Map<?, ?> map) {
			return map;
		}
		throw new CalibrationInputException(where + ": expected " + what);
	}

	private static Object field(Map<?, ?> map, String key, String where) throws CalibrationInputException {
		if (!map.containsKey(key)) {
			throw new CalibrationInputException(where + ": missing '" + key + "'");
		}
		return map.get(key);
	}

	private static double number(Map<?, ?> map, String key, String where) throws CalibrationInputException {
		if (field(map, key, where) instanceof Double value && value >= 0) {
			return value;
		}
		throw new CalibrationInputException(where + ": '" + key + "' must be a number >= 0, not " + map.get(key));
	}
}
