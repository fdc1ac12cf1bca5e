package org.vmmig.dsl.ui.formatting;

import org.vmmig.dsl.ui.document.DocumentParser;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Injector;

/**
 * The language's formatter (org.vmmig.dsl.formatting2.VmigFormatter, through Xtext's IFormatter2) applied to
 * an editor's text: the replacements that give the canonical layout, for the whole text or a region of it.
 * A text with syntax errors is not formatted — its structure is not known, so a layout could move what the
 * user is still writing.
 */
public final class DocumentFormatter {

	private final DocumentParser parser;
	private final Injector injector;

	public DocumentFormatter(Injector injector) {
		this.injector = injector;
		this.parser = new DocumentParser(injector);
	}

	/**
	 * The replacements, in the order of their offsets, or empty when the text has syntax errors.
	 *
	 * @param offset start of the region to format (0 and the text's length: all of it)
	 */
	public Optional<List<ITextReplacement>> format(URI uri, String text, int offset, int length) throws IOException {
		XtextResource resource = parser.parse(uri, text);
		if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			return Optional.empty();
		}
		ITextRegionAccess access = injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create();
		FormatterRequest request = injector.getInstance(FormatterRequest.class).setTextRegionAccess(access)
				.setRegions(List.of(new TextRegion(offset, length)));
		List<ITextReplacement> replacements = injector.getInstance(IFormatter2.class).format(request);
		return Optional.of(replacements.stream()
				.sorted(java.util.Comparator.comparingInt(ITextReplacement::getOffset)).toList());
	}
}
