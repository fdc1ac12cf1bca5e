package org.vmmig.report;

import java.util.Locale;

/**
 * How report files are named, wherever they are written (CLI, Maven plugin, workbench): the model file's
 * name without {@code .vmig}, a dash, then what the report is about — {@code lab.vmig} and scenario
 * {@code maintenanceH1} give {@code lab-maintenanceH1}, to which each format adds its extension.
 */
public final class ReportNames {

	private ReportNames() {
	}

	/** {@code ("lab.vmig", "maintenanceH1")} → {@code lab-maintenanceH1} */
	public static String stem(String modelFileName, String subject) {
		String base = modelFileName.toLowerCase(Locale.ROOT).endsWith(".vmig")
				? modelFileName.substring(0, modelFileName.length() - ".vmig".length())
				: modelFileName;
		return base + "-" + subject;
	}
}
