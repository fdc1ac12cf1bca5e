package org.vmmig.engine.calibration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads workload facts for a model's VMs from what hypervisors print (docs/calibration-formats.md):
 * <ul>
 * <li>QEMU's {@code query-dirty-rate} reply (after {@code calc-dirty-rate}): {@code dirty-rate} in MiB/s — QAPI
 * says "MB/s", but {@code migration/dirtyrate.c} computes it from block sizes shifted by 20 bits;
 * <li>libvirt's {@code virsh domstats --dirtyrate}: {@code dirtyrate.megabytes_per_second} (MiB/s, libvirt's
 * documentation) of a domain whose {@code dirtyrate.calc_status} is 2 (measured);
 * <li>a completed migration's {@code query-migrate} reply or {@code virsh domjobinfo --completed}: the zero-page
 * share, {@code ram.duplicate} (libvirt: {@code Constant pages}) × page size / {@code ram.total}. A fresh guest's
 * zero pages are sent once, in the first pass, so the count is the share of its memory that was zero.
 * </ul>
 * Told apart by content: a JSON reply with {@code dirty-rate} or {@code calc-time} is query-dirty-rate, other JSON is
 * query-migrate; text starting with {@code Domain:} is domstats, other text domjobinfo.
 */
public final class WorkloadReader {

	static final double MIB = 1024 * 1024;
	/** virDomainDirtyRateStatus: 0 unstarted, 1 measuring, 2 measured (libvirt-domain.h). */
	static final String MEASURED = "2";

	public List<WorkloadFact> read(Path file) throws IOException, CalibrationInputException {
		String name = file.toString();
		if (Files.size(file) > MeasurementReader.MAX_BYTES) {
			throw new CalibrationInputException(name + ": larger than " + (MeasurementReader.MAX_BYTES >> 20)
					+ " MiB, not a hypervisor's output");
		}
		String text = MeasurementReader.decode(name, Files.readAllBytes(file));
		if (text.isBlank()) {
			throw new CalibrationInputException(name + ": the file is empty");
		}
		char first = text.strip().charAt(0);
		if (first == '{' || first == '[') {
			List<Json> documents = new JsonReader(name, text).readAll();
			return isDirtyRateReply(documents) ? dirtyRates(name, documents) : zeroPages(new QemuMigrationInfo(name).read(documents));
		}
		if (text.strip().startsWith("Domain:")) {
			return domstats(name, text);
		}
		return zeroPages(new LibvirtJobInfo(name).read(text));
	}

	private static boolean isDirtyRateReply(List<Json> documents) {
		Json first = documents.get(0);
		if (first.isArray() && !first.elements().isEmpty()) {
			first = first.elements().get(0);
		}
		if (first.isObject() && first.members().get("return") != null && first.members().get("return").isObject()) {
			first = first.members().get("return");
		}
		return first.isObject() && (first.members().containsKey("dirty-rate") || first.members().containsKey("calc-time"));
	}

	private static List<WorkloadFact> dirtyRates(String file, List<Json> documents) throws CalibrationInputException {
		List<WorkloadFact> facts = new ArrayList<>();
		for (Json document : documents) {
			for (Json reply : document.isArray() ? document.elements() : List.of(document)) {
				String source = file + "#" + (facts.size() + 1);
				Json info = reply.isObject() && reply.members().get("return") != null ? reply.members().get("return") : reply;
				if (!info.isObject()) {
					throw at(file, info, "expected a query-dirty-rate reply (an object), found " + info.kind());
				}
				Json status = info.members().get("status");
				if (status == null || !"measured".equals(status.value())) {
					throw at(file, info, "the dirty rate is not measured yet (status "
							+ (status == null ? "missing" : "'" + Messages.abbreviate(String.valueOf(status.value())) + "'")
							+ "): query-dirty-rate again after calc-dirty-rate's calc-time");
				}
				Json rate = info.members().get("dirty-rate");
				if (rate == null) {
					throw at(file, info, "missing 'dirty-rate'");
				}
				if (!(rate.value() instanceof Double mib) || mib < 0) {
					throw at(file, rate, "'dirty-rate' must be a number >= 0 (MiB/s)");
				}
				Json calcTime = info.members().get("calc-time");
				Json mode = info.members().get("mode");
				facts.add(new WorkloadFact(source, null, WorkloadFact.Kind.DIRTY_RATE, mib * MIB,
						String.format(Locale.ROOT, "query-dirty-rate: %s MiB/s over %s s%s", Messages.number(mib),
								calcTime == null ? "?" : Messages.number(calcTime.value() instanceof Double d ? d : 0),
								mode != null && mode.value() instanceof String m ? " (" + Messages.abbreviate(m) + ")" : "")));
			}
		}
		return facts;
	}

	private static CalibrationInputException at(String file, Json value, String message) {
		return new CalibrationInputException(file + ":" + value.line() + ":" + value.column() + ": " + message);
	}

	private static List<WorkloadFact> zeroPages(List<MeasuredMigration> migrations) throws CalibrationInputException {
		List<WorkloadFact> facts = new ArrayList<>();
		for (MeasuredMigration m : migrations) {
			if (!m.completed()) {
				continue; // a trace's replies, a failed job: their counts are not the whole memory's
			}
			if (m.zeroPageBytes().isEmpty()) {
				throw new CalibrationInputException(m.source() + ": the completed migration does not report its zero"
						+ " pages ('ram.duplicate', libvirt's 'Constant pages')");
			}
			double share = Math.min(1, m.zeroPageBytes().getAsDouble() / m.memoryBytes());
			facts.add(new WorkloadFact(m.source(), null, WorkloadFact.Kind.ZERO_PAGES, share, String.format(Locale.ROOT,
					"%.1f MiB of zero pages of %.1f MiB of memory", m.zeroPageBytes().getAsDouble() / MIB,
					m.memoryBytes() / MIB)));
		}
		if (facts.isEmpty()) {
			throw new CalibrationInputException(migrations.get(0).source().replaceAll("[#:][0-9]+$", "")
					+ ": no completed migration: zero pages are counted only once a migration completed");
		}
		return facts;
	}

	/** {@code Domain: 'vm1'} then indented {@code key=value} lines; one block per domain. */
	private static List<WorkloadFact> domstats(String file, String text) throws CalibrationInputException {
		List<WorkloadFact> facts = new ArrayList<>();
		String[] lines = text.split("\r?\n", -1);
		String domain = null;
		int domainLine = 0;
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, Integer> where = new LinkedHashMap<>();
		for (int i = 0; i <= lines.length; i++) {
			String line = i < lines.length ? lines[i].strip() : "Domain: ''";
			if (line.isEmpty()) {
				continue;
			}
			if (line.startsWith("Domain:")) {
				if (domain != null) {
					facts.add(domainFact(file, domain, domainLine, values, where));
				}
				String quoted = line.substring("Domain:".length()).strip();
				domain = quoted.length() >= 2 && quoted.startsWith("'") && quoted.endsWith("'")
						? quoted.substring(1, quoted.length() - 1) : quoted;
				domainLine = i + 1;
				values.clear();
				where.clear();
				continue;
			}
			int equals = line.indexOf('=');
			if (equals <= 0 || domain == null) {
				throw new CalibrationInputException(file + ":" + (i + 1) + ": expected 'key=value' under a 'Domain:' line, found '"
						+ Messages.abbreviate(line) + "'");
			}
			values.put(line.substring(0, equals), line.substring(equals + 1));
			where.put(line.substring(0, equals), i + 1);
		}
		return facts;
	}

	private static WorkloadFact domainFact(String file, String domain, int line, Map<String, String> values,
			Map<String, Integer> where) throws CalibrationInputException {
		String source = file + ":" + line;
		String status = values.get("dirtyrate.calc_status");
		if (status == null) {
			throw new CalibrationInputException(source + ": domain '" + Messages.abbreviate(domain)
					+ "' has no 'dirtyrate.calc_status': run virsh domdirtyrate-calc first, then virsh domstats --dirtyrate");
		}
		if (!status.equals(MEASURED)) {
			throw new CalibrationInputException(file + ":" + where.get("dirtyrate.calc_status") + ": domain '"
					+ Messages.abbreviate(domain) + "': the dirty rate is not measured (dirtyrate.calc_status="
					+ Messages.abbreviate(status) + "; 2 is measured)");
		}
		String rate = values.get("dirtyrate.megabytes_per_second");
		if (rate == null) {
			throw new CalibrationInputException(source + ": domain '" + Messages.abbreviate(domain)
					+ "' has no 'dirtyrate.megabytes_per_second'");
		}
		if (!rate.matches("\\d{1,15}")) {
			throw new CalibrationInputException(file + ":" + where.get("dirtyrate.megabytes_per_second")
					+ ": 'dirtyrate.megabytes_per_second' must be a whole number of MiB/s, not '" + Messages.abbreviate(rate) + "'");
		}
		String period = values.getOrDefault("dirtyrate.calc_period", "?");
		return new WorkloadFact(source, domain, WorkloadFact.Kind.DIRTY_RATE, Long.parseLong(rate) * MIB,
				"domstats: " + rate + " MiB/s over " + Messages.abbreviate(period) + " s");
	}
}
