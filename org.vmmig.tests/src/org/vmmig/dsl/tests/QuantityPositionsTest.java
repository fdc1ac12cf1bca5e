package org.vmmig.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vmmig.dsl.validation.ExpectedDimensions;
import org.vmmig.dsl.vmig.Quantity;
import org.vmmig.dsl.vmig.VmigPackage;
import org.vmmig.engine.units.Dimension;

import com.google.inject.Inject;

/**
 * A quantity of the wrong dimension is one clean error wherever it is written (a deadline in %, a failure
 * time in GiB), never a crash of another check that reads the value.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(VmigInjectorProvider.class)
class QuantityPositionsTest {

	/** A model that writes a quantity in every position the language has. */
	private static final String EVERY_POSITION = """
			zone z1 { trust 3 }
			storage-pool pool { kind shared capacity 10 TiB bandwidth 10 Gbps }
			host h1 { memory 64 GiB nic 10 Gbps zone z1 storage-pool pool power idle 100 W peak 200 W }
			host h2 { memory 64 GiB nic 10 Gbps zone z1 storage-pool pool
			  power specpower [ 90 W, 100 W, 110 W, 120 W, 130 W, 140 W, 150 W, 160 W, 170 W, 180 W, 190 W ] }
			network lan { bandwidth 10 Gbps latency 0.2 ms loss 0.1 % connects h1, h2 }
			vm web { memory 8 GiB dirty-rate 50 MiB/s working-set 2 GiB zero-pages 10 % device-state 10 MiB
			  disk 20 GiB disk-write-rate 5 MiB/s storage shared storage-pool pool on h1
			  sla { max-downtime 500 ms max-degradation 20 % deadline 10 min } }
			vm batch { memory 4 GiB dirty-profile [ 100 MiB/s for 10 s, 20 MiB/s ] on h1 }
			policy p { technique pre-copy downtime-limit 300 ms downtime-max 1 s downtime-steps 3
			  downtime-step-delay 5 s completion-timeout 10 min then abort
			  auto-converge { initial 20 % increment 10 % max 99 % } compression ratio 2.0 speed 1 Gbps
			  xbzrle cache 256 MiB delta 10 % encryption required speed 2 Gbps bandwidth-cap 8 Gbps underload 20 % }
			scenario drain { evacuate h1 by 10 min using p }
			scenario failing { fail h1 at 30 min using p }
			scenario sim { simulate using p horizon 1 h step 5 min }
			""";

	@Inject
	private ModelTester tester;

	/**
	 * A sweep's values and distributions take the dimension of the knob or VM property they belong to (a
	 * downtime-limit's values are durations, a dirty rate's spread a rate or a share): SweepValidator checks them
	 * (SweepValidationTest).
	 */
	private static final java.util.Set<String> SWEEP_POSITIONS = java.util.Set.of("VaryQuantity", "SpreadDistribution",
			"UniformDistribution", "TriangularDistribution");

	@Test
	void everyQuantityPositionOfTheLanguageHasAnExpectedDimension() {
		List<String> unchecked = new ArrayList<>();
		for (EClassifier classifier : VmigPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof org.eclipse.emf.ecore.EClass type) {
				for (EReference reference : type.getEReferences()) {
					if (reference.getEReferenceType() == VmigPackage.Literals.QUANTITY
							&& ExpectedDimensions.of(reference).isEmpty() && !SWEEP_POSITIONS.contains(type.getName())) {
						unchecked.add(type.getName() + "." + reference.getName());
					}
				}
			}
		}
		assertEquals(List.of(), unchecked);
	}

	@Test
	void aWrongDimensionInAnyPositionIsOneCleanErrorAtTheUnit() {
		List<Quantity> quantities = EcoreUtil2.getAllContentsOfType(tester.parse(EVERY_POSITION), Quantity.class);
		assertEquals(53, quantities.size(), "the model covers every position");
		for (Quantity quantity : quantities) {
			Dimension expected = ExpectedDimensions.of(quantity.eContainingFeature()).orElseThrow();
			String wrongUnit = expected == Dimension.RATIO ? "ms" : "%";
			INode unit = NodeModelUtils.findNodesForFeature(quantity, VmigPackage.Literals.QUANTITY__UNIT).get(0);
			String mutant = EVERY_POSITION.substring(0, unit.getOffset()) + wrongUnit
					+ EVERY_POSITION.substring(unit.getEndOffset());
			String issues = tester.issues(mutant);
			String where = "' at " + unit.getStartLine() + ":";
			assertTrue(issues.lines().anyMatch(l -> l.startsWith("ERROR (wrongDimension) '") && l.contains(where)
					&& l.contains("but '" + wrongUnit + "' is a")), quantity.eContainingFeature().getName() + ":\n" + issues);
			assertFalse(issues.contains("EValidator"), issues);
		}
	}

	@Test
	void aDeadlineOrFailureTimeInPercentNamesBothDimensions() {
		assertEquals("""
				ERROR (wrongDimension) ''by' expects a duration, but '%' is a ratio.' at 5:35
				ERROR (wrongDimension) ''at' expects a duration, but '%' is a ratio.' at 6:34""", tester.issues("""
				host h1 { memory 64 GiB nic 10 Gbps } host h2 { memory 64 GiB nic 10 Gbps }
				network lan { bandwidth 10 Gbps connects h1, h2 }
				vm a { memory 4 GiB on h1 }
				policy p { downtime-limit 300 ms }
				scenario drain { evacuate h1 by 5 % using p }
				scenario failing { fail h1 at 30 % using p }
				"""));
	}
}
