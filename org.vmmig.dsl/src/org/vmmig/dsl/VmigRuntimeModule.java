package org.vmmig.dsl;

import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.ImportUriGlobalScopeProvider;
import org.eclipse.xtext.validation.IResourceValidator;
import org.vmmig.dsl.formatting2.VmigFormatter;
import org.vmmig.dsl.validation.VmigResourceValidator;

/**
 * The language's runtime bindings beyond the generated ones: files are joined by {@code import "file.vmig"},
 * so names are looked up in the file itself and in the files it imports (transitively).
 */
public class VmigRuntimeModule extends AbstractVmigRuntimeModule {

	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return ImportUriGlobalScopeProvider.class;
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return VmigFormatter.class;
	}

	/** Linking follows only imports of local regular files within the size cap (no URL is ever fetched). */
	public Class<? extends org.eclipse.xtext.scoping.impl.ImportUriResolver> bindImportUriResolver() {
		return org.vmmig.dsl.scoping.VmigImportUriResolver.class;
	}

	/** A name written {@code ^h2} is {@code h2}. */
	@Override
	public Class<? extends org.eclipse.xtext.conversion.IValueConverterService> bindIValueConverterService() {
		return org.vmmig.dsl.conversion.VmigValueConverters.class;
	}

	/** Files load without a leading UTF-8 byte-order mark. */
	@Override
	public Class<? extends org.eclipse.xtext.resource.XtextResource> bindXtextResource() {
		return VmigResource.class;
	}

	/** A file's validation also reports, on each import, errors of the imported files. */
	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return VmigResourceValidator.class;
	}
}
