package org.vmmig.dsl.sweep;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.eclipse.emf.common.util.URI;
import org.vmmig.dsl.mapping.Instances;
import org.vmmig.dsl.mapping.ModelElements;
import org.vmmig.dsl.mapping.ModelMapper;
import org.vmmig.dsl.sweep.SweepDefinition.CountSetting;
import org.vmmig.dsl.sweep.SweepDefinition.DetectorSetting;
import org.vmmig.dsl.sweep.SweepDefinition.PolicyChoice;
import org.vmmig.dsl.sweep.SweepDefinition.QuantitySetting;
import org.vmmig.dsl.sweep.SweepDefinition.SeedSetting;
import org.vmmig.dsl.sweep.SweepDefinition.Setting;
import org.vmmig.dsl.sweep.SweepDefinition.TraceFolder;
import org.vmmig.dsl.sweep.SweepDefinition.UncertainInput;
import org.vmmig.dsl.sweep.SweepDefinition.WordSetting;
import org.vmmig.dsl.vmig.DetectorKind;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Placement;
import org.vmmig.dsl.vmig.Policy;
import org.vmmig.dsl.vmig.Quantity;
import org.vmmig.dsl.vmig.Scenario;
import org.vmmig.dsl.vmig.Selection;
import org.vmmig.dsl.vmig.Technique;
import org.vmmig.dsl.vmig.Vm;
import org.vmmig.dsl.vmig.VmSet;
import org.vmmig.dsl.vmig.VmigFactory;
import org.vmmig.dsl.vmig.VmigPackage.Literals;
import org.vmmig.engine.run.RunOptions;
import org.vmmig.engine.sweep.RandomStreams;
import org.vmmig.engine.sweep.SweepGrid;

/**
 * One thread's copy of a sweep's model, set to one run's combination and sample before each run. Every run sets
 * every property the sweep varies, so what an earlier run set never leaks into the next.
 */
final class SweepModel {

	private final Model model;
	private final Scenario scenario;
	private final Map<String, Policy> policies = new HashMap<>();
	private final Map<String, Vm> vms = new HashMap<>();
	private final List<Vm> vmsInOrder = new ArrayList<>();
	/** The VMs the model gives a trace, in model order: those a traces knob gives the folder's files to. */
	private final List<Vm> tracedVms = new ArrayList<>();
	/** The model's {@code vms ... from traces} groups: a traces knob gives each of them the whole folder. */
	private final List<VmSet> vmSets = new ArrayList<>();
	private final Map<String, List<Path>> folders = new HashMap<>();
	private final Map<String, String> folderUris = new HashMap<>();
	private SweepGrid grid;

	SweepModel(Model model, String scenarioName) {
		this.model = model;
		Scenario found = null;
		for (var element : ModelElements.visibleFrom(model)) {
			if (element instanceof Policy policy) {
				policies.put(policy.getName(), policy);
			} else if (element instanceof Vm vm) {
				vms.put(vm.getName(), vm);
				vmsInOrder.add(vm);
				if (vm.getTrace() != null) {
					tracedVms.add(vm);
				}
			} else if (element instanceof VmSet set) {
				vmSets.add(set);
			} else if (element instanceof Scenario s && s.getName().equals(scenarioName)) {
				found = s;
			}
		}
		if (found == null) {
			throw new IllegalStateException("the model has no scenario " + scenarioName);
		}
		this.scenario = found;
	}

	Scenario scenario() {
		return scenario;
	}

	/** Sets the model to run {@code index}'s combination and sample; returns the run's options. */
	RunOptions apply(SweepDefinition definition, int index, RunOptions base) throws IOException {
		if (grid == null) {
			grid = definition.grid();
		}
		int[] levels = grid.levels(grid.combination(index));
		List<Setting> settings = new ArrayList<>();
		for (int d = 0; d < levels.length; d++) {
			settings.add(definition.knobs().get(d).levels().get(levels[d]).setting());
		}
		for (Setting setting : settings) { // the policy first: the other knobs change the policy the run uses
			if (setting instanceof PolicyChoice choice) {
				scenario.getAction().setPolicy(policies.get(choice.policy()));
			}
		}
		RunOptions options = base;
		Policy policy = scenario.getAction().getPolicy();
		for (Setting setting : settings) {
			switch (setting) {
			case PolicyChoice choice -> {
			}
			case DetectorSetting d -> {
				policy.setDetector(DetectorKind.get(d.kind()));
				policy.setDetectorParameter(d.parameter());
				ModelMapper.markWritten(policy, Literals.POLICY__DETECTOR);
			}
			case WordSetting w -> word(policy, w);
			case QuantitySetting q -> quantity(policy, q);
			case CountSetting c -> count(policy, c);
			case SeedSetting s -> options = options.withSeed(s.seed());
			case TraceFolder folder -> traces(folder.folder());
			}
		}
		SplittableRandom random = RandomStreams.of(definition.seed(), grid.sample(index));
		for (UncertainInput input : definition.uncertainties()) {
			List<Vm> targets = input.vms().isEmpty() ? vmsInOrder : input.vms().stream().map(vms::get).toList();
			for (Vm vm : targets) {
				double value = input.distribution().sample(random);
				switch (input.property()) {
				case "dirty-rate" -> vm.setDirtyRate(quantity(value, "B/s"));
				case "disk-write-rate" -> vm.setDiskWriteRate(quantity(value, "B/s"));
				case "working-set" -> vm.setWorkingSet(quantity(value, "B"));
				default -> throw new IllegalStateException("uncertain " + input.property());
				}
			}
		}
		return options;
	}

	private static void word(Policy policy, WordSetting setting) {
		switch (setting.property()) {
		case "selection" -> policy.setSelection(Selection.get(setting.word()));
		case "placement" -> {
			policy.setPlacement(Placement.get(setting.word()));
			ModelMapper.markWritten(policy, Literals.POLICY__PLACEMENT);
		}
		case "technique" -> {
			policy.setTechnique(Technique.get(setting.word()));
			ModelMapper.markWritten(policy, Literals.POLICY__TECHNIQUE);
		}
		default -> throw new IllegalStateException("knob " + setting.property());
		}
	}

	private static void quantity(Policy policy, QuantitySetting setting) {
		Quantity value = quantity(setting.value(), setting.unit());
		switch (setting.property()) {
		case "downtime-limit" -> policy.setDowntimeLimit(value);
		case "bandwidth-cap" -> policy.setBandwidthCap(value);
		case "underload" -> policy.setUnderload(value);
		default -> throw new IllegalStateException("knob " + setting.property());
		}
	}

	private static void count(Policy policy, CountSetting setting) {
		switch (setting.property()) {
		case "max-per-host" -> policy.setMaxPerHost(setting.value());
		case "max-per-link" -> policy.setMaxPerLink(setting.value());
		case "max-per-cluster" -> policy.setMaxPerCluster(setting.value());
		case "max-rounds" -> policy.setMaxRounds(setting.value());
		default -> throw new IllegalStateException("knob " + setting.property());
		}
	}

	/**
	 * The VMs with a trace, in model order, take the folder's files in name order (as CloudSim's runner does); each
	 * {@code vms ... from traces} group takes the whole folder instead of its own, one VM per file.
	 */
	private void traces(String folder) throws IOException {
		List<Path> files = folders.get(folder);
		if (files == null) {
			Path path = Instances.onDisk(folder, model.eResource().getURI());
			if (path == null) {
				throw new IOException("traces folder '" + folder + "' is not on this machine's file system");
			}
			if (!Files.isDirectory(path)) {
				throw new IOException("traces folder '" + folder + "' is not a folder");
			}
			files = Instances.filesByName(path);
			folders.put(folder, files);
			folderUris.put(folder, URI.createFileURI(path.toString()).toString());
		}
		for (VmSet set : vmSets) {
			set.setFolder(folderUris.get(folder));
		}
		if (files.size() < tracedVms.size()) {
			throw new IOException("traces folder '" + folder + "' has " + files.size() + " file(s); the model has "
					+ tracedVms.size() + " VMs with a trace");
		}
		for (int i = 0; i < tracedVms.size(); i++) {
			tracedVms.get(i).setTrace(URI.createFileURI(files.get(i).toString()).toString());
		}
	}

	private static Quantity quantity(double value, String unit) {
		return quantity(new BigDecimal(value), unit);
	}

	private static Quantity quantity(BigDecimal value, String unit) {
		Quantity quantity = VmigFactory.eINSTANCE.createQuantity();
		quantity.setValue(value);
		quantity.setUnit(unit);
		return quantity;
	}
}
