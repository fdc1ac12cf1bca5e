package org.vmmig.dsl.ui.tests;

/** Models the workbench tests share. */
final class TestModels {

	private TestModels() {
	}

	/**
	 * Three hosts each running one half-idle VM: {@code pack} consolidates them now (h1 and h3 are emptied onto
	 * h2), {@code day} simulates an hour of consolidation (5-minute steps).
	 */
	static String threeUnderusedHosts() {
		StringBuilder text = new StringBuilder();
		for (int i = 1; i <= 3; i++) {
			text.append("host h" + i + " { memory 16 GiB nic 10 Gbps cores 4 mips 1000 }\n");
			text.append("vm v" + i + " { memory 2 GiB vcpus 1 mips 500 on h" + i + " }\n");
		}
		text.append("network lan { bandwidth 10 Gbps latency 0.1 ms connects h1, h2, h3 }\n");
		text.append("policy p { detector thr 0.8 }\n");
		text.append("scenario pack { consolidate using p }\n");
		text.append("scenario day { simulate using p horizon 1 h }\n");
		return text.toString();
	}
}
