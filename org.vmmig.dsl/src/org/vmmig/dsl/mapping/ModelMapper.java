package org.vmmig.dsl.mapping;

import static org.vmmig.dsl.mapping.Quantities.toBase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vmmig.dsl.vmig.AutoConvergeSettings;
import org.vmmig.dsl.vmig.EncryptionMode;
import org.vmmig.dsl.vmig.Environment;
import org.vmmig.dsl.vmig.Host;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Network;
import org.vmmig.dsl.vmig.NetworkKind;
import org.vmmig.dsl.vmig.Policy;
import org.vmmig.dsl.vmig.Sla;
import org.vmmig.dsl.vmig.StorageKind;
import org.vmmig.dsl.vmig.StoragePool;
import org.vmmig.dsl.vmig.Switch;
import org.vmmig.dsl.vmig.Vm;
import org.vmmig.dsl.vmig.Zone;
import org.vmmig.dsl.vmig.ZoneTransition;
import org.vmmig.engine.model.AutoConverge;
import org.vmmig.engine.model.Compression;
import org.vmmig.engine.model.DataCenter;
import org.vmmig.engine.model.DirtyProfile;
import org.vmmig.engine.model.DowntimeSteps;
import org.vmmig.engine.model.Encryption;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.Technique;
import org.vmmig.engine.model.TimeoutAction;
import org.vmmig.engine.model.VmProfile;
import org.vmmig.engine.model.Xbzrle;
import org.vmmig.engine.plan.PlacementRules;
import org.vmmig.engine.plan.TargetRanking;
import org.vmmig.engine.model.Objective;
import org.vmmig.engine.model.Placement;
import org.vmmig.dsl.vmig.VmigPackage;
import org.vmmig.engine.security.SecurityPolicy;
import org.vmmig.engine.sla.SlaPromise;

/**
 * Maps a parsed .vmig model onto the engine's API. The engine knows nothing of EMF or Xtext; this class
 * is the only place where the two meet. Call it on models without validation errors; what a model leaves
 * out takes the engine's defaults.
 */
public final class ModelMapper {

	private final MigrationPolicy policyDefaults;

	/** With the engine's policy defaults ({@link MigrationPolicy#defaults()}). */
	public ModelMapper() {
		this(MigrationPolicy.defaults());
	}

	/** With the defaults a run gives policies that leave a knob out (e.g. the workbench's downtime limit). */
	public ModelMapper(MigrationPolicy policyDefaults) {
		this.policyDefaults = policyDefaults;
	}

	public DataCenter dataCenter(Model model) {
		List<org.vmmig.engine.model.Host> hosts = new ArrayList<>();
		List<org.vmmig.engine.model.Vm> vms = new ArrayList<>();
		List<org.vmmig.engine.model.Network> networks = new ArrayList<>();
		List<org.vmmig.engine.model.StoragePool> pools = new ArrayList<>();
		List<org.vmmig.dsl.vmig.Element> visible = ModelElements.visibleFrom(model);
		for (Instances.HostInstance instance : Instances.hosts(visible)) {
			hosts.add(host(instance.declaration(), instance.name()));
		}
		for (var element : visible) {
			if (element instanceof Vm vm) {
				vms.add(vm(vm));
			} else if (element instanceof Network network) {
				networks.add(network(network));
			} else if (element instanceof StoragePool pool) {
				pools.add(pool(pool));
			}
		}
		return new DataCenter(hosts, vms, networks, pools);
	}

	public org.vmmig.engine.model.Host host(Host host) {
		return host(host, host.getName());
	}

	/** One of the hosts a declaration stands for ({@link Instances#hostNames}), under its name. */
	public org.vmmig.engine.model.Host host(Host host, String name) {
		Zone zone = host.getZone();
		return new org.vmmig.engine.model.Host(name, toBase(host.getMemory(), 0),
				toBase(host.getNic(), 0), zone == null ? null : zone.getName(),
				zone == null ? 0 : zone.getTrust(), host.getSite() == null ? null : host.getSite().getName(),
				host.getStoragePool() == null ? null : host.getStoragePool().getName());
	}

	public org.vmmig.engine.model.Vm vm(Vm vm) {
		double memory = toBase(vm.getMemory(), 0);
		VmProfile profile = new VmProfile(memory, toBase(vm.getDirtyRate(), 0),
				toBase(vm.getWorkingSet(), memory), toBase(vm.getZeroPages(), 0),
				toBase(vm.getDeviceState(), VmProfile.DEFAULT_DEVICE_STATE_BYTES),
				toBase(vm.getDisk(), 0), toBase(vm.getDiskWriteRate(), 0));
		if (vm.getDirtyProfile() != null) {
			profile = profile.withDirtyProfile(new DirtyProfile(vm.getDirtyProfile().getPhases().stream()
					.map(phase -> new DirtyProfile.Phase(toBase(phase.getRate(), 0),
							toBase(phase.getDuration(), 0)))
					.toList()));
		}
		profile = profile.withDirtyPace(org.vmmig.engine.model.DirtyPace.valueOf(vm.getDirtyPace().getName()));
		String hostName = vm.getHost() == null ? null : vm.getHost().getName();
		return new org.vmmig.engine.model.Vm(vm.getName(), profile, vm.getStorage() != StorageKind.LOCAL,
				vm.getSecurityLevel(), hostName, vm.getStoragePool() == null ? null : vm.getStoragePool().getName());
	}

	/** Each VM's SLA promises ({@code sla { ... }}), by VM name; VMs without an sla block are left out. */
	public Map<String, SlaPromise> slaPromises(Model model) {
		Map<String, SlaPromise> promises = new HashMap<>();
		for (var element : ModelElements.visibleFrom(model)) {
			if (element instanceof Vm vm && vm.getSla() != null && vm.getName() != null) {
				Sla sla = vm.getSla();
				promises.put(vm.getName(), new SlaPromise(vm.getName(),
						toBase(sla.getMaxDowntime(), Double.POSITIVE_INFINITY),
						toBase(sla.getMaxDegradation(), Double.POSITIVE_INFINITY),
						toBase(sla.getDeadline(), Double.POSITIVE_INFINITY)));
			}
		}
		return promises;
	}

	/** A WAN is untrusted unless marked trusted; a LAN is trusted. A counted host it connects joins it with all its hosts. */
	public org.vmmig.engine.model.Network network(Network network) {
		List<String> hostNames = network.getConnects() == null ? List.of()
				: network.getConnects().getHosts().stream().flatMap(h -> Instances.hostNames(h).stream()).toList();
		boolean wan = network.getKind() == NetworkKind.WAN;
		boolean kindOpen = !written(network, VmigPackage.Literals.NETWORK__KIND);
		return new org.vmmig.engine.model.Network(network.getName(),
				toBase(network.getBandwidth(), 0), toBase(network.getLatency(), 0),
				toBase(network.getLoss(), 0), wan, !wan || network.isTrusted(), hostNames, kindOpen,
				network.isTrusted());
	}

	/** A pool is shared (NAS/SAN) unless its kind is local; what it leaves out does not bound anything. */
	public org.vmmig.engine.model.StoragePool pool(StoragePool pool) {
		return new org.vmmig.engine.model.StoragePool(pool.getName(), pool.getKind() != StorageKind.LOCAL,
				toBase(pool.getBandwidth(), Double.POSITIVE_INFINITY),
				toBase(pool.getCapacity(), Double.POSITIVE_INFINITY));
	}

	public MigrationPolicy policy(Policy policy) {
		MigrationPolicy defaults = policyDefaults;
		MigrationPolicy.Builder builder = defaults.toBuilder()
				.technique(technique(policy))
				.downtimeLimitSeconds(toBase(policy.getDowntimeLimit(), defaults.downtimeLimitSeconds()))
				.bandwidthCapBytesPerSecond(
						toBase(policy.getBandwidthCap(), defaults.bandwidthCapBytesPerSecond()))
				.zeroPageDetection(policy.getZeroPageDetection() != Switch.OFF)
				.moveStorage(policy.getMoveStorage() != Switch.OFF);
		if (policy.getMaxRounds() > 0) {
			builder.maxRounds(policy.getMaxRounds());
		}
		if (policy.getStreams() > 0) {
			builder.streams(policy.getStreams());
		}
		// hybrid-rounds 0 (post-copy from the start) is the int's default: only the text tells it from none
		if (written(policy, VmigPackage.Literals.POLICY__HYBRID_ROUNDS)) {
			builder.hybridPreCopyRounds(policy.getHybridRounds());
		}
		if (policy.getMaxDataFactor() != null) {
			builder.maxDataFactor(policy.getMaxDataFactor().doubleValue());
		}
		if (policy.getDowntimeMax() != null) {
			builder.downtimeSteps(new DowntimeSteps(true, toBase(policy.getDowntimeMax(), 0),
					policy.getDowntimeSteps() > 0 ? policy.getDowntimeSteps() : NOVA_DOWNTIME_STEPS,
					toBase(policy.getDowntimeStepDelay(), NOVA_DOWNTIME_DELAY_PER_GIB)));
		}
		if (policy.getCompletionTimeout() != null) {
			builder.completionTimeout(toBase(policy.getCompletionTimeout(), 0),
					timeoutAction(policy));
		}
		if (policy.isAutoConverge()) {
			builder.autoConverge(autoConverge(policy.getAutoConvergeSettings()));
		}
		if (policy.getCompression() != null) {
			builder.compression(new Compression(true, policy.getCompression().getRatio().doubleValue(),
					toBase(policy.getCompression().getSpeed(), 0)));
		}
		if (policy.getXbzrle() != null) {
			builder.xbzrle(new Xbzrle(true, toBase(policy.getXbzrle().getCache(), 0),
					toBase(policy.getXbzrle().getDelta(), DEFAULT_XBZRLE_DELTA)));
		}
		boolean encryption = policy.eIsSet(org.vmmig.dsl.vmig.VmigPackage.Literals.POLICY__ENCRYPTION);
		if (encryption || policy.isMutualAuthentication()) { // mutual authentication also without encryption
			builder.encryption(new Encryption(
					encryption ? Encryption.Mode.valueOf(policy.getEncryption().getName()) : Encryption.Mode.DISABLED,
					toBase(policy.getEncryptionSpeed(), Encryption.DEFAULT_BYTES_PER_SECOND_PER_CORE),
					policy.isMutualAuthentication()));
		}
		return builder.build();
	}

	/**
	 * The calibrated environment the policy's migrations run in ({@code environment NAME}, written by
	 * {@code vmmig calibrate}): its bandwidth efficiency, per-round cost and switchover cost. None without one,
	 * or while the reference does not resolve (the editor checks a model as it is typed).
	 */
	/** The run's cost model corrected by the policy's calibrated environment: how every migration under it is priced. */
	public static org.vmmig.engine.cost.MigrationModel migrationModel(org.vmmig.engine.run.RunOptions options, Policy policy) {
		return options.costModel().model(calibration(policy));
	}

	public static org.vmmig.engine.cost.Calibration calibration(Policy policy) {
		return calibration(policy == null ? null : policy.getEnvironment());
	}

	/** An environment's figures; none for null or an unresolved reference. */
	public static org.vmmig.engine.cost.Calibration calibration(Environment environment) {
		if (environment == null || environment.eIsProxy()) {
			return org.vmmig.engine.cost.Calibration.NONE;
		}
		return new org.vmmig.engine.cost.Calibration(toBase(environment.getEfficiency(), 1),
				toBase(environment.getRoundOverhead(), 0),
				toBase(environment.getSwitchover(), 0));
	}

	/** The policy's concurrency limits; one migration per host (Nova's default) when it sets none. */
	public org.vmmig.engine.plan.ConcurrencyLimits limits(Policy policy) {
		org.vmmig.engine.plan.ConcurrencyLimits d = org.vmmig.engine.plan.ConcurrencyLimits.DEFAULT;
		return new org.vmmig.engine.plan.ConcurrencyLimits(policy.getMaxPerHost() > 0 ? policy.getMaxPerHost() : d.perHost(),
				policy.getMaxPerLink() > 0 ? policy.getMaxPerLink() : d.perLink(),
				policy.getMaxPerCluster() > 0 ? policy.getMaxPerCluster() : d.perCluster());
	}

	public PlacementRules placementRules(Model model, Policy policy) {
		Map<String, Set<String>> allowed = allowedTransitions(policy);
		Set<String> cannotEncrypt = hostsWithoutTls(model);
		List<Set<String>> together = new ArrayList<>();
		List<Set<String>> apart = new ArrayList<>();
		for (var element : ModelElements.visibleFrom(model)) {
			if (element instanceof org.vmmig.dsl.vmig.Group group && group.getMembers() != null) {
				Set<String> members = group.getMembers().getVms().stream().map(Vm::getName)
						.collect(java.util.stream.Collectors.toSet());
				if (group.isAffinity()) {
					together.add(members);
				} else if (group.isAntiAffinity()) {
					apart.add(members);
				}
			}
		}
		Map<String, Double> hostMips = new HashMap<>();
		Map<String, Double> vmMips = new HashMap<>();
		for (var element : ModelElements.visibleFrom(model)) {
			if (element instanceof Host host && host.getMips() > 0) {
				for (String name : Instances.hostNames(host)) {
					hostMips.put(name, (double) host.getMips() * Math.max(1, host.getCores()));
				}
			} else if (element instanceof Vm vm && vm.getMips() > 0) {
				vmMips.put(vm.getName(), (double) vm.getMips() * Math.max(1, vm.getVcpus()));
			}
		}
		return new PlacementRules(allowed, policy.getEncryption() == EncryptionMode.REQUIRED, cannotEncrypt)
				.withGroups(together, apart).withCpu(hostMips, vmMips);
	}

	/**
	 * Which targets an evacuation under {@code policy} prefers: the policy's {@code placement} and {@code objective}
	 * (each only when written), the hosts' sites and storage pools, and the VMs' groups.
	 */
	public TargetRanking ranking(Model model, Policy policy) {
		Placement placement = placementWritten(policy);
		Objective objective = objectiveWritten(policy);
		Map<String, String> siteOf = new HashMap<>();
		Map<String, String> poolOf = new HashMap<>();
		List<Set<String>> groups = new ArrayList<>();
		for (var element : ModelElements.visibleFrom(model)) {
			if (element instanceof Host host && host.getName() != null) {
				for (String name : Instances.hostNames(host)) {
					if (host.getSite() != null && host.getSite().getName() != null) {
						siteOf.put(name, host.getSite().getName());
					}
					if (host.getStoragePool() != null && host.getStoragePool().getName() != null) {
						poolOf.put(name, host.getStoragePool().getName());
					}
				}
			} else if (element instanceof org.vmmig.dsl.vmig.Group group && group.getMembers() != null) {
				groups.add(group.getMembers().getVms().stream().map(Vm::getName)
						.collect(java.util.stream.Collectors.toSet()));
			}
		}
		return new TargetRanking(placement, objective, siteOf, poolOf, groups);
	}

	/**
	 * Whether the model's text gives the property. An enum property's first value is also its default, so EMF's
	 * eIsSet cannot tell {@code objective load-balancing} from no objective; the parsed text can.
	 */
	static boolean written(org.eclipse.emf.ecore.EObject element, org.eclipse.emf.ecore.EStructuralFeature feature) {
		return element.eIsSet(feature)
				|| !org.eclipse.xtext.nodemodel.util.NodeModelUtils.findNodesForFeature(element, feature).isEmpty()
				|| element.eAdapters().stream().anyMatch(a -> a instanceof SetBySweep set && set.features.contains(feature));
	}

	/**
	 * Marks a property a sweep's run sets as written, as if the model's text gave it: a sweep may set an enum to
	 * its first value ({@code placement power-aware-best-fit}), which eIsSet does not see and no text shows.
	 */
	public static void markWritten(org.eclipse.emf.ecore.EObject element, org.eclipse.emf.ecore.EStructuralFeature feature) {
		SetBySweep set = element.eAdapters().stream().filter(SetBySweep.class::isInstance).map(SetBySweep.class::cast)
				.findFirst().orElseGet(() -> {
					SetBySweep created = new SetBySweep();
					element.eAdapters().add(created);
					return created;
				});
		set.features.add(feature);
	}

	private static final class SetBySweep extends org.eclipse.emf.common.notify.impl.AdapterImpl {
		final java.util.Set<org.eclipse.emf.ecore.EStructuralFeature> features = new java.util.HashSet<>();
	}

	/** The policy's {@code placement}, or null when it writes none. */
	public static Placement placementWritten(Policy policy) {
		return written(policy, VmigPackage.Literals.POLICY__PLACEMENT) ? placement(policy.getPlacement()) : null;
	}

	/** The policy's {@code objective}, or null when it writes none. */
	public static Objective objectiveWritten(Policy policy) {
		return written(policy, VmigPackage.Literals.POLICY__OBJECTIVE) ? Objective.valueOf(policy.getObjective().getName())
				: null;
	}

	/** The engine's placement for a model's {@code placement} keyword. */
	public static Placement placement(org.vmmig.dsl.vmig.Placement placement) {
		return Placement.valueOf(placement.getName());
	}

	/**
	 * What the engine's security check needs beyond the migration policy: the policy's zone transitions
	 * ({@code allow}), its {@code audit-trail}, and the hosts of the model that cannot encrypt ({@code tls off}).
	 */
	public SecurityPolicy securityPolicy(Model model, Policy policy) {
		return new SecurityPolicy(allowedTransitions(policy), policy.isAuditTrail(), hostsWithoutTls(model));
	}

	/**
	 * For each source zone, the zones the policy lets VMs move to; empty when it lists none. A transition naming a
	 * zone that does not resolve (the editor checks a model as it is typed) is left out.
	 */
	private static Map<String, Set<String>> allowedTransitions(Policy policy) {
		Map<String, Set<String>> allowed = new HashMap<>();
		for (ZoneTransition transition : policy.getAllow() == null ? List.<ZoneTransition>of()
				: policy.getAllow().getTransitions()) {
			Zone from = transition.getFrom();
			Zone to = transition.getTo();
			if (from != null && to != null && from.getName() != null && to.getName() != null) {
				allowed.computeIfAbsent(from.getName(), zone -> new HashSet<>()).add(to.getName());
			}
		}
		return allowed;
	}

	private static Set<String> hostsWithoutTls(Model model) {
		return ModelElements.visibleFrom(model).stream().filter(Host.class::isInstance).map(Host.class::cast)
				.filter(host -> host.getTls() == Switch.OFF).flatMap(host -> Instances.hostNames(host).stream())
				.collect(java.util.stream.Collectors.toSet());
	}

	/** OpenStack Nova's defaults: live_migration_downtime_steps = 10, live_migration_downtime_delay = 75 s per GiB. */
	static final int NOVA_DOWNTIME_STEPS = 10;
	static final double NOVA_DOWNTIME_DELAY_PER_GIB = 75;
	/** A re-sent page found in the XBZRLE cache typically shrinks to a quarter or less; an assumption. */
	static final double DEFAULT_XBZRLE_DELTA = 0.25;

	private static Technique technique(Policy policy) {
		return switch (policy.getTechnique()) {
		case POST_COPY -> Technique.POST_COPY;
		case HYBRID -> Technique.HYBRID;
		default -> Technique.PRE_COPY;
		};
	}

	private static TimeoutAction timeoutAction(Policy policy) {
		return switch (policy.getTimeoutAction()) {
		case POST_COPY -> TimeoutAction.POST_COPY;
		case FORCE -> TimeoutAction.FORCE_STOP_AND_COPY;
		default -> TimeoutAction.ABORT;
		};
	}

	private static AutoConverge autoConverge(AutoConvergeSettings settings) {
		AutoConverge qemu = AutoConverge.QEMU_DEFAULTS;
		if (settings == null) {
			return qemu;
		}
		return new AutoConverge(true, toBase(settings.getInitial(), qemu.initial()),
				toBase(settings.getIncrement(), qemu.increment()),
				toBase(settings.getMaximum(), qemu.maximum()));
	}
}
