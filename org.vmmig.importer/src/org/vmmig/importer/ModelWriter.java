package org.vmmig.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.vmmig.dsl.vmig.Host;
import org.vmmig.dsl.vmig.HostList;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Network;
import org.vmmig.dsl.vmig.Quantity;
import org.vmmig.dsl.vmig.StorageKind;
import org.vmmig.dsl.vmig.Vm;
import org.vmmig.dsl.vmig.VmigFactory;

import com.google.inject.Injector;

/**
 * Writes an {@link Estate} as a .vmig model through the language's own serializer and formatter, so that it parses,
 * validates and reads like a hand-written one. What the export could not tell is listed in a header marked
 * PLACEHOLDER and is never invented: what the engine cannot do without is left out (the validator reports the missing
 * NIC speeds and network bandwidth as errors), the rest is written {@code unknown} (a dirty rate, whether disks are
 * local), which the validator reports as a warning where it stands.
 */
public final class ModelWriter {

	private static final double GIB = 1024.0 * 1024 * 1024;
	private static final double MIB = 1024.0 * 1024;

	private final Injector injector;
	private final Set<String> keywords = new HashSet<>();
	private final Map<String, String> names = new HashMap<>();

	/** @param injector the language's injector of the program that imports (its serializer and formatter) */
	public ModelWriter(Injector injector) {
		this.injector = injector;
		IGrammarAccess grammar = injector.getInstance(IGrammarAccess.class);
		keywords.addAll(GrammarUtil.getAllKeywords(grammar.getGrammar()));
		// words the language lets a name be (its ValidID rule) need no change
		EcoreUtil2.getAllContentsOfType(GrammarUtil.findRuleForName(grammar.getGrammar(), "ValidID"), Keyword.class)
				.forEach(k -> keywords.remove(k.getValue()));
	}

	/**
	 * The model's text.
	 *
	 * @param source           what was imported, for the header ("the libvirt export in estate/")
	 * @param nicBitsPerSecond every host's NIC speed when the user gives it (0: unknown, a placeholder)
	 * @param networkBitsPerSecond the network's bandwidth when the user gives it (0: unknown, a placeholder)
	 */
	public String write(Estate estate, String source, double nicBitsPerSecond, double networkBitsPerSecond) {
		VmigFactory f = VmigFactory.eINSTANCE;
		Model model = f.createModel();
		Map<String, Host> hosts = new HashMap<>();
		for (Estate.Host h : estate.hosts()) {
			Host host = f.createHost();
			host.setName(name(h.name()));
			if (h.memoryBytes() > 0) { // unknown: left out, the validator asks for it
				host.setMemory(size(h.memoryBytes()));
			}
			if (h.cores() > 0) {
				host.setCores(h.cores());
			}
			double nic = h.nicBitsPerSecond() > 0 ? h.nicBitsPerSecond() : nicBitsPerSecond;
			if (nic > 0) {
				host.setNic(rate(nic));
			}
			hosts.put(h.name(), host);
			model.getElements().add(host);
		}
		Network network = f.createNetwork();
		network.setName(networkBitsPerSecond > 0 ? "imported_network" : "placeholder_network");
		if (networkBitsPerSecond > 0) {
			network.setBandwidth(rate(networkBitsPerSecond));
		}
		HostList connects = f.createHostList();
		connects.getHosts().addAll(model.getElements().stream().map(Host.class::cast).toList());
		network.setConnects(connects);
		if (!estate.hosts().isEmpty()) {
			model.getElements().add(network);
		}
		for (Estate.Vm v : estate.vms()) {
			model.getElements().add(vm(v, hosts.get(v.host())));
		}
		XtextResourceSet resources = injector.getInstance(XtextResourceSet.class);
		resources.createResource(URI.createURI("imported.vmig")).getContents().add(model);
		String text = injector.getInstance(ISerializer.class).serialize(model,
				SaveOptions.newBuilder().format().getOptions());
		return header(estate, source, nicBitsPerSecond, networkBitsPerSecond) + text.strip() + "\n";
	}

	private Vm vm(Estate.Vm v, Host host) {
		Vm vm = VmigFactory.eINSTANCE.createVm();
		vm.setName(name(v.name()));
		if (v.memoryBytes() > 0) {
			vm.setMemory(size(v.memoryBytes()));
		}
		if (v.vcpus() > 0) {
			vm.setVcpus(v.vcpus());
		}
		if (v.dirtyBytesPerSecond() >= 0) {
			vm.setDirtyRate(quantity(v.dirtyBytesPerSecond() / MIB, "MiB/s"));
		} else {
			vm.setDirtyRateUnknown(true); // a placeholder the validator reports, not an idle guest passed off as measured
		}
		if (v.diskBytes() > 0) {
			vm.setDisk(size(v.diskBytes()));
		}
		switch (v.storage()) {
		case SHARED -> vm.setStorage(StorageKind.SHARED); // the language's default: written only when set apart
		case LOCAL -> vm.setStorage(StorageKind.LOCAL);
		case UNKNOWN -> vm.setStorageUnknown(true);
		case NOT_SAID -> { }
		}
		vm.setHost(host);
		return vm;
	}

	private String header(Estate estate, String source, double nic, double network) {
		StringBuilder header = new StringBuilder("// Imported by vmmig import from " + source + ".\n");
		List<String> unknown = estate.unknowns().stream()
				.filter(u -> !(nic > 0 && u.contains("NIC speed")) && !(network > 0 && u.startsWith("the network between")))
				.toList();
		if (!unknown.isEmpty()) {
			header.append("// PLACEHOLDER: what the export cannot tell, not invented; fill it in (the validator reports a\n")
					.append("// missing 'nic', 'bandwidth' or 'memory' as an error, each 'unknown' as a warning, until you do):\n")
					.append(unknown.stream().map(u -> "//   - " + u).collect(Collectors.joining("\n"))).append('\n');
		}
		return header.append("// Add a policy and a scenario, e.g. scenario drain { evacuate h1 using standard }.\n\n").toString();
	}

	/** A name the language accepts: letters, digits and '_', not starting with a digit, not a keyword. */
	String name(String raw) {
		return names.computeIfAbsent(raw, r -> {
			String name = r.replaceAll("[^A-Za-z0-9_]", "_");
			if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
				name = "_" + name;
			}
			return keywords.contains(name) ? name + "_" : name;
		});
	}

	/** A size in the largest of GiB, MiB, bytes that keeps it exact to 3 decimals. */
	private static Quantity size(double bytes) {
		if (bytes >= GIB) {
			return quantity(bytes / GIB, "GiB");
		}
		return bytes >= MIB ? quantity(bytes / MIB, "MiB") : quantity(bytes, "B");
	}

	private static Quantity rate(double bitsPerSecond) {
		return bitsPerSecond >= 1e9 ? quantity(bitsPerSecond / 1e9, "Gbps") : quantity(bitsPerSecond / 1e6, "Mbps");
	}

	private static Quantity quantity(double value, String unit) {
		Quantity q = VmigFactory.eINSTANCE.createQuantity();
		BigDecimal exact = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
		q.setValue(exact.scale() < 0 ? exact.setScale(0) : exact); // 1E+2 would not parse: 100
		q.setUnit(unit);
		return q;
	}
}
