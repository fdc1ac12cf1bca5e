package org.vmmig.benchmarks;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.vmmig.dsl.VmigStandaloneSetup;

import com.google.inject.Injector;

/**
 * Parses and validates a generated data centre of N hosts and M VMs (default 10,000 and 100,000) in one
 * file, as the language issue asks: time of each phase and peak heap. Usage:
 * {@code scripts/benchmark-language [hosts] [vms] [repetitions]}.
 */
public final class LanguageScaleBenchmark {

	private LanguageScaleBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int hosts = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		int vms = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
		int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
		String model = generate(hosts, vms);
		System.out.printf(Locale.ROOT, "model: %d hosts, %d VMs, %d lines, %.1f MB%n", hosts, vms,
				model.lines().count(), model.length() / 1e6);
		Injector injector = new VmigStandaloneSetup().createInjectorAndDoEMFRegistration();
		for (int run = 1; run <= repetitions; run++) {
			resetPeaks();
			XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
			XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("bench.vmig"));
			long start = System.nanoTime();
			resource.load(new ByteArrayInputStream(model.getBytes(StandardCharsets.UTF_8)), Map.of());
			long parsed = System.nanoTime();
			org.eclipse.xtext.EcoreUtil2.resolveAll(resource);
			long linked = System.nanoTime();
			List<Issue> issues = injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
					CancelIndicator.NullImpl);
			long validated = System.nanoTime();
			System.out.printf(Locale.ROOT,
					"run %d: parse %.2f s, link %.2f s, validate %.2f s, total %.2f s, %d issues, peak heap %.0f MB%n", run,
					(parsed - start) / 1e9, (linked - parsed) / 1e9, (validated - linked) / 1e9, (validated - start) / 1e9,
					issues.size(),
					peakHeapBytes() / 1e6);
		}
	}

	/** A plausible estate: hosts in racks of 40 on one network per rack and a spine, ten VMs per host. */
	static String generate(int hosts, int vms) {
		StringBuilder text = new StringBuilder(vms * 90);
		for (int h = 0; h < hosts; h++) {
			text.append("host h").append(h).append(" { memory 512 GiB nic 25 Gbps cores 64 }\n");
		}
		for (int rack = 0; rack * 40 < hosts; rack++) {
			text.append("network rack").append(rack).append(" { bandwidth 25 Gbps latency 0.05 ms connects ");
			for (int h = rack * 40; h < Math.min(hosts, rack * 40 + 40); h++) {
				text.append(h == rack * 40 ? "" : ", ").append('h').append(h);
			}
			text.append(" }\n");
		}
		for (int v = 0; v < vms; v++) {
			text.append("vm v").append(v).append(" { memory ").append(4 + v % 29).append(" GiB dirty-rate ")
					.append(10 + v % 200).append(" MiB/s on h").append(v % hosts).append(" }\n");
		}
		text.append("policy standard { technique pre-copy downtime-limit 300 ms }\n");
		text.append("scenario drain { evacuate h0 using standard }\n");
		return text.toString();
	}

	private static void resetPeaks() {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
	}

	private static long peakHeapBytes() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
				.mapToLong(p -> p.getPeakUsage().getUsed()).sum();
	}
}
