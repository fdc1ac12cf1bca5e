package org.vmmig.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vmmig.dsl.mapping.ModelMapper;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Policy;
import org.vmmig.engine.model.DataCenter;
import org.vmmig.engine.model.AutoConverge;
import org.vmmig.engine.model.Compression;
import org.vmmig.engine.model.DowntimeSteps;
import org.vmmig.engine.model.Encryption;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.Technique;
import org.vmmig.engine.model.TimeoutAction;
import org.vmmig.engine.model.VmProfile;
import org.vmmig.engine.model.Xbzrle;
import org.vmmig.engine.plan.PlacementRules;

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
	void everyPolicyKnobReachesTheEngine() {
		Policy policy = (Policy) tester.parse("""
				policy tuned {
					technique hybrid hybrid-rounds 3
					downtime-limit 200 ms downtime-max 2 s downtime-steps 4 downtime-step-delay 30 s
					max-rounds 50 max-data-factor 2.5
					completion-timeout 800 s then switch-to-post-copy
					auto-converge { initial 30 % increment 5 % max 90 % }
					compression ratio 2.5 speed 400 MB/s
					xbzrle cache 1 GiB delta 20 %
					streams 4 zero-page-detection off
					encryption required speed 2 GB/s mutual-authentication
					bandwidth-cap 5 Gbps
				}
				""").getElements().get(0);
		MigrationPolicy p = mapper.policy(policy);
		assertEquals(Technique.HYBRID, p.technique());
		assertEquals(3, p.hybridPreCopyRounds());
		assertEquals(0.2, p.downtimeLimitSeconds(), 1e-12);
		assertEquals(new DowntimeSteps(true, 2, 4, 30), p.downtimeSteps());
		assertEquals(50, p.maxRounds());
		assertEquals(2.5, p.maxDataFactor());
		assertEquals(800, p.completionTimeoutPerGiB());
		assertEquals(TimeoutAction.POST_COPY, p.timeoutAction());
		assertEquals(new AutoConverge(true, 0.3, 0.05, 0.9), p.autoConverge());
		assertEquals(new Compression(true, 2.5, 400e6), p.compression());
		assertEquals(new Xbzrle(true, 1024.0 * 1024 * 1024, 0.2), p.xbzrle());
		assertEquals(4, p.streams());
		assertFalse(p.zeroPageDetection());
		assertEquals(new Encryption(Encryption.Mode.REQUIRED, 2e9, true), p.encryption());
		assertEquals(5e9 / 8, p.bandwidthCapBytesPerSecond());
	}

	@Test
	void postCopySwitchesAfterTheFirstPassAndHybridRoundsZeroStartsAtOnce() {
		// docs/decisions/0004-post-copy.md: post-copy as QEMU users run it; hybrid-rounds 0 is pure post-copy
		MigrationPolicy post = mapper.policy((Policy) tester.parse("policy p { technique post-copy }").getElements().get(0));
		assertEquals(1, post.preCopyRoundsBeforePostCopy());
		MigrationPolicy fromStart = mapper.policy(
				(Policy) tester.parse("policy p { technique hybrid hybrid-rounds 0 }").getElements().get(0));
		assertEquals(0, fromStart.preCopyRoundsBeforePostCopy());
		MigrationPolicy unset = mapper.policy((Policy) tester.parse("policy p { technique hybrid }").getElements().get(0));
		assertEquals(2, unset.preCopyRoundsBeforePostCopy(), "hybrid's default: two pre-copy rounds");
	}

	@Test
	void vmAndNetworkDetailsReachTheEngine() {
		Model model = tester.parse("""
				host h1 { memory 64 GiB nic 10 Gbps }
				network wan1 { bandwidth 1 Gbps latency 20 ms loss 0.01 % kind wan connects h1 }
				vm db { memory 16 GiB dirty-rate 100 MiB/s working-set 2 GiB zero-pages 30 %
				        device-state 4 MiB disk 200 GiB disk-write-rate 10 MB/s storage local on h1 }
				""");
		DataCenter dc = mapper.dataCenter(model);
		var vm = dc.vms().get(0);
		assertEquals(new VmProfile(16.0 * (1 << 30), 100.0 * (1 << 20), 2.0 * (1 << 30), 0.3, 4.0 * (1 << 20),
				200.0 * (1 << 30), 10e6), vm.profile());
		assertFalse(vm.sharedStorage());
		var wan = dc.networks().get(0);
		assertEquals(0.02, wan.latencySeconds(), 1e-12);
		assertEquals(0.0001, wan.lossRate(), 1e-15);
		assertTrue(wan.wan());
		assertFalse(wan.trusted(), "a WAN is untrusted unless marked trusted");
	}

	@Test
	void zonesAndAllowedTransitionsReachThePlanner() {
		Model model = tester.parse("""
				zone prod { trust 2 } zone dr { trust 2 } zone lab { trust 0 }
				host h1 { memory 64 GiB nic 10 Gbps zone prod }
				vm app { memory 4 GiB security-level 2 on h1 }
				policy p { allow prod -> dr, prod -> lab, dr -> prod }
				""");
		var host = mapper.dataCenter(model).hosts().get(0);
		assertEquals("prod", host.zone());
		assertEquals(2, host.trustLevel());
		assertEquals(2, mapper.dataCenter(model).vms().get(0).securityLevel());
		Policy policy = (Policy) model.getElements().get(5);
		assertEquals(new PlacementRules(Map.of("prod", Set.of("dr", "lab"), "dr", Set.of("prod"))),
				mapper.placementRules(model, policy));
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
