package org.vmmig.generator

import java.util.List
import org.eclipse.emf.ecore.resource.Resource
import org.eclipse.xtext.generator.IFileSystemAccess2
import org.eclipse.xtext.generator.IGenerator2
import org.eclipse.xtext.generator.IGeneratorContext
import org.vmmig.dsl.run.ScenarioRunner
import org.vmmig.dsl.vmig.Model

/**
 * Xtext's generator for a .vmig resource: the runbook of each of its scenarios (or of one) for one target. It
 * writes nothing when any chosen scenario is refused (an infeasible plan); time simulations, which have no moves,
 * are skipped unless chosen by name. Warnings name the knobs the target cannot realise.
 */
class VmigGenerator implements IGenerator2 {

	val Target target
	val ScenarioRunner runner
	val String onlyScenario
	val List<String> warnings = newArrayList
	val List<String> refusals = newArrayList
	val List<String> skipped = newArrayList

	/** @param onlyScenario the scenario to generate for; null: every scenario with a plan */
	new(Target target, ScenarioRunner runner, String onlyScenario) {
		this.target = target
		this.runner = runner
		this.onlyScenario = onlyScenario
	}

	override beforeGenerate(Resource input, IFileSystemAccess2 fsa, IGeneratorContext context) {
	}

	override doGenerate(Resource input, IFileSystemAccess2 fsa, IGeneratorContext context) {
		val model = input.contents.head as Model
		val template = RunbookTemplate.of(target)
		val stem = input.URI.trimFileExtension.lastSegment
		val runbooks = newArrayList
		for (scenario : ScenarioRunner.scenarios(model).filter[onlyScenario === null || name == onlyScenario]) {
			if (context.cancelIndicator.canceled) {
				return
			}
			try {
				runbooks += Runbooks.of(scenario, runner)
			} catch (GenerationRefused refused) {
				if (onlyScenario === null && !ScenarioRunner.plansWithoutTraces(scenario) && refused.message.contains("simulates over time")) {
					skipped += refused.message
				} else {
					refusals += refused.message
				}
			}
		}
		if (!refusals.empty) {
			return // all or nothing: a partial set of runbooks would look complete
		}
		for (runbook : runbooks) {
			val unrealised = KnobMappings.unrealised(target, runbook)
			warnings += unrealised.map[warning(target, runbook.scenario)]
			template.files(runbook, unrealised, stem + '-' + runbook.scenario).forEach[name, content|
				fsa.generateFile(name, content)
			]
		}
	}

	override afterGenerate(Resource input, IFileSystemAccess2 fsa, IGeneratorContext context) {
	}

	/** The knobs the target cannot realise, one sentence each. */
	def List<String> warnings() {
		warnings.unmodifiableView
	}

	/** Why nothing was generated: each refused scenario. */
	def List<String> refusals() {
		refusals.unmodifiableView
	}

	/** Scenarios left out because they have no moves (time simulations). */
	def List<String> skipped() {
		skipped.unmodifiableView
	}
}
