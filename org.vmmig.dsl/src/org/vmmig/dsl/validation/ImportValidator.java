package org.vmmig.dsl.validation;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Check;
import org.vmmig.dsl.mapping.ModelElements;
import org.vmmig.dsl.vmig.Import;
import org.vmmig.dsl.vmig.VmigPackage.Literals;

/**
 * An import must name a readable .vmig file. (That the imported file has no errors is checked after the
 * file's own validation, by {@link VmigResourceValidator}.)
 */
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
		String refusal = ModelElements.refusal(imported);
		if (refusal != null) {
			error("Cannot import '" + uri + "': " + refusal + ".", imported, Literals.IMPORT__IMPORT_URI,
					VmigIssueCodes.BAD_IMPORT);
		} else if (ModelElements.resolve(imported) == null) {
			error("Cannot read the imported file '" + uri + "' (relative to this file).", imported,
					Literals.IMPORT__IMPORT_URI, VmigIssueCodes.BAD_IMPORT);
		}
	}

	/** A file's name as the importing file would write it: relative to the importing file's folder. */
	public static String relative(Resource file, Resource importing) {
		URI uri = file.getURI();
		URI base = importing.getURI();
		if (uri.isHierarchical() && base != null && base.isHierarchical() && !uri.isRelative() && !base.isRelative()) {
			return uri.deresolve(base, true, true, false).toString();
		}
		return uri.lastSegment();
	}
}
