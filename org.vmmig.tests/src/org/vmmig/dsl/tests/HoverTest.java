package org.vmmig.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vmmig.dsl.ide.VmigIdeSetup;
import org.vmmig.dsl.ide.hover.ElementSummary;

import com.google.inject.Injector;

/** Hovering a VM shows what its migration will cost; the numbers are the engine's. */
class HoverTest {

	private static final String MODEL = """
			site fra { location "Frankfurt, rack 12" }
			host h1 { memory 64 GiB nic 10 Gbps site fra }
			host h2 { memory 64 GiB nic 10 Gbps }
			// the racks' switch
			network lan { bandwidth 10 Gbps connects h1, h2 }
			// The shop's front end:
			// stateless, so it can move at any time.
			vm web { memory 8 GiB on h1 }
			// a group note, not about idle

			vm idle { memory 1 GiB on h2 }
			// QEMU's defaults
			policy p { }
			scenario drain { evacuate h1 using p }
			environment lab { efficiency 102 % switchover 16.9 ms measured "vmmig lab --calibrate" }
			policy q { environment lab }
			host spares count 3 { memory 8 GiB nic 10 Gbps }
			""";

	private static Injector injector;

	@BeforeAll
	static void createIdeInjector() {
		injector = new VmigIdeSetup().createInjectorAndDoEMFRegistration();
	}

	private static Optional<String> hoverOn(String word, int occurrence) throws Exception {
		XtextResource resource = (XtextResource) injector.getInstance(XtextResourceSet.class)
				.createResource(URI.createURI("hover.vmig"));
		resource.load(new ByteArrayInputStream(MODEL.getBytes(StandardCharsets.UTF_8)), null);
		int offset = -1;
		for (int i = 0; i <= occurrence; i++) {
			offset = MODEL.indexOf(word, offset + 1);
		}
		return injector.getInstance(ElementSummary.class).at(resource, offset + word.length() - 1); // its last character
	}

	@Test
	void hoveringAVmShowsItsPredictedMigration() throws Exception {
		// 8 GiB idle over 10 Gbit/s: (8 GiB · 4104/4096 + 1 MiB) / 1.25e9 B/s = 6.89 s, device state only while paused
		assertEquals("vm web\nThe shop's front end:\nstateless, so it can move at any time.\n"
				+ "scenario drain: pre-copy h1 → h2, 6.89 s, downtime 250 ms, 8.02 GiB in 1 round(s)",
				hoverOn("web", 0).orElseThrow());
	}

	@Test
	void aVmNoScenarioMovesSaysSoAndACommentSeparatedByABlankLineIsNotItsDocumentation() throws Exception {
		assertEquals("vm idle\nno scenario moves it", hoverOn("vm idle", 0).orElseThrow());
	}

	@Test
	void aReferenceShowsTheDeclarationsKindNameAndComment() throws Exception {
		assertEquals("policy p\nQEMU's defaults", hoverOn("using p", 0).orElseThrow(),
				"hovering p in 'using p'");
	}

	@Test
	void aSiteAndItsHostsShowWhereTheyAre() throws Exception {
		assertEquals("site fra in Frankfurt, rack 12", hoverOn("site fra", 0).orElseThrow());
		assertEquals("host h1, site fra (Frankfurt, rack 12)", hoverOn("host h1", 0).orElseThrow());
	}

	@Test
	void aDeclarationsNameShowsItsKindAndTheCommentAboveIt() throws Exception {
		assertEquals("network lan\nthe racks' switch", hoverOn("network lan", 0).orElseThrow());
	}

	@Test
	void anEnvironmentShowsWhatItDoesToAPredictionAndWhereItsFiguresCameFrom() throws Exception {
		assertEquals("environment lab: bandwidth × 1.02, +0 s per round, +17 ms per pause\nmeasured: vmmig lab --calibrate",
				hoverOn("environment lab", 1).orElseThrow(), "hovering lab in the policy's 'environment lab'");
	}

	@Test
	void aCountedHostShowsHowManyHostsItStandsForAndTheirNames() throws Exception {
		assertEquals("host spares: 3 hosts, spares-0 … spares-2", hoverOn("host spares", 0).orElseThrow());
	}

	@Test
	void keywordsHaveNoHover() throws Exception {
		assertEquals(Optional.empty(), hoverOn("network", 0));
	}
}
