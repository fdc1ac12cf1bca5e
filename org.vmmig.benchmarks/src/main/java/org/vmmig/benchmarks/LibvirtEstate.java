package org.vmmig.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A synthetic libvirt estate in the layout scripts/capture-libvirt writes (docs/import.md): per host
 * {@code nodeinfo.txt}, {@code domains/NAME.xml} and {@code domstats.txt} with dirty rates and disk capacities. The
 * domain XML is shaped like {@code virsh dumpxml}'s of the captured test-driver estate: a shared (RBD) disk, every
 * tenth domain a local qcow2 image.
 */
final class LibvirtEstate {

	private LibvirtEstate() {
	}

	/** Writes the estate under {@code directory}; returns the number of files. */
	static long write(Path directory, int hosts, int vms) throws IOException {
		long files = 0;
		for (int h = 0; h < hosts; h++) {
			Path host = Files.createDirectories(directory.resolve("h" + h).resolve("domains"));
			Files.writeString(host.resolveSibling("nodeinfo.txt"), """
					CPU model:           x86_64
					CPU(s):              64
					CPU frequency:       2400 MHz
					CPU socket(s):       2
					Core(s) per socket:  16
					Thread(s) per core:  2
					NUMA cell(s):        2
					Memory size:         268435456 KiB
					""");
			StringBuilder stats = new StringBuilder();
			for (int v = h; v < vms; v += hosts) {
				Files.writeString(host.resolve("v" + v + ".xml"), domain(v));
				stats.append("Domain: 'v").append(v).append("'\n  state.state=1\n  block.count=1\n  block.0.capacity=")
						.append((20L + v % 80) << 30).append("\n  dirtyrate.calc_status=2\n  dirtyrate.megabytes_per_second=")
						.append(10 + v % 200).append("\n\n");
				files++;
			}
			Files.writeString(host.resolveSibling("domstats.txt"), stats);
			files += 2;
		}
		return files;
	}

	private static String domain(int v) {
		String disk = v % 10 == 0
				? "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='/var/lib/libvirt/images/v" + v
						+ ".qcow2'/><target dev='vda' bus='virtio'/></disk>"
				: "<disk type='network' device='disk'><driver name='qemu' type='raw'/><source protocol='rbd' name='pool/v" + v
						+ "'><host name='ceph-mon' port='6789'/></source><target dev='vda' bus='virtio'/></disk>";
		return "<domain type='kvm' id='" + (v + 1) + "'>\n  <name>v" + v + "</name>\n  <uuid>00000000-0000-0000-0000-"
				+ String.format("%012d", v) + "</uuid>\n  <memory unit='KiB'>" + ((4L + v % 29) << 20)
				+ "</memory>\n  <currentMemory unit='KiB'>" + ((4L + v % 29) << 20) + "</currentMemory>\n  <vcpu placement='static'>"
				+ (1 + v % 8) + "</vcpu>\n  <os><type arch='x86_64' machine='pc'>hvm</type></os>\n  <devices>\n    " + disk
				+ "\n    <interface type='bridge'><source bridge='br0'/><model type='virtio'/></interface>\n  </devices>\n</domain>\n";
	}
}
