package org.vmmig.engine.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * libvirt's job statistics as {@code virsh domjobinfo --completed} prints them (in the C locale): one
 * "Key: value [unit]" per line, several jobs separated by blank lines. Sizes are in binary units (virsh's
 * vshPrettyCapacity: B, KiB … EiB, "/s" for rates, three decimals), times in ms, the dirty rate in
 * pages/s. Keys not read here are ignored. docs/calibration-formats.md has the details.
 */
final class LibvirtJobInfo {

	private record Field(String value, int line) {
	}

	/** The lines of one job, by key; line is where the job starts. */
	private record Job(int line, Map<String, Field> fields) {
	}

	/** What follows the number of a value. */
	private enum Form {
		MILLISECONDS("'ms'"), BYTES("'bytes'"), PAGES_PER_SECOND("'pages/s'"), COUNT("no unit"),
		SIZE("a size unit (B, KiB, MiB, GiB, TiB, PiB, EiB)"), RATE("a rate unit (B/s, KiB/s, MiB/s, GiB/s, TiB/s, …)");

		final String expected;

		Form(String expected) {
			this.expected = expected;
		}
	}

	private static final Map<String, Double> SIZES = Map.of("B", 1.0, "KiB", 0x1p10, "MiB", 0x1p20, "GiB", 0x1p30,
			"TiB", 0x1p40, "PiB", 0x1p50, "EiB", 0x1p60);
	/** virsh prints integers (%llu) or three decimals (%.3lf); no sign, no exponent. */
	private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
	private static final Pattern LOCALE_DECIMAL = Pattern.compile("\\d+,\\d+");

	private final String file;

	LibvirtJobInfo(String file) {
		this.file = file;
	}

	List<MeasuredMigration> read(String text) throws CalibrationInputException {
		List<MeasuredMigration> migrations = new ArrayList<>();
		for (Job job : jobs(text)) {
			migrations.add(migration(job));
		}
		if (migrations.isEmpty()) {
			throw new CalibrationInputException(file + ": no job information found");
		}
		return migrations;
	}

	private List<Job> jobs(String text) throws CalibrationInputException {
		List<Job> jobs = new ArrayList<>();
		Job job = null;
		String[] lines = text.split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			int number = i + 1;
			String line = lines[i].strip();
			if (line.isEmpty()) {
				job = null;
				continue;
			}
			int colon = line.indexOf(':');
			if (colon <= 0) {
				throw new CalibrationInputException(file + ":" + number + ": expected 'Key: value', found '"
						+ Messages.abbreviate(line) + "'");
			}
			String key = line.substring(0, colon).strip();
			Field field = new Field(line.substring(colon + 1).strip(), number);
			if (key.equals("error")) { // virsh's own error, captured with 2>&1
				throw at(field, "virsh reported an error: " + Messages.abbreviate(field.value()));
			}
			if (job == null) {
				job = new Job(number, new LinkedHashMap<>());
				jobs.add(job);
			}
			if (job.fields().putIfAbsent(key, field) != null) {
				throw at(field, "'" + Messages.abbreviate(key) + "' appears twice in the job starting on line "
						+ job.line() + " (separate jobs with a blank line)");
			}
		}
		return jobs;
	}

	private MeasuredMigration migration(Job job) throws CalibrationInputException {
		Field type = job.fields().get("Job type");
		if (type == null) {
			throw missing(job, "'Job type'");
		}
		// libvirt keeps what it has of a failed or cancelled job; what it lacks reads as 0 (see MeasuredMigration)
		boolean completed = type.value().equals("Completed");
		double elapsed = required(job, completed, Form.MILLISECONDS, "Time elapsed");
		double downtime = required(job, completed, Form.MILLISECONDS, "Total downtime");
		double processed = required(job, completed, Form.SIZE, "Data processed", "Memory processed");
		double memory = required(job, completed, Form.SIZE, "Memory total", "Data total");
		if (completed && memory == 0) {
			Field total = job.fields().getOrDefault("Memory total", job.fields().get("Data total"));
			throw at(total, "the guest's memory is 0, but a completed migration moved memory");
		}
		double pageSize = optional(job, "Page size", Form.BYTES).orElse(QemuMigrationInfo.DEFAULT_PAGE_SIZE);
		if (pageSize == 0 || pageSize != Math.rint(pageSize)) {
			throw at(job.fields().get("Page size"), "'Page size' must be a whole number > 0");
		}
		OptionalDouble dirtyPages = optional(job, "Dirty rate", Form.PAGES_PER_SECOND);
		// libvirt takes a completed job's statistics from QEMU's completed reply, whose dirty rate is 0
		// whatever the guest did: 0 there means "not reported"
		if (completed && dirtyPages.orElse(-1) == 0) {
			dirtyPages = OptionalDouble.empty();
		}
		OptionalDouble iterations = optional(job, "Iteration", Form.COUNT);
		if (iterations.orElse(0) > Integer.MAX_VALUE || iterations.orElse(0) != Math.rint(iterations.orElse(0))) {
			throw at(job.fields().get("Iteration"), "'Iteration' must be a whole number up to " + Integer.MAX_VALUE);
		}
		OptionalDouble zeroPages = optional(job, "Constant pages", Form.COUNT);
		return new MeasuredMigration(file + ":" + job.line(), elapsed / 1000, downtime / 1000, processed, memory,
				dirtyPages.isPresent() ? OptionalDouble.of(dirtyPages.getAsDouble() * pageSize) : OptionalDouble.empty(),
				optional(job, "Memory bandwidth", Form.RATE),
				iterations.isPresent() ? OptionalInt.of((int) iterations.getAsDouble()) : OptionalInt.empty(),
				type.value(), zeroPages.isPresent()
						? OptionalDouble.of(Math.min(memory, zeroPages.getAsDouble() * pageSize)) : OptionalDouble.empty());
	}

	/** The first of the keys the job has; when it has none, an error if required, else 0. */
	private double required(Job job, boolean required, Form form, String... keys) throws CalibrationInputException {
		for (String key : keys) {
			OptionalDouble value = optional(job, key, form);
			if (value.isPresent()) {
				return value.getAsDouble();
			}
		}
		if (required) {
			throw missing(job, "'" + String.join("' or '", keys) + "'");
		}
		return 0;
	}

	/** A value in base units (bytes, bytes/s, ms, pages/s or a count as written), if the job has the key. */
	private OptionalDouble optional(Job job, String key, Form form) throws CalibrationInputException {
		Field field = job.fields().get(key);
		if (field == null) {
			return OptionalDouble.empty();
		}
		String[] parts = field.value().split("\\s+", 2);
		if (!NUMBER.matcher(parts[0]).matches()) {
			String hint = LOCALE_DECIMAL.matcher(parts[0]).matches() ? " (decimals need a '.': run virsh with LC_ALL=C)" : "";
			throw at(field, "'" + key + "' has no number: '" + Messages.abbreviate(field.value()) + "'" + hint);
		}
		String unit = parts.length > 1 ? parts[1] : null;
		double factor = factor(form, unit);
		if (factor == 0) {
			throw at(field, "'" + key + "' has " + (unit == null ? "no unit" : "the unit '" + Messages.abbreviate(unit) + "'")
					+ ", expected " + form.expected);
		}
		double value = Double.parseDouble(parts[0]) * factor;
		if (value > QemuMigrationInfo.MAX_COUNTER) { // libvirt's counters are 64-bit too
			throw at(field, "'" + key + "' is out of range: '" + Messages.abbreviate(field.value()) + "'");
		}
		return OptionalDouble.of(value);
	}

	/** The factor from the unit written to the base unit, 0 when the unit does not fit the form. */
	private static double factor(Form form, String unit) {
		return switch (form) {
		case MILLISECONDS -> "ms".equals(unit) ? 1 : 0;
		case BYTES -> "bytes".equals(unit) ? 1 : 0;
		case PAGES_PER_SECOND -> "pages/s".equals(unit) ? 1 : 0;
		case COUNT -> unit == null ? 1 : 0;
		case SIZE -> unit == null ? 0 : SIZES.getOrDefault(unit, 0.0);
		case RATE -> unit == null || !unit.endsWith("/s") ? 0
				: SIZES.getOrDefault(unit.substring(0, unit.length() - 2), 0.0);
		};
	}

	private CalibrationInputException missing(Job job, String keys) {
		return new CalibrationInputException(file + ":" + job.line() + ": the job starting here has no " + keys);
	}

	private CalibrationInputException at(Field field, String message) {
		return new CalibrationInputException(file + ":" + field.line() + ": " + message);
	}
}
