package org.vmmig.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.vmmig.dsl.VmigStandaloneSetup;

import com.google.inject.Injector;

/**
 * One import, as vmmig import, the Maven plugin's import goal and the workbench's Import Estate wizard run it: an
 * export's kind and files to a model's text. Nothing is written here: each front end writes the text whole.
 */
public final class EstateImport {

	/** The kinds of export, as --from names them. */
	public static final List<String> KINDS = List.of("libvirt", "kubevirt", "openstack");

	/** The model's text and what it holds. */
	public record Result(String text, int hosts, int vms) {
	}

	private static Injector standalone;

	private EstateImport() {
	}

	/**
	 * An import outside OSGi (the command line, the Maven plugin), with the language's standalone set-up.
	 *
	 * @see #of(Injector, String, List, double, double)
	 */
	public static Result of(String kind, List<Path> exports, double nicBitsPerSecond, double networkBitsPerSecond)
			throws ImportException, IOException {
		return of(standaloneInjector(), kind, exports, nicBitsPerSecond, networkBitsPerSecond);
	}

	/**
	 * @param injector             the language's injector of the program importing (the workbench passes its own, so
	 *                             that no second set-up replaces the language's global registrations)
	 * @param nicBitsPerSecond     every host's NIC speed, 0 when unknown (a placeholder)
	 * @param networkBitsPerSecond the network's bandwidth, 0 when unknown (a placeholder)
	 */
	public static Result of(Injector injector, String kind, List<Path> exports, double nicBitsPerSecond,
			double networkBitsPerSecond) throws ImportException, IOException {
		if (!KINDS.contains(kind)) {
			throw new ImportException("unknown export kind '" + kind + "'; expected " + String.join(", ", KINDS));
		}
		if (!kind.equals("openstack") && exports.size() != 1) {
			throw new ImportException("an import from " + kind + " reads one export, not " + exports.size());
		}
		Estate estate = switch (kind) {
		case "libvirt" -> LibvirtExport.read(exports.get(0));
		case "kubevirt" -> KubevirtExport.read(exports.get(0));
		default -> OpenstackExport.read(exports);
		};
		String names = String.join(", ",
				exports.stream().map(e -> e.toAbsolutePath().normalize().getFileName().toString()).toList());
		String text = new ModelWriter(injector).write(estate, "the " + kind + " export " + names, nicBitsPerSecond, networkBitsPerSecond);
		return new Result(text, estate.hosts().size(), estate.vms().size());
	}

	private static synchronized Injector standaloneInjector() {
		if (standalone == null) {
			standalone = new VmigStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return standalone;
	}

	/** A data rate such as "10Gbps" in bits per second; 0 for none given. */
	public static double bitsPerSecond(String option, String text) throws ImportException {
		if (text == null || text.isBlank()) {
			return 0;
		}
		try {
			org.vmmig.engine.units.Quantity q = org.vmmig.engine.units.Quantity.parse(text);
			if (q.dimension() != org.vmmig.engine.units.Dimension.DATA_RATE || q.value() <= 0) {
				throw new ImportException(option + " expects a positive data rate such as 10Gbps, not '" + text + "'");
			}
			return q.toBase() * 8;
		} catch (IllegalArgumentException e) {
			throw new ImportException(option + ": " + e.getMessage());
		}
	}
}
