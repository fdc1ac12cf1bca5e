package org.vmmig.dsl.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;
import com.google.inject.Provider;

/** Parses and validates an editor's current text with the language's runtime services. */
public class DocumentValidator {

	private final Provider<XtextResourceSet> resourceSets;
	private final IResourceValidator validator;

	public DocumentValidator(Injector injector) {
		this.resourceSets = injector.getProvider(XtextResourceSet.class);
		this.validator = injector.getInstance(IResourceValidator.class);
	}

	/** Every issue of the text: syntax, linking and validation, in document order. */
	public List<Issue> validate(URI uri, String text, CancelIndicator cancel) throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		return validator.validate(resource, CheckMode.ALL, cancel);
	}
}
