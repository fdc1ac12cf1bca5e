package org.vmmig.engine.model;

import java.util.Comparator;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * How a target host is chosen among those a VM may move to and fits (a policy's {@code placement}). Each rule
 * says how it ranks hosts in both places that choose targets:
 * <ul>
 * <li>in an evacuation ({@link #evacuationOrder}), where "fit" is measured in free memory;</li>
 * <li>in the time simulation ({@link #simulationCost}), where it is measured in CPU (MIPS), as in Beloglazov and
 * Buyya's experiments, where memory and the NIC only decide whether a host is suitable.</li>
 * </ul>
 * To add a rule: a constant here with both methods, and its keyword in the grammar's {@code Placement} enum.
 */
public enum Placement {
	/** The fullest host that still fits (best-fit decreasing keeps large holes for large VMs). */
	BEST_FIT {
		@Override
		public Comparator<Map.Entry<Host, Double>> evacuationOrder(ToIntFunction<Host> modelOrder, ToIntFunction<Host> idle) {
			return Map.Entry.comparingByValue();
		}

		@Override
		public double simulationCost(double wattsBefore, double wattsAfter, double utilisationAfter, int modelOrder) {
			return -utilisationAfter;
		}
	},
	/** The first host in the model's order that fits. */
	FIRST_FIT {
		@Override
		public Comparator<Map.Entry<Host, Double>> evacuationOrder(ToIntFunction<Host> modelOrder, ToIntFunction<Host> idle) {
			return Comparator.comparingInt(e -> modelOrder.applyAsInt(e.getKey()));
		}

		@Override
		public double simulationCost(double wattsBefore, double wattsAfter, double utilisationAfter, int modelOrder) {
			return modelOrder;
		}

		@Override
		public boolean firstFitWins() {
			return true;
		}
	},
	/** The emptiest host (spreads the load). */
	WORST_FIT {
		@Override
		public Comparator<Map.Entry<Host, Double>> evacuationOrder(ToIntFunction<Host> modelOrder, ToIntFunction<Host> idle) {
			return Map.Entry.<Host, Double>comparingByValue().reversed();
		}

		@Override
		public double simulationCost(double wattsBefore, double wattsAfter, double utilisationAfter, int modelOrder) {
			return utilisationAfter;
		}
	},
	/**
	 * The host whose power grows least (Beloglazov and Buyya, FGCS 2012, §4.2 PABFD). In an evacuation, where CPU
	 * load and power curves are often not modelled, this is a host already running VMs before an idle one (an idle
	 * server still draws about 70 % of its peak), then best fit.
	 */
	POWER_AWARE_BEST_FIT {
		@Override
		public Comparator<Map.Entry<Host, Double>> evacuationOrder(ToIntFunction<Host> modelOrder, ToIntFunction<Host> idle) {
			return Comparator.<Map.Entry<Host, Double>>comparingInt(e -> idle.applyAsInt(e.getKey()))
					.thenComparing(Map.Entry.comparingByValue());
		}

		@Override
		public double simulationCost(double wattsBefore, double wattsAfter, double utilisationAfter, int modelOrder) {
			return wattsAfter - wattsBefore;
		}
	};

	/**
	 * The evacuation's order of candidate targets, each with its free memory in bytes, best first.
	 *
	 * @param modelOrder a host's position in the model
	 * @param idle       1 for a host running no VM, 0 for one that runs some
	 */
	public abstract Comparator<Map.Entry<Host, Double>> evacuationOrder(ToIntFunction<Host> modelOrder,
			ToIntFunction<Host> idle);

	/**
	 * What putting a VM on a host costs in the time simulation; the lowest wins (ties: the first in the model).
	 *
	 * @param wattsBefore      the host's power now
	 * @param wattsAfter       its power with the VM
	 * @param utilisationAfter its CPU utilisation with the VM (0–1)
	 * @param modelOrder       its position in the model
	 */
	public abstract double simulationCost(double wattsBefore, double wattsAfter, double utilisationAfter, int modelOrder);

	/** Whether the first suitable host wins outright, so the search may stop there. */
	public boolean firstFitWins() {
		return false;
	}

	/** As in a model: "best-fit", "power-aware-best-fit". */
	public String keyword() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
