package org.vmmig.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.scoping.impl.ImportUriResolver;
import org.vmmig.dsl.mapping.ModelElements;
import org.vmmig.dsl.vmig.Import;

/**
 * The imports linking may follow: only files a model may name ({@code NamedFiles}). Without this, resolving a
 * reference would load {@code import "http://…"} over the network before any validator could object.
 */
public class VmigImportUriResolver extends ImportUriResolver {

	@Override
	public String resolve(EObject object) {
		if (object instanceof Import imported && imported.getImportURI() != null && ModelElements.refusal(imported) != null) {
			return null;
		}
		return super.resolve(object);
	}
}
