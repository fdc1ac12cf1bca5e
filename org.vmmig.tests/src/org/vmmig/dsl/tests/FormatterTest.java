package org.vmmig.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vmmig.dsl.vmig.Model;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Formatting gives one canonical layout, is idempotent, and never changes what a model says. */
@ExtendWith(InjectionExtension.class)
@InjectWith(VmigInjectorProvider.class)
class FormatterTest {

	@Inject
	private ModelTester tester;

	@Inject
	private IFormatter2 formatter;

	@Inject
	private ISerializer serializer;


	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;

	@Inject
	private Provider<FormatterRequest> requests;

	private String format(String text) {
		Model model = tester.parse(text);
		ITextRegionAccess access = regionAccess.get().forNodeModel((XtextResource) model.eResource()).create();
		FormatterRequest request = requests.get().setTextRegionAccess(access);
		List<ITextReplacement> replacements = formatter.format(request);
		return access.getRewriter().renderToString(replacements);
	}

	@Test
	void aOneLineBlockStaysOnOneLineWithSingleSpaces() {
		assertEquals("host h1 { memory 64 GiB nic 10 Gbps }\n\nnetwork lan { bandwidth 1.5 GB/s connects h1, h2 }\n",
				format("host   h1{memory 64   GiB nic 10Gbps}\n\n\n\nnetwork lan {bandwidth 1.5 GB/s connects h1 ,h2}\n"),
				"at most one blank line is kept between declarations");
	}

	@Test
	void aMultiLineBlockGetsOnePropertyPerIndentedLine() {
		assertEquals("""
				policy p {
					technique pre-copy
					downtime-limit 300 ms
					auto-converge { initial 20 % max 90 % }
				}

				scenario s { evacuate h1 using p }
				""", format("""
				policy p { technique pre-copy    downtime-limit 300 ms
				  auto-converge {initial 20% max 90 %} }


				scenario s {evacuate h1 using p}
				"""));
	}

	@ParameterizedTest
	@ValueSource(strings = { "lab.vmig", "enterprise.vmig", "consolidation.vmig", "planetlab.vmig" })
	void aModelBuiltInMemoryIsSerializedToTextThatParsesBackEqual(String example) throws IOException {
		Model original = tester.parse(Files.readString(Path.of("..", "examples", example)));
		Model copy = EcoreUtil.copy(original); // no node model: the serializer must write every token itself
		original.eResource().getResourceSet().createResource(URI.createURI("copy.vmig")).getContents().add(copy);
		String text = serializer.serialize(copy);
		assertTrue(EcoreUtil.equals(original, tester.parse(text)), "serialized:\n" + text);
	}

	@Test
	void anEnvironmentIsFormattedAndSerializedLikeEveryBlock() {
		String text = "environment lab { efficiency 102 % round-overhead 5 ms switchover 16.9 ms measured \"vmmig lab\" }\n\n"
				+ "policy p { environment lab }\n";
		assertEquals(text, format("environment lab {efficiency 102%  round-overhead 5 ms switchover 16.9 ms measured"
				+ " \"vmmig lab\"}\n\n\npolicy p {environment lab}\n"));
		Model original = tester.parse(text);
		Model copy = EcoreUtil.copy(original);
		original.eResource().getResourceSet().createResource(URI.createURI("copy.vmig")).getContents().add(copy);
		assertTrue(EcoreUtil.equals(original, tester.parse(serializer.serialize(copy))));
	}

	@Test
	void aNameIsWrittenWithTheKeywordEscapeOnlyWhereTheLanguageNeedsIt() {
		// 'cache' is a keyword a name may be (ValidID); 'scenario' is not, so it keeps its ^ (VmigValueConverters)
		Model original = tester.parse("host h { memory 8 GiB nic 1 Gbps }\nvm cache { memory 1 GiB on h }\n"
				+ "policy ^scenario { downtime-limit 300 ms }\n");
		Model copy = EcoreUtil.copy(original);
		original.eResource().getResourceSet().createResource(URI.createURI("copy.vmig")).getContents().add(copy);
		String text = serializer.serialize(copy);
		assertTrue(text.contains("vm cache {") && text.contains("policy ^scenario {"), text);
		assertTrue(EcoreUtil.equals(original, tester.parse(text)), "serialized:\n" + text);
	}

	@Test
	void countedHostsAndTraceGroupsAreFormattedAndSerializedLikeEveryBlock() {
		String text = "host g4 count 2 { memory 1 GiB nic 1 Gbps }\n\nhost g5 count 2 { interleave-with g4 memory 1 GiB nic 1 Gbps }\n\n"
				+ "vms w from traces \"d\" { types [{ mips 10 memory 1 GiB }, { memory 2 GiB vcpus 2 }] dirty-rate 1 MiB/s }\n";
		assertEquals(text, format("host g4 count 2 {memory 1 GiB nic 1 Gbps}\n\n\nhost g5 count 2 {interleave-with g4 "
				+ "memory 1 GiB nic 1 Gbps}\n\nvms w from traces \"d\" {types [ {mips 10 memory 1 GiB} ,{memory 2 GiB vcpus 2} ]"
				+ "  dirty-rate 1 MiB/s}\n"));
		Model original = tester.parse(text);
		Model copy = EcoreUtil.copy(original);
		original.eResource().getResourceSet().createResource(URI.createURI("copy.vmig")).getContents().add(copy);
		String serialized = serializer.serialize(copy);
		assertTrue(EcoreUtil.equals(original, tester.parse(serialized)), "serialized:\n" + serialized);
	}

	@Test
	void listsAreWrittenWithoutSpacesInsideBrackets() {
		assertEquals("vm v { memory 1 GiB dirty-profile [300 MiB/s for 2 min, 40 MiB/s] on h }\n",
				format("vm v {memory 1 GiB dirty-profile [ 300 MiB/s for 2 min ,40 MiB/s ] on h}\n"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "lab.vmig", "enterprise.vmig", "consolidation.vmig", "planetlab.vmig" })
	void formattingAnExampleIsIdempotentAndKeepsTheModel(String example) throws IOException {
		String original = Files.readString(Path.of("..", "examples", example));
		String formatted = format(original);
		assertEquals(formatted, format(formatted), "formatting twice changes nothing");
		assertTrue(EcoreUtil.equals(tester.parse(original), tester.parse(formatted)),
				"parse → format → parse yields an equal model");
	}
}
