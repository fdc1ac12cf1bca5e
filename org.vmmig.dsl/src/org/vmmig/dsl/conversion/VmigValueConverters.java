package org.vmmig.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;

/**
 * Names are read as identifiers: the {@code ^} that lets a keyword be a name ({@code host ^scenario}) is not part
 * of the name, so {@code ^h2} and {@code h2} are one host and a report is named {@code …-scenario.html}. Xtext does
 * this for its ID terminal only; our names are the ValidID rule (an ID or a keyword usable as a name).
 */
public class VmigValueConverters extends DefaultTerminalConverters {

	@ValueConverter(rule = "ValidID")
	public IValueConverter<String> ValidID() {
		return ID();
	}
}
