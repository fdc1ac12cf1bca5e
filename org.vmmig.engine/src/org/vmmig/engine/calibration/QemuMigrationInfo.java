package org.vmmig.engine.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * QEMU's QAPI {@code MigrationInfo}, the reply of QMP {@code query-migrate}, with or without the
 * {@code {"return": …}} envelope. Times are in ms; {@code ram.transferred}, {@code ram.total} and
 * {@code disk.transferred} in bytes; {@code ram.duplicate} counts zero pages; {@code ram.dirty-pages-rate}
 * is in pages/s, {@code ram.mbps} in Mbit/s (10^6 bit/s); {@code ram.dirty-sync-count} counts the memory
 * iterations. Other members are ignored. docs/calibration-formats.md has the details.
 */
final class QemuMigrationInfo {

	/** QEMU's counters are unsigned 64-bit integers: a larger value is not a measurement. */
	static final double MAX_COUNTER = 0x1p64;
	/** QAPI's page-size is absent before QEMU 2.10; those QEMUs used the 4 KiB target page (x86). */
	static final double DEFAULT_PAGE_SIZE = 4096;

	private final String file;

	QemuMigrationInfo(String file) {
		this.file = file;
	}

	/** Each document is one reply or an array of replies; records are numbered from 1 across the file. */
	List<MeasuredMigration> read(List<Json> documents) throws CalibrationInputException {
		List<MeasuredMigration> migrations = new ArrayList<>();
		for (Json document : documents) {
			if (document.isArray() && document.elements().isEmpty()) {
				throw new CalibrationInputException(file + ":" + document.line() + ":" + document.column()
						+ ": an empty array holds no query-migrate reply");
			}
			for (Json reply : document.isArray() ? document.elements() : List.of(document)) {
				migrations.add(new Reply(migrations.size() + 1).migration(reply));
			}
		}
		return migrations;
	}

	/** One reply, numbered for messages and for the record's source. */
	private final class Reply {

		private final int index;

		Reply(int index) {
			this.index = index;
		}

		MeasuredMigration migration(Json reply) throws CalibrationInputException {
			Section info = object(reply, "", "a query-migrate reply");
			if (info.has("error")) {
				throw qmpError(info.json.members().get("error"));
			}
			if (info.has("return")) {
				info = object(info.json.members().get("return"), "", "the reply's 'return'");
			}
			Json statusValue = info.require("status"); // QEMU leaves it out only when no migration ever ran
			if (!(statusValue.value() instanceof String status)) {
				throw error(statusValue, "'status' must be a string, not " + statusValue.kind());
			}
			// QEMU reports only the status (and error-desc) of a failed or cancelled migration, no times
			// or amounts: for such a record, missing amounts read as 0 instead of being errors.
			boolean completed = status.equals("completed");
			double totalMs = info.number("total-time", completed);
			double downtimeMs = info.number("downtime", completed);
			Section ram = info.section("ram", completed);
			Section disk = info.section("disk", false);
			double memory = ram == null ? 0 : ram.number("total", completed);
			if (completed && memory == 0) {
				throw error(ram.json.members().get("total"), "'ram.total' is 0, but a completed migration moved memory");
			}
			double transferred = (ram == null ? 0 : ram.number("transferred", completed))
					+ (disk == null ? 0 : disk.number("transferred", false));
			if (ram == null) {
				return new MeasuredMigration(file + "#" + index, totalMs / 1000, downtimeMs / 1000, transferred, memory,
						OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.empty(), status);
			}
			double pageSize = ram.optionalWholeNumber("page-size").orElse(DEFAULT_PAGE_SIZE);
			if (pageSize == 0) {
				throw error(ram.json.members().get("page-size"), "'ram.page-size' must be > 0");
			}
			OptionalDouble dirtyPages = ram.optionalNumber("dirty-pages-rate");
			// QEMU sets the dirty rate only while the migration runs; a completed reply carries 0
			// (migration.c, populate_ram_info), which means "not reported", not "nothing was dirtied".
			if (completed && dirtyPages.orElse(-1) == 0) {
				dirtyPages = OptionalDouble.empty();
			}
			OptionalDouble mbps = ram.optionalNumber("mbps");
			OptionalDouble zeroPages = ram.optionalNumber("duplicate");
			OptionalDouble iterations = ram.optionalWholeNumber("dirty-sync-count");
			if (iterations.orElse(0) > Integer.MAX_VALUE) {
				throw error(ram.json.members().get("dirty-sync-count"), "'ram.dirty-sync-count' is out of range: "
						+ Messages.number(iterations.getAsDouble()));
			}
			return new MeasuredMigration(file + "#" + index, totalMs / 1000, downtimeMs / 1000, transferred, memory,
					times(dirtyPages, pageSize), times(mbps, 1e6 / 8),
					iterations.isPresent() ? OptionalInt.of((int) iterations.getAsDouble()) : OptionalInt.empty(),
					status, zeroPages.isPresent() ? OptionalDouble.of(Math.min(memory, zeroPages.getAsDouble() * pageSize))
							: OptionalDouble.empty());
		}

		private Section object(Json value, String path, String what) throws CalibrationInputException {
			if (!value.isObject()) {
				throw error(value, "expected " + what + " (an object), found " + value.kind());
			}
			return new Section(value, path);
		}

		private CalibrationInputException qmpError(Json error) {
			Json description = error.isObject() ? error.members().get("desc") : null;
			return error(error, "QEMU replied with an error"
					+ (description != null && description.value() instanceof String text ? ": " + Messages.abbreviate(text) : ""));
		}

		private CalibrationInputException error(Json at, String message) {
			return new CalibrationInputException(
					file + ":" + at.line() + ":" + at.column() + ": migration #" + index + ": " + message);
		}

		/** An object of the reply; path ("ram.") names its members in messages. */
		private final class Section {

			private final Json json;
			private final String path;

			Section(Json json, String path) {
				this.json = json;
				this.path = path;
			}

			boolean has(String key) {
				return json.members().containsKey(key);
			}

			Json require(String key) throws CalibrationInputException {
				Json value = json.members().get(key);
				if (value == null) {
					throw error(json, "missing '" + path + key + "'");
				}
				return value;
			}

			/** The member object, or null when it is absent and not required. */
			Section section(String key, boolean required) throws CalibrationInputException {
				if (!required && !has(key)) {
					return null;
				}
				return object(require(key), path + key + ".", "'" + path + key + "'");
			}

			/** A required number, or 0 when absent and not required. */
			double number(String key, boolean required) throws CalibrationInputException {
				return required || has(key) ? checked(key, require(key)) : 0;
			}

			OptionalDouble optionalNumber(String key) throws CalibrationInputException {
				return has(key) ? OptionalDouble.of(checked(key, require(key))) : OptionalDouble.empty();
			}

			OptionalDouble optionalWholeNumber(String key) throws CalibrationInputException {
				OptionalDouble value = optionalNumber(key);
				if (value.isPresent() && value.getAsDouble() != Math.rint(value.getAsDouble())) {
					throw error(require(key), "'" + path + key + "' must be a whole number, not "
							+ Messages.number(value.getAsDouble()));
				}
				return value;
			}

			private double checked(String key, Json value) throws CalibrationInputException {
				String name = "'" + path + key + "'";
				if (!(value.value() instanceof Double number)) {
					throw error(value, name + " must be a number, not " + value.kind());
				}
				if (number < 0) {
					throw error(value, name + " must be >= 0, not " + Messages.number(number));
				}
				if (number > MAX_COUNTER) {
					throw error(value, name + " is out of range: " + Messages.number(number));
				}
				return number;
			}
		}
	}

	private static OptionalDouble times(OptionalDouble value, double factor) {
		return value.isPresent() ? OptionalDouble.of(value.getAsDouble() * factor) : OptionalDouble.empty();
	}
}
