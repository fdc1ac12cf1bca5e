package org.vmmig.generator;

import java.util.TreeMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.util.CancelIndicator;
import org.vmmig.dsl.run.ScenarioRunner;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.engine.run.RunOptions;

/**
 * What every front end calls (CLI, Maven plugin, workbench): the runbooks of a model without errors, in memory, so
 * that the caller writes all of them or none.
 */
public final class RunbookGenerator {

	/**
	 * @param files    file name → content, by name
	 * @param warnings the knobs the target cannot realise
	 * @param skipped  scenarios left out because they have no moves (time simulations)
	 */
	public record Generated(Map<String, String> files, List<String> warnings, List<String> skipped) {
	}

	private final RunOptions options;

	public RunbookGenerator(RunOptions options) {
		this.options = options;
	}

	/**
	 * The runbooks of a model's scenarios (or of the one named) for a target. Call it on models without validation
	 * errors. Refused when a chosen scenario's plan is infeasible or the named scenario has no plan.
	 */
	public Generated generate(Model model, Target target, String scenario) throws GenerationRefused {
		if (scenario != null && ScenarioRunner.scenarios(model).stream().noneMatch(s -> s.getName().equals(scenario))) {
			throw new GenerationRefused("no scenario named '" + scenario + "'; the model has: "
					+ String.join(", ", ScenarioRunner.scenarios(model).stream().map(Scenario::getName).toList()));
		}
		VmigGenerator generator = new VmigGenerator(target, new ScenarioRunner(options), scenario);
		InMemoryFileSystemAccess fsa = new InMemoryFileSystemAccess();
		GeneratorContext context = new GeneratorContext();
		context.setCancelIndicator(CancelIndicator.NullImpl);
		generator.doGenerate(model.eResource(), fsa, context);
		if (!generator.refusals().isEmpty()) {
			throw new GenerationRefused(String.join("\n", generator.refusals()));
		}
		Map<String, String> files = new TreeMap<>();
		String prefix = IFileSystemAccess.DEFAULT_OUTPUT;
		fsa.getTextFiles().forEach((name, content) -> files.put(name.startsWith(prefix) ? name.substring(prefix.length()) : name,
				content.toString()));
		return new Generated(files, generator.warnings(), generator.skipped());
	}
}
