package org.vmmig.generator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.vmmig.dsl.vmig.Policy;
import org.vmmig.dsl.vmig.VmigPackage.Literals;

/**
 * A property of a vmmig policy, by its keyword. A generator either realises each knob a policy writes on its
 * target or names it in the output and in a warning ({@link Unrealised}): nothing the user wrote is dropped silently.
 */
public enum Knob {
	TECHNIQUE("technique", Literals.POLICY__TECHNIQUE),
	DOWNTIME_LIMIT("downtime-limit", Literals.POLICY__DOWNTIME_LIMIT),
	DOWNTIME_MAX("downtime-max", Literals.POLICY__DOWNTIME_MAX),
	DOWNTIME_STEPS("downtime-steps", Literals.POLICY__DOWNTIME_STEPS),
	DOWNTIME_STEP_DELAY("downtime-step-delay", Literals.POLICY__DOWNTIME_STEP_DELAY),
	MAX_ROUNDS("max-rounds", Literals.POLICY__MAX_ROUNDS),
	MAX_DATA_FACTOR("max-data-factor", Literals.POLICY__MAX_DATA_FACTOR),
	COMPLETION_TIMEOUT("completion-timeout", Literals.POLICY__COMPLETION_TIMEOUT, Literals.POLICY__TIMEOUT_ACTION),
	AUTO_CONVERGE("auto-converge", Literals.POLICY__AUTO_CONVERGE, Literals.POLICY__AUTO_CONVERGE_SETTINGS),
	AUTO_CONVERGE_MAX("auto-converge max", Literals.POLICY__AUTO_CONVERGE_SETTINGS),
	COMPRESSION("compression", Literals.POLICY__COMPRESSION),
	XBZRLE("xbzrle", Literals.POLICY__XBZRLE),
	STREAMS("streams", Literals.POLICY__STREAMS),
	ZERO_PAGE_DETECTION("zero-page-detection", Literals.POLICY__ZERO_PAGE_DETECTION),
	ENCRYPTION("encryption", Literals.POLICY__ENCRYPTION, Literals.POLICY__ENCRYPTION_SPEED),
	MUTUAL_AUTHENTICATION("mutual-authentication", Literals.POLICY__MUTUAL_AUTHENTICATION),
	AUDIT_TRAIL("audit-trail", Literals.POLICY__AUDIT_TRAIL),
	HYBRID_ROUNDS("hybrid-rounds", Literals.POLICY__HYBRID_ROUNDS),
	BANDWIDTH_CAP("bandwidth-cap", Literals.POLICY__BANDWIDTH_CAP),
	MOVE_STORAGE("move-storage", Literals.POLICY__MOVE_STORAGE),
	MAX_PER_HOST("max-per-host", Literals.POLICY__MAX_PER_HOST),
	MAX_PER_LINK("max-per-link", Literals.POLICY__MAX_PER_LINK),
	MAX_PER_CLUSTER("max-per-cluster", Literals.POLICY__MAX_PER_CLUSTER),
	ALLOW("allow", Literals.POLICY__ALLOW),
	OBJECTIVE("objective", Literals.POLICY__OBJECTIVE),
	DETECTOR("detector", Literals.POLICY__DETECTOR, Literals.POLICY__DETECTOR_PARAMETER),
	UNDERLOAD("underload", Literals.POLICY__UNDERLOAD),
	SELECTION("selection", Literals.POLICY__SELECTION),
	PLACEMENT("placement", Literals.POLICY__PLACEMENT);

	/**
	 * Knobs the plan itself realises on every target: where VMs go (zone transitions, objective, detector, selection,
	 * placement) and how many move at once (the waves honour the concurrency limits).
	 */
	public static final Set<Knob> REALISED_BY_THE_PLAN = EnumSet.of(ALLOW, OBJECTIVE, DETECTOR, UNDERLOAD, SELECTION,
			PLACEMENT, MAX_PER_HOST, MAX_PER_LINK, MAX_PER_CLUSTER);

	private final String keyword;
	private final List<EStructuralFeature> features;

	Knob(String keyword, EStructuralFeature... features) {
		this.keyword = keyword;
		this.features = List.of(features);
	}

	public String keyword() {
		return keyword;
	}

	/** Whether the policy writes this knob. */
	public boolean isWritten(Policy policy) {
		if (this == AUTO_CONVERGE_MAX) { // QEMU's max-cpu-throttle; initial and increment map to libvirt flags
			return policy.getAutoConvergeSettings() != null && policy.getAutoConvergeSettings().getMaximum() != null;
		}
		// the source decides, not eIsSet: an enum written at its default ("technique pre-copy") is not "set" in EMF
		return !NodeModelUtils.findNodesForFeature(policy, features.get(0)).isEmpty();
	}

	/** The knob as the policy writes it, e.g. "max-rounds 30" (its source text, without comments). */
	public String asWritten(Policy policy) {
		List<String> parts = new ArrayList<>();
		for (EStructuralFeature feature : features) {
			for (INode node : NodeModelUtils.findNodesForFeature(policy, feature)) {
				parts.add(NodeModelUtils.getTokenText(node));
			}
		}
		if (this == AUTO_CONVERGE_MAX) {
			return "auto-converge max " + NodeModelUtils.getTokenText(
					NodeModelUtils.getNode(policy.getAutoConvergeSettings().getMaximum()));
		}
		String value = String.join(" ", parts).trim();
		if (parts.size() == 2 && this == COMPLETION_TIMEOUT) {
			value = parts.get(0) + " then " + parts.get(1);
		} else if (parts.size() == 2 && this == ENCRYPTION) {
			value = parts.get(0) + " speed " + parts.get(1);
		}
		return value.startsWith(keyword) ? value : keyword + " " + value;
	}

	/** The knobs a policy writes, in declaration order. */
	public static List<Knob> writtenBy(Policy policy) {
		return java.util.Arrays.stream(values()).filter(k -> k.isWritten(policy)).toList();
	}
}
