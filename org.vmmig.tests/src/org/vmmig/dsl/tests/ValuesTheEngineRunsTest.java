package org.vmmig.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.dsl.vmig.Vm;

import com.google.inject.Inject;

/**
 * What validate accepts the engine runs (issue 18 items 3 and 12): values the engine refuses are errors where the
 * model writes them, counts written as 0 are errors like any count below 1, and the {@code ^} escape is not part
 * of a name.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(VmigInjectorProvider.class)
class ValuesTheEngineRunsTest {

	private static final String ESTATE = """
			host h1 { memory 64 GiB nic 10 Gbps }
			host h2 { memory 64 GiB nic 10 Gbps }
			network lan { bandwidth 10 Gbps connects h1, h2 }
			""";

	@Inject
	private ModelTester tester;

	@Test
	void theKeywordEscapeIsNotPartOfTheName() {
		Model model = tester.parse("host ^h0 { memory 64 GiB nic 10 Gbps }\n" + ESTATE
				+ "vm ^cache { memory 1 GiB on h0 }\npolicy ^scenario { downtime-limit 300 ms }\n"
				+ "scenario ^drain { evacuate ^h0 using ^scenario }\n");
		assertEquals("", ModelTester.render(tester.errors(model)));
		Vm vm = (Vm) model.getElements().stream().filter(Vm.class::isInstance).findFirst().orElseThrow();
		assertEquals("cache", vm.getName());
		assertEquals("h0", vm.getHost().getName());
		Scenario scenario = (Scenario) model.getElements().get(model.getElements().size() - 1);
		assertEquals("drain", scenario.getName()); // so its report is <file>-drain.html
		assertEquals("scenario", scenario.getAction().getPolicy().getName());
	}

	@Test
	void everyCountWrittenAsZeroIsAnError() {
		assertEquals("""
				ERROR (outOfRange) ''cores' must be at least 1.' at 4:43
				ERROR (outOfRange) ''mips' must be at least 1.' at 4:50
				ERROR (outOfRange) ''vcpus' must be at least 1.' at 5:27
				ERROR (outOfRange) ''mips' must be at least 1.' at 5:34
				ERROR (outOfRange) ''max-rounds' must be at least 1 (the first full copy counts as a round).' at 6:23
				ERROR (outOfRange) ''streams' must be at least 1.' at 6:33
				ERROR (outOfRange) ''downtime-steps' must be at least 1.' at 6:88
				ERROR (outOfRange) ''max-per-host' must be at least 1.' at 7:15
				ERROR (outOfRange) ''max-per-link' must be at least 1.' at 7:30
				ERROR (outOfRange) ''max-per-cluster' must be at least 1.' at 7:48""", tester.issues(ESTATE + """
				host h3 { memory 64 GiB nic 10 Gbps cores 0 mips 0 }
				vm v { memory 1 GiB vcpus 0 mips 0 on h1 }
				policy p { max-rounds 0 streams 0 downtime-limit 1 ms downtime-max 2 ms downtime-steps 0
					max-per-host 0 max-per-link 0 max-per-cluster 0 }
				"""));
	}

	@Test
	void aStoragePoolWithoutCapacityOrBandwidthAndAZeroThatIsTooSmallToSeeAreErrors() {
		assertEquals("""
				ERROR (outOfRange) ''capacity' must be greater than zero.' at 4:27
				ERROR (outOfRange) ''bandwidth' must be greater than zero.' at 4:43
				ERROR (outOfRange) ''memory' must be greater than zero.' at 5:15""", tester.issues(ESTATE + """
				storage-pool s { capacity 0 GiB bandwidth 0 GB/s }
				vm v { memory 0.""" + "0".repeat(400) + """
				1 GiB on h1 }
				"""));
	}

	@Test
	void aQuantityBeyondAnExabyteIsTooLargeToComputeWith() {
		assertEquals("""
				ERROR (outOfRange) ''specpower' is too large to compute with.' at 4:54""", tester.issues(ESTATE + """
				host h3 { memory 64 GiB nic 10 Gbps power specpower [2000000000000000000 W, 1 W, 1 W, 1 W, 1 W, 1 W, 1 W, 1 W, 1 W, 1 W, 1 W] }
				""").lines().filter(l -> l.contains("too large")).reduce("", (a, b) -> a + b));
	}
}
