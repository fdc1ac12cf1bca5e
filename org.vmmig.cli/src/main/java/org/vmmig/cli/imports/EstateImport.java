package org.vmmig.cli.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** One import, as vmmig import and the Maven plugin's import goal run it: an export's kind and files to a model's text. */
public final class EstateImport {

	/** The kinds of export, as --from names them. */
	public static final List<String> KINDS = List.of("libvirt", "kubevirt", "openstack");

	/** The model's text and what it holds. */
	public record Result(String text, int hosts, int vms) {
	}

	private EstateImport() {
	}

	/**
	 * @param nicBitsPerSecond     every host's NIC speed, 0 when unknown (a placeholder)
	 * @param networkBitsPerSecond the network's bandwidth, 0 when unknown (a placeholder)
	 */
	public static Result of(String kind, List<Path> exports, double nicBitsPerSecond, double networkBitsPerSecond)
			throws ImportException, IOException {
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
		String text = new ModelWriter().write(estate, "the " + kind + " export " + names, nicBitsPerSecond, networkBitsPerSecond);
		return new Result(text, estate.hosts().size(), estate.vms().size());
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
