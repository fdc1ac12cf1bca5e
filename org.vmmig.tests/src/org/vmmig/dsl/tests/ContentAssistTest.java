package org.vmmig.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vmmig.dsl.ide.VmigIdeSetup;
import org.vmmig.dsl.ide.contentassist.ContentProposals;

import com.google.inject.Injector;

/** Completion as an editor asks for it, through the language's IDE services ({@code |} marks the cursor). */
class ContentAssistTest {

	private static Injector injector;

	@BeforeAll
	static void createIdeInjector() {
		injector = new VmigIdeSetup().createInjectorAndDoEMFRegistration();
	}

	private static List<String> proposalsAt(String textWithCursor) throws Exception {
		int offset = textWithCursor.indexOf('|');
		String text = textWithCursor.replace("|", "");
		XtextResource resource = (XtextResource) injector.getInstance(XtextResourceSet.class)
				.createResource(URI.createURI("assist.vmig"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return injector.getInstance(ContentProposals.class).at(resource, text, offset).stream()
				.map(ContentAssistEntry::getProposal).toList();
	}

	@Test
	void afterAMemorySizeOnlyDataSizeUnitsAreProposed() throws Exception {
		List<String> proposals = proposalsAt("host h1 { memory 64 | }");
		assertEquals(List.of("B", "GB", "GiB", "KB", "KiB", "MB", "MiB", "TB", "TiB"), proposals.stream().sorted().toList());
	}

	@Test
	void aPartlyTypedRateUnitIsCompletedWithRatesOnly() throws Exception {
		assertEquals(List.of("MB/s", "Mbps", "MiB/s"),
				proposalsAt("vm a { dirty-rate 50 M| }").stream().sorted().toList());
	}

	@Test
	void hostNamesAreProposedWhereAHostIsExpected() throws Exception {
		List<String> proposals = proposalsAt("host alpha { memory 8 GiB nic 1 Gbps }\nhost beta { memory 8 GiB nic 1 Gbps }\n"
				+ "vm a { memory 1 GiB on | }");
		assertTrue(proposals.containsAll(List.of("alpha", "beta")), proposals.toString());
	}

	@Test
	void propertyKeywordsAreProposedInsideABlock() throws Exception {
		List<String> proposals = proposalsAt("host h1 { | }");
		assertTrue(proposals.containsAll(List.of("memory", "nic", "cores", "zone", "power")), proposals.toString());
	}
}
