package org.vmmig.engine.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vmmig.engine.units.Unit;

/**
 * libvirt's job statistics as {@code virsh domjobinfo --completed} prints them: one "Key: value [unit]"
 * per line, jobs separated by blank lines. Sizes use libvirt's binary units (B, KiB … TiB, /s for
 * rates), times are in ms, the dirty rate in pages/s.
 */
final class LibvirtJobInfo {

	private record Field(String value, int line) {
	}

	private final String file;

	LibvirtJobInfo(String file) {
		this.file = file;
	}

	List<MeasuredMigration> read(String text) throws CalibrationInputException {
		List<MeasuredMigration> migrations = new ArrayList<>();
		Map<String, Field> job = new LinkedHashMap<>();
		int jobLine = 1;
		String[] lines = text.split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				if (!job.isEmpty()) {
					migrations.add(migration(job, jobLine));
					job = new LinkedHashMap<>();
				}
				continue;
			}
			int colon = line.indexOf(':');
			if (colon <= 0) {
				throw new CalibrationInputException(file + ":" + (i + 1) + ": expected 'Key: value', got '"
						+ abbreviate(line) + "'");
			}
			if (job.isEmpty()) {
				jobLine = i + 1;
			}
			job.put(line.substring(0, colon).strip(), new Field(line.substring(colon + 1).strip(), i + 1));
		}
		if (!job.isEmpty()) {
			migrations.add(migration(job, jobLine));
		}
		if (migrations.isEmpty()) {
			throw new CalibrationInputException(file + ": no job information found");
		}
		return migrations;
	}

	private MeasuredMigration migration(Map<String, Field> job, int line) throws CalibrationInputException {
		String where = file + ":" + line;
		double pageSize = job.containsKey("Page size") ? quantity(job, "Page size", "bytes") : 4096;
		double memory = job.containsKey("Memory total") ? quantity(job, "Memory total", null)
				: quantity(job, "Data total", null);
		double processed = job.containsKey("Data processed") ? quantity(job, "Data processed", null)
				: quantity(job, "Memory processed", null);
		Field type = job.get("Job type");
		return new MeasuredMigration(where, type != null && type.value().equalsIgnoreCase("Completed"),
				quantity(job, "Time elapsed", "ms") / 1000, quantity(job, "Total downtime", "ms") / 1000, processed,
				memory, job.containsKey("Constant pages") ? Math.min(memory, quantity(job, "Constant pages", "") * pageSize) : 0,
				job.containsKey("Dirty rate") ? quantity(job, "Dirty rate", "pages/s") * pageSize : -1,
				job.containsKey("Memory bandwidth") ? quantity(job, "Memory bandwidth", null) : -1,
				job.containsKey("Iteration") ? (int) Math.min(Integer.MAX_VALUE, quantity(job, "Iteration", "")) : -1);
	}

	/**
	 * A field's number in base units. {@code plainUnit} is the word libvirt writes after plain numbers
	 * ("ms", "pages/s", "bytes", "" for none); null means a size or rate with a unit symbol.
	 */
	private double quantity(Map<String, Field> job, String key, String plainUnit) throws CalibrationInputException {
		Field field = job.get(key);
		if (field == null) {
			throw new CalibrationInputException(file + ": a job has no '" + key + "'");
		}
		String[] parts = field.value().split("\\s+");
		double number;
		try {
			number = Double.parseDouble(parts[0]);
		} catch (NumberFormatException e) {
			throw bad(field, key);
		}
		if (!Double.isFinite(number) || number < 0) {
			throw bad(field, key);
		}
		if (plainUnit != null) {
			return number;
		}
		String symbol = parts.length > 1 ? parts[1] : "B";
		Optional<Unit> unit = Unit.bySymbol(symbol);
		if (unit.isEmpty()) {
			throw new CalibrationInputException(file + ":" + field.line() + ": '" + key + "' has an unknown unit '"
					+ abbreviate(symbol) + "'");
		}
		return number * unit.get().toBase();
	}

	private CalibrationInputException bad(Field field, String key) {
		return new CalibrationInputException(file + ":" + field.line() + ": '" + key + "' has no number: '"
				+ abbreviate(field.value()) + "'");
	}

	private static String abbreviate(String text) {
		return text.length() > 60 ? text.substring(0, 57) + "..." : text;
	}
}
