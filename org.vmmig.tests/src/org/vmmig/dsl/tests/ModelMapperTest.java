package org.vmmig.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vmmig.dsl.mapping.ModelMapper;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Policy;
import org.vmmig.engine.model.DataCenter;
import org.vmmig.engine.model.MigrationPolicy;

import com.google.inject.Inject;

/** The model reaches the engine in SI base units, whatever units the architect wrote. */
@ExtendWith(InjectionExtension.class)
@InjectWith(VmigInjectorProvider.class)
class ModelMapperTest {

	@Inject
	private ModelTester tester;

	private final ModelMapper mapper = new ModelMapper();

	@Test
	void unitsAreConvertedToBytesAndSeconds() {
		Model model = tester.parse("""
				host h1 { memory 64 GiB nic 10 Gbps }
				network lan { bandwidth 1.5 GB/s latency 0.2 ms connects h1 }
				vm web { memory 512 MiB dirty-rate 20 MiB/s on h1 }
				""");
		DataCenter dc = mapper.dataCenter(model);
		assertEquals(64.0 * 1024 * 1024 * 1024, dc.hosts().get(0).memoryBytes());
		assertEquals(10e9 / 8, dc.hosts().get(0).nicBytesPerSecond(), "10 Gbit/s is 1.25e9 bytes/s");
		assertEquals(1.5e9, dc.networks().get(0).bandwidthBytesPerSecond());
		assertEquals(0.0002, dc.networks().get(0).latencySeconds(), 1e-12);
		assertEquals(512.0 * 1024 * 1024, dc.vms().get(0).memoryBytes());
		assertEquals(20.0 * 1024 * 1024, dc.vms().get(0).dirtyBytesPerSecond());
		assertEquals("h1", dc.vms().get(0).hostName());
	}

	@Test
	void whatAPolicyLeavesOutTakesTheEngineDefaults() {
		Policy policy = (Policy) tester.parse("policy p { downtime-limit 1 s }").getElements().get(0);
		MigrationPolicy mapped = mapper.policy(policy);
		assertEquals(1.0, mapped.downtimeLimitSeconds());
		assertEquals(MigrationPolicy.defaults().maxRounds(), mapped.maxRounds());
		assertEquals(MigrationPolicy.defaults().bandwidthCapBytesPerSecond(), mapped.bandwidthCapBytesPerSecond());
	}
}
