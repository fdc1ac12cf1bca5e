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

	/**
	 * The comparison page of a model: {@code lab.compare} (then {@code .html}). A dot, which no scenario name can
	 * hold, keeps it apart from the report of a scenario called {@code compare}.
	 */
	public static String comparison(String modelFileName) {
		return base(modelFileName) + ".compare";
	}

	/** {@code ("lab.vmig", "maintenanceH1")} → {@code lab-maintenanceH1} */
	public static String stem(String modelFileName, String subject) {
		return base(modelFileName) + "-" + subject;
	}

	private static String base(String modelFileName) {
		return modelFileName.toLowerCase(Locale.ROOT).endsWith(".vmig")
				? modelFileName.substring(0, modelFileName.length() - ".vmig".length())
				: modelFileName;
	}
}
