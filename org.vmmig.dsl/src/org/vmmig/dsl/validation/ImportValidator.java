package org.vmmig.dsl.validation;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.vmmig.dsl.vmig.Import;
import org.vmmig.dsl.vmig.VmigPackage.Literals;

/** An import must name a readable .vmig file. */
public class ImportValidator extends ComposedValidator {

	@Check
	public void checkImportResolves(Import imported) {
		String uri = imported.getImportURI();
		if (uri == null || uri.isBlank()) {
			error("An import needs a file name, e.g. import \"topology.vmig\".", imported, Literals.IMPORT__IMPORT_URI,
					VmigIssueCodes.BAD_IMPORT);
			return;
		}
		if (!uri.endsWith(".vmig")) {
			error("Only .vmig files can be imported, not '" + uri + "'.", imported, Literals.IMPORT__IMPORT_URI,
					VmigIssueCodes.BAD_IMPORT);
			return;
		}
		Resource resource;
		try {
			resource = EcoreUtil2.getResource(imported.eResource(), uri);
		} catch (RuntimeException unreadable) {
			resource = null;
		}
		if (resource == null || resource.getContents().isEmpty()) {
			error("Cannot read the imported file '" + uri + "' (relative to this file).", imported,
					Literals.IMPORT__IMPORT_URI, VmigIssueCodes.BAD_IMPORT);
		}
	}
}
