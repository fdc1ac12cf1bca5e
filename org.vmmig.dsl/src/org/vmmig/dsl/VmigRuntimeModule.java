package org.vmmig.dsl;

import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.ImportUriGlobalScopeProvider;

/**
 * The language's runtime bindings beyond the generated ones: files are joined by {@code import "file.vmig"},
 * so names are looked up in the file itself and in the files it imports (transitively).
 */
public class VmigRuntimeModule extends AbstractVmigRuntimeModule {

	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return ImportUriGlobalScopeProvider.class;
	}
}
