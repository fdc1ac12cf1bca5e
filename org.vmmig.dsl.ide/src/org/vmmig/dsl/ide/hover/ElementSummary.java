package org.vmmig.dsl.ide.hover;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.vmmig.dsl.mapping.ModelElements;
import org.vmmig.dsl.run.RunOptionsSource;
import org.vmmig.dsl.run.ScenarioRunner;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.vmmig.dsl.vmig.Element;
import org.vmmig.dsl.vmig.Host;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.dsl.vmig.Vm;
import org.vmmig.dsl.vmig.VmigPackage;
import org.vmmig.engine.cost.MigrationEstimate;
import org.vmmig.engine.plan.Migration;
import org.vmmig.engine.plan.Plan;
import org.vmmig.engine.plan.Unplaced;
import org.vmmig.engine.report.Explanations;
import org.vmmig.engine.units.Formats;

import com.google.inject.Inject;

/**
 * What hovering a name (declared or referenced) shows: its kind and name, the comment lines right above its
 * declaration, and for a VM its predicted migration under each scenario that moves it. Plain text, so any
 * editor or language server can present it.
 */
public class ElementSummary {

	@Inject
	private EObjectAtOffsetHelper elementAt;

	/** The workbench's preferences, or the defaults: the hover predicts what Simulate would show. */
	@Inject
	private RunOptionsSource options;

	public Optional<String> at(XtextResource resource, int offset) {
		EObject element = elementAt.resolveCrossReferencedElementAt(resource, offset);
		if (element == null) { // not a reference: a declaration's name, or nothing to tell
			element = elementAt.resolveElementAt(resource, offset);
			if (!(element instanceof Element declared) || !onName(declared, offset)) {
				return Optional.empty();
			}
		}
		if (element instanceof Vm vm) {
			return Optional.of(vm(vm));
		}
		if (element instanceof Host host) {
			return Optional.of(withDocumentation(host(host), host));
		}
		if (element instanceof org.vmmig.dsl.vmig.Site site && site.getName() != null) {
			return Optional.of(withDocumentation("site " + site.getName()
					+ (site.getLocation() == null ? "" : " in " + site.getLocation()), site));
		}
		if (element instanceof org.vmmig.dsl.vmig.Environment environment && environment.getName() != null) {
			return Optional.of(withDocumentation(environment(environment), environment));
		}
		if (element instanceof Element declared && declared.getName() != null) {
			return Optional.of(withDocumentation(kind(declared) + " " + declared.getName(), declared));
		}
		return Optional.empty();
	}

	/** What the environment does to a prediction, and where its figures came from. */
	private static String environment(org.vmmig.dsl.vmig.Environment environment) {
		String figures;
		try {
			org.vmmig.engine.cost.Calibration c = org.vmmig.dsl.mapping.ModelMapper.calibration(environment);
			figures = String.format(java.util.Locale.ROOT, ": bandwidth × %.2f, +%s per round, +%s per pause",
					c.bandwidthEfficiency(), Formats.seconds(c.roundOverheadSeconds()), Formats.seconds(c.switchoverSeconds()));
		} catch (IllegalArgumentException e) {
			figures = ""; // a figure with an error: the validator says which
		}
		return "environment " + environment.getName() + figures
				+ (environment.getMeasured() == null ? "" : "\nmeasured: " + environment.getMeasured());
	}

	private static boolean onName(Element element, int offset) {
		return NodeModelUtils.findNodesForFeature(element, VmigPackage.Literals.ELEMENT__NAME).stream()
				.anyMatch(name -> name.getOffset() <= offset && offset <= name.getEndOffset());
	}

	private static String withDocumentation(String title, EObject element) {
		return LeadingComment.of(element).map(doc -> title + "\n" + doc).orElse(title);
	}

	/** The keyword that declares it: site, zone, storage-pool, network, group, policy, scenario. */
	private static String kind(Element element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node != null) {
			for (ILeafNode leaf : node.getLeafNodes()) {
				if (!leaf.isHidden()) {
					return leaf.getText();
				}
			}
		}
		return element.eClass().getName().toLowerCase(java.util.Locale.ROOT);
	}

	private String vm(Vm vm) {
		StringBuilder text = new StringBuilder(withDocumentation("vm " + vm.getName(), vm));
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
							.append(Formats.seconds(m.durationSeconds())).append(", downtime ")
							.append(Formats.seconds(e.downtimeSeconds())).append(", ")
							.append(Formats.bytes(e.bytesTransferred())).append(" in ").append(e.rounds())
							.append(" round(s)").append(e.converged() ? "" : ", does not converge");
					moved = true;
				}
			}
			for (Unplaced u : plan.get().unplaced()) {
				if (u.vmName().equals(vm.getName())) {
					text.append("\nscenario ").append(scenario.getName()).append(": cannot be placed (")
							.append(Explanations.of(u.refusal())).append(')');
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
		List<String> names = org.vmmig.dsl.mapping.Instances.hostNames(host);
		String hosts = !org.vmmig.dsl.mapping.Instances.counted(host) ? ""
				: names.isEmpty() ? ": no hosts"
						: ": " + names.size() + " hosts, " + names.get(0) + (names.size() > 1 ? " … " + names.get(names.size() - 1) : "");
		return "host " + host.getName() + hosts + (host.getZone() == null ? "" : " in zone " + host.getZone().getName())
				+ (host.getSite() == null ? "" : ", site " + host.getSite().getName()
						+ (host.getSite().getLocation() == null ? "" : " (" + host.getSite().getLocation() + ")"));
	}

	private Optional<Plan> plan(Scenario scenario) {
		if (!ScenarioRunner.plansWithoutTraces(scenario) || scenario.getAction().getPolicy() == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(options.runner().runUnder(scenario, scenario.getAction().getPolicy()).plan());
		} catch (RuntimeException incompleteModel) {
			return Optional.empty(); // the validator tells what is missing
		}
	}
}
