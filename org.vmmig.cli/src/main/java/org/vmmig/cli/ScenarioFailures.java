package org.vmmig.cli;

import java.io.PrintWriter;

import org.vmmig.dsl.mapping.SimulationMapper;
import org.vmmig.dsl.run.ScenarioRunner.ScenarioException;

/** How a scenario that could not run is told: an unreadable trace is an I/O error, anything else the model's. */
final class ScenarioFailures {

	private ScenarioFailures() {
	}

	/** Prints the reason and returns the exit code. */
	static int report(ModelWorkspace.LoadedFile file, ScenarioException e, PrintWriter err) {
		if (e.getCause() instanceof SimulationMapper.TraceException) {
			err.println("vmmig: " + file.path() + ": " + e.getMessage());
			return ExitCodes.USAGE_OR_IO;
		}
		err.println(DiagnosticFormatter.visible(file.path() + ":" + e.line() + ":" + e.column() + ": error: cannot plan: "
				+ e.getMessage()));
		return ExitCodes.MODEL_ERRORS;
	}
}
