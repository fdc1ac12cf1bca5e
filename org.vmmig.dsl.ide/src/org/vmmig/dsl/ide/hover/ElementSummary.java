package org.vmmig.dsl.ide.hover;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.vmmig.dsl.mapping.ModelElements;
import org.vmmig.dsl.mapping.ScenarioRunner;
import org.vmmig.dsl.vmig.Host;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.dsl.vmig.Vm;
import org.vmmig.engine.cost.MigrationEstimate;
import org.vmmig.engine.plan.Migration;
import org.vmmig.engine.plan.Plan;
import org.vmmig.engine.plan.Unplaced;
import org.vmmig.engine.units.Formats;

import com.google.inject.Inject;

/**
 * What hovering a name shows: for a VM, its predicted migration under each scenario that moves it; for a
 * host, how full it is. Plain text, so any editor or language server can present it.
 */
public class ElementSummary {

	@Inject
	private EObjectAtOffsetHelper elementAt;

	private final ScenarioRunner runner = new ScenarioRunner();

	public Optional<String> at(XtextResource resource, int offset) {
		EObject element = elementAt.resolveElementAt(resource, offset);
		if (element instanceof Vm vm) {
			return Optional.of(vm(vm));
		}
		if (element instanceof Host host) {
			return Optional.of(host(host));
		}
		return Optional.empty();
	}

	private String vm(Vm vm) {
		StringBuilder text = new StringBuilder("vm " + vm.getName());
		Model model = EcoreUtil2.getContainerOfType(vm, Model.class);
		List<Scenario> scenarios = model == null ? List.of()
				: EcoreUtil2.typeSelect(ModelElements.visibleFrom(model), Scenario.class);
		boolean moved = false;
		for (Scenario scenario : scenarios) {
			Optional<Plan> plan = plan(scenario);
			if (plan.isEmpty()) {
				continue;
			}
			for (Migration m : plan.get().migrations()) {
				if (m.vmName().equals(vm.getName())) {
					MigrationEstimate e = m.estimate();
					text.append("\nscenario ").append(scenario.getName()).append(": ")
							.append(e.technique().name().toLowerCase().replace('_', '-')).append(' ')
							.append(m.sourceHost()).append(" → ").append(m.targetHost()).append(", ")
							.append(Formats.seconds(e.totalSeconds())).append(", downtime ")
							.append(Formats.seconds(e.downtimeSeconds())).append(", ")
							.append(Formats.bytes(e.bytesTransferred())).append(" in ").append(e.rounds())
							.append(" round(s)").append(e.converged() ? "" : ", does not converge");
					moved = true;
				}
			}
			for (Unplaced u : plan.get().unplaced()) {
				if (u.vmName().equals(vm.getName())) {
					text.append("\nscenario ").append(scenario.getName()).append(": cannot be placed (")
							.append(u.reason()).append(')');
					moved = true;
				}
			}
		}
		if (!moved) {
			text.append("\nno scenario moves it");
		}
		return text.toString();
	}

	private String host(Host host) {
		return "host " + host.getName() + (host.getZone() == null ? "" : " in zone " + host.getZone().getName());
	}

	private Optional<Plan> plan(Scenario scenario) {
		if (!ScenarioRunner.canPlan(scenario)) {
			return Optional.empty();
		}
		try {
			return Optional.of(runner.plan(scenario));
		} catch (RuntimeException incompleteModel) {
			return Optional.empty(); // the validator tells what is missing
		}
	}
}
