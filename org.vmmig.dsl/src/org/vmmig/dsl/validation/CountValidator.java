package org.vmmig.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.vmmig.dsl.vmig.Host;
import org.vmmig.dsl.vmig.Policy;
import org.vmmig.dsl.vmig.Vm;
import org.vmmig.dsl.vmig.VmigPackage.Literals;

/**
 * Counts the model writes must be at least 1: streams, rounds (but hybrid-rounds), steps, concurrent migrations, cores, MIPS, vCPUs.
 * A count left out takes its default; a count written as 0 is an error, never silently the default (EMF cannot
 * tell an integer written 0 from one left out, so the text is asked).
 */
public class CountValidator extends ComposedValidator {

	/** Not hybrid-rounds: {@code hybrid-rounds 0} is post-copy from the start (docs/decisions/0004-post-copy.md). */
	private static final List<EStructuralFeature> POLICY_COUNTS = List.of(Literals.POLICY__MAX_ROUNDS,
			Literals.POLICY__STREAMS, Literals.POLICY__DOWNTIME_STEPS,
			Literals.POLICY__MAX_PER_HOST, Literals.POLICY__MAX_PER_LINK, Literals.POLICY__MAX_PER_CLUSTER);

	@Check
	public void checkPolicy(Policy policy) {
		POLICY_COUNTS.forEach(feature -> atLeastOne(policy, feature));
	}

	@Check
	public void checkHost(Host host) {
		atLeastOne(host, Literals.HOST__CORES);
		atLeastOne(host, Literals.HOST__MIPS);
	}

	@Check
	public void checkVm(Vm vm) {
		atLeastOne(vm, Literals.VM__VCPUS);
		atLeastOne(vm, Literals.VM__MIPS);
	}

	private void atLeastOne(EObject owner, EStructuralFeature feature) {
		if ((Integer) owner.eGet(feature) < 1 && !NodeModelUtils.findNodesForFeature(owner, feature).isEmpty()) {
			error("'" + Keywords.of(feature) + "' must be at least 1" + (feature == Literals.POLICY__MAX_ROUNDS
					? " (the first full copy counts as a round)." : "."), owner, feature, VmigIssueCodes.OUT_OF_RANGE);
		}
	}
}
