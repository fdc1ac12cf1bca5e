package org.vmmig.dsl.ui.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/**
 * Parses an editor's current text into a fresh Xtext resource under the file's own URI, so that imports
 * and traces resolve relative to it. Every editor service (validation, completion, hover, outline) starts here.
 */
public final class DocumentParser {

	private final Injector injector;

	public DocumentParser(Injector injector) {
		this.injector = injector;
	}

	public XtextResource parse(IEditorInput input, String text) throws IOException {
		return parse(uri(input), text);
	}

	public XtextResource parse(URI uri, String text) throws IOException {
		XtextResource resource = (XtextResource) injector.getInstance(XtextResourceSet.class).createResource(uri);
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		return resource;
	}

	public static URI uri(IEditorInput input) {
		if (input instanceof IFileEditorInput fileInput) {
			return uri(fileInput.getFile());
		}
		return URI.createURI("unsaved.vmig");
	}

	public static URI uri(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	/** The workspace file of a platform:/resource URI, or null for any other URI. */
	public static IFile file(URI uri) {
		if (uri == null || !uri.isPlatformResource()) {
			return null;
		}
		return ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString(uri.toPlatformString(true)));
	}
}
