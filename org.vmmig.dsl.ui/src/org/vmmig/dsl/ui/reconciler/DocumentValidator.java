package org.vmmig.dsl.ui.reconciler;

import org.vmmig.dsl.ui.document.DocumentParser;
import java.io.IOException;
import java.util.List;

import org.eclipse.ui.IEditorInput;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/** Parses and validates an editor's current text with the language's runtime services. */
public class DocumentValidator {

	private final DocumentParser parser;
	private final IResourceValidator validator;

	public DocumentValidator(Injector injector) {
		this.parser = new DocumentParser(injector);
		this.validator = injector.getInstance(IResourceValidator.class);
	}

	/** Every issue of the text: syntax, linking and validation, in document order. */
	public List<Issue> validate(IEditorInput input, String text, CancelIndicator cancel) throws IOException {
		return validate(parser.parse(input, text), cancel);
	}

	/** Every issue of an already parsed text. */
	public List<Issue> validate(XtextResource resource, CancelIndicator cancel) {
		return validator.validate(resource, CheckMode.ALL, cancel);
	}

	public DocumentParser parser() {
		return parser;
	}
}
