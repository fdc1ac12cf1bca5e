package org.vmmig.dsl.mapping;

import static org.vmmig.dsl.mapping.Quantities.toBase;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.vmmig.dsl.vmig.Host;
import org.vmmig.dsl.vmig.LinearPower;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Policy;
import org.vmmig.dsl.vmig.PowerTable;
import org.vmmig.dsl.vmig.Simulation;
import org.vmmig.dsl.vmig.Vm;
import org.vmmig.dsl.vmig.VmSet;
import org.vmmig.dsl.vmig.VmType;
import org.vmmig.engine.model.VmProfile;
import org.vmmig.engine.cost.MigrationModel;
import org.vmmig.engine.run.RunOptions;
import org.vmmig.engine.model.Placement;
import org.vmmig.engine.model.Objective;
import org.vmmig.engine.sim.MigrationTiming;
import org.vmmig.engine.sim.OverloadDetector;
import org.vmmig.engine.sim.PolicyLabels;
import org.vmmig.engine.sim.PowerModel;
import org.vmmig.engine.sim.SimHost;
import org.vmmig.engine.sim.SimVm;
import org.vmmig.engine.sim.SimulationSettings;
import org.vmmig.engine.sim.VmSelection;
import org.vmmig.engine.trace.CpuTrace;

/**
 * Maps a {@code simulate} scenario onto the engine's time simulation: hosts with their cores, MIPS and power
 * model, VMs with their CPU traces (read relative to the model's file), the policy's detector and selection,
 * and vmmig's cost model with its rules. What a model leaves out takes the defaults of docs/language.md.
 */
public final class SimulationMapper {

	/** A host without cores or MIPS: one core of 1000 MIPS. */
	static final int DEFAULT_CORES = 1;
	static final int DEFAULT_MIPS = 1000;
	/** A host without a power model: 100 W idle, 200 W at full load (idle near half of peak, Fan et al. 2007). */
	static final PowerModel DEFAULT_POWER = PowerModel.linear(100, 200);
	static final double DEFAULT_STEP = 300;
	static final double DEFAULT_HORIZON = 86_400;

	/** What a time simulation needs. */
	public record Input(List<SimHost> hosts, List<SimVm> vms, SimulationSettings settings) {
	}

	/** A trace that cannot be read: the message names the VM and the file. */
	public static final class TraceException extends Exception {
		private static final long serialVersionUID = 1L;

		TraceException(String message) {
			super(message);
		}
	}

	private final RunOptions options;
	private final ModelMapper mapper;

	/** Maps under a run's options: its cost model, rules, seed and policy defaults. */
	public SimulationMapper(RunOptions options) {
		this.options = options;
		this.mapper = new ModelMapper(options.policyDefaults());
	}

	/** Call on a model without validation errors. */
	public Input input(Simulation simulation) throws TraceException {
		return input(simulation, simulation.getPolicy(), toBase(simulation.getStep(), DEFAULT_STEP),
				toBase(simulation.getHorizon(), DEFAULT_HORIZON), simulation.getSeed());
	}

	/** For one decision of a policy now (a {@code consolidate} or {@code rebalance} scenario). */
	public Input inputNow(org.vmmig.dsl.vmig.Action action) throws TraceException {
		return input(action, action.getPolicy(), DEFAULT_STEP, DEFAULT_HORIZON, 0);
	}

	private Input input(org.eclipse.emf.ecore.EObject action, Policy policy, double step, double horizon, long seed)
			throws TraceException {
		MigrationModel model = ModelMapper.migrationModel(options, policy);
		Model root = (Model) org.eclipse.xtext.EcoreUtil2.getRootContainer(action);
		List<SimHost> hosts = new ArrayList<>();
		List<SimVm> vms = new ArrayList<>();
		List<org.vmmig.dsl.vmig.Element> visible = ModelElements.visibleFrom(root);
		for (Instances.HostInstance instance : Instances.hosts(visible)) {
			hosts.add(host(instance.declaration(), instance.name()));
		}
		for (var element : visible) {
			if (element instanceof Vm vm) {
				vms.add(vm(vm));
			} else if (element instanceof VmSet set && action instanceof Simulation) {
				// a group's VMs are on no host yet: only a simulation places them (a decision now moves running VMs)
				vms.addAll(vms(set));
			}
		}
		SimulationSettings settings = new SimulationSettings(step, Math.max(step, horizon), detector(policy),
				selection(policy), MigrationTiming.Live.of(model, mapper.policy(policy)), seed,
				SimulationSettings.Rules.VMMIG);
		settings = settings.withPlacement(placement(policy))
				.withUnderloadThreshold(toBase(policy.getUnderload(), 1));
		return new Input(hosts, vms, options.apply(settings));
	}

	/** The planner's host (memory, NIC, zone, site, pool: {@link ModelMapper#host}) with its CPU and power. */
	private SimHost host(Host host, String name) {
		int cores = host.getCores() > 0 ? host.getCores() : DEFAULT_CORES;
		int mips = host.getMips() > 0 ? host.getMips() : DEFAULT_MIPS;
		return new SimHost(mapper.host(host, name), mips, cores, power(host));
	}

	/**
	 * A {@code vms ... from traces} group: one VM per trace file in name order, typed in CloudSim's blocks
	 * ({@link Instances#typeIndex}), on no host (the simulation's initial placement puts them), with shared storage
	 * and the planner's defaults for what a type does not say.
	 */
	private List<SimVm> vms(VmSet set) throws TraceException {
		List<Path> files;
		try {
			files = Instances.traceFiles(set);
		} catch (IOException e) {
			throw new TraceException("vms " + set.getName() + ": cannot read the traces folder '" + set.getFolder() + "': "
					+ (e.getMessage() == null ? reason(e) : e.getMessage()));
		}
		List<VmType> types = set.getTypes().getTypes();
		double dirtyRate = toBase(set.getDirtyRate(), 0);
		List<SimVm> vms = new ArrayList<>(files.size());
		for (int i = 0; i < files.size(); i++) {
			VmType type = types.get(Instances.typeIndex(i, files.size(), types.size()));
			double memory = toBase(type.getMemory(), 0);
			// as vmmig planetlab's VMs: the dirty rate at full CPU, the whole memory writable
			org.vmmig.engine.model.Vm vm = new org.vmmig.engine.model.Vm(Instances.vmName(set, i),
					VmProfile.of(memory, dirtyRate), true, 0, null);
			vms.add(new SimVm(vm, type.getMips() > 0 ? type.getMips() : DEFAULT_MIPS,
					type.getVcpus() > 0 ? type.getVcpus() : 1, toBase(type.getNic(), 0), dirtyRate,
					utilisation(set, files.get(i)), CpuTrace.INTERVAL_SECONDS));
		}
		return vms;
	}

	/** A trace file of a group; the error names the file as the folder string gives it. */
	private static double[] utilisation(VmSet set, Path file) throws TraceException {
		String shown = set.getFolder().replaceAll("[/\\\\]+$", "") + "/" + file.getFileName();
		try {
			return TraceCache.utilisation(file, shown); // as validation parsed it, unless the file changed since
		} catch (CpuTrace.FormatException e) {
			throw new TraceException("vms " + set.getName() + ": trace " + e.getMessage());
		} catch (IOException | RuntimeException e) {
			throw new TraceException("vms " + set.getName() + ": cannot read the trace '" + shown + "': " + reason(e));
		}
	}

	private static PowerModel power(Host host) {
		if (host.getPower() instanceof LinearPower linear) {
			return PowerModel.linear(toBase(linear.getIdle(), 0), toBase(linear.getPeak(), 0));
		}
		if (host.getPower() instanceof PowerTable table) {
			return PowerModel.specPower(table.getPoints().stream().mapToDouble(q -> toBase(q, 0)).toArray());
		}
		return DEFAULT_POWER;
	}

	/**
	 * The planner's VM ({@link ModelMapper#vm}: profile, storage, security level, host) with its CPU and trace. A VM
	 * without a trace uses all of its CPU all the time (the capacity planner's worst case). Its migrations are
	 * priced from the planner's profile (working set, zero pages, device state), the dirty rate scaled by the CPU
	 * it uses at the time.
	 */
	private SimVm vm(Vm vm) throws TraceException {
		int vcpus = vm.getVcpus() > 0 ? vm.getVcpus() : 1;
		int mips = vm.getMips() > 0 ? vm.getMips() : DEFAULT_MIPS;
		double[] utilisation = vm.getTrace() == null ? new double[] { 1 } : trace(vm);
		return new SimVm(mapper.vm(vm), mips, vcpus, toBase(vm.getNic(), 0), toBase(vm.getDirtyRate(), 0), utilisation,
				CpuTrace.INTERVAL_SECONDS);
	}

	private static double[] trace(Vm vm) throws TraceException {
		Resource resource = vm.eResource();
		URI uri = URI.createURI(vm.getTrace()).resolve(resource.getURI());
		String refusal = NamedFiles.refusal(uri, NamedFiles.MAX_TRACE_BYTES);
		if (refusal != null) {
			throw new TraceException("VM " + vm.getName() + ": cannot read the trace '" + vm.getTrace() + "': " + refusal);
		}
		try {
			return TraceCache.utilisation(uri, vm.getTrace(), resource.getResourceSet());
		} catch (CpuTrace.FormatException e) {
			throw new TraceException("VM " + vm.getName() + ": trace " + e.getMessage());
		} catch (IOException | RuntimeException e) {
			throw new TraceException("VM " + vm.getName() + ": cannot read the trace '" + vm.getTrace() + "': " + reason(e));
		}
	}

	/** The policy's placement; else its objective's; else Beloglazov and Buyya's power-aware best fit. */
	private static Placement placement(Policy policy) {
		Placement written = ModelMapper.placementWritten(policy);
		if (written != null) {
			return written;
		}
		Objective objective = ModelMapper.objectiveWritten(policy);
		return objective == null ? Placement.POWER_AWARE_BEST_FIT : objective.defaultPlacement();
	}

	/** The policy's detector, with the paper's default parameter when it gives none ({@link PolicyLabels}). */
	private static OverloadDetector detector(Policy policy) {
		Double p = policy.getDetectorParameter() == null ? null : policy.getDetectorParameter().doubleValue();
		return PolicyLabels.detector(policy.getDetector().getName(), p);
	}

	private static VmSelection selection(Policy policy) {
		return PolicyLabels.selection(policy.getSelection().getName());
	}

	/** Why a trace could not be read, in words; never what the file holds. */
	private static String reason(Exception e) {
		if (e instanceof java.nio.file.AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.io.FileNotFoundException) {
			return "no such file";
		}
		if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
			return f.getReason();
		}
		return e instanceof IOException ? "an I/O error" : "not a readable text file";
	}
}
