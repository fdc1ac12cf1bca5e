package org.vmmig.engine.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vmmig.engine.cost.MigrationEstimate;
import org.vmmig.engine.cost.MigrationModel;
import org.vmmig.engine.model.Host;
import org.vmmig.engine.model.MigrationPath;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.Network;
import org.vmmig.engine.model.Vm;

/**
 * Times a list of planned moves, event by event.
 *
 * <p>A move starts, in plan order, as soon as the concurrency limits allow and its target has the memory free
 * (capacity must be freed before it is used: memory on the target is reserved when a migration starts and
 * released on the source when it ends). Running migrations share bandwidth max-min fairly ({@link FairShare})
 * over the links they cross — the source's NIC out, the target's NIC in, the network between them — and never
 * more than the policy's bandwidth cap; shares are recomputed whenever a migration starts or ends. The cost
 * model prices a migration at the share it gets when it starts (rounds, downtime, bytes); the bytes then flow at
 * the changing share until they are sent. A move that can never start (its target's memory is held by moves
 * that wait themselves: a cycle) is reported, not waited for.
 */
public final class MigrationScheduler {

	/** A planned move. */
	public record Request(Vm vm, Host source, Host target, Network network, MigrationPath path) {
	}

	/** The timed migrations, and the moves that could not start. */
	public record Schedule(List<Migration> migrations, List<Unplaced> blocked) {
	}

	private final MigrationModel model;

	public MigrationScheduler(MigrationModel model) {
		this.model = model;
	}

	/** A planned move and how its migration went: bytes left and rate as a {@link Flows.Flow}. */
	private static final class Flow extends Flows.Flow {
		final Request request;
		final int index;
		double start;
		double end;
		double initialRate;
		MigrationEstimate estimate;
		final List<Migration.Share> shares = new ArrayList<>();

		Flow(Request request, int index) {
			this.request = request;
			this.index = index;
			rate(Double.NaN); // no share yet
		}

		String link() {
			return request.network() == null ? null : request.network().name();
		}
	}

	/**
	 * @param freeMemory each host's free memory (bytes) before the first move; hosts not listed have none to
	 *                   spare
	 */
	public Schedule schedule(List<Request> requests, Map<String, Double> freeMemory, MigrationPolicy policy,
			ConcurrencyLimits limits) {
		Occupancy occupancy = new Occupancy(freeMemory);
		List<Flow> pending = new ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			pending.add(new Flow(requests.get(i), i));
		}
		Flows<Flow> running = new Flows<>();
		List<Flow> done = new ArrayList<>();
		while (true) {
			for (var it = pending.iterator(); it.hasNext();) {
				Flow f = it.next();
				if (running.active().size() < limits.perCluster() && occupancy.allows(f, limits)) {
					it.remove();
					occupancy.start(f);
					f.start = running.now();
					running.add(f);
				}
			}
			if (running.active().isEmpty()) {
				break; // done, or what is left waits for memory nothing will free
			}
			share(running.active(), policy, running.now());
			double next = running.nextEnd();
			for (Flow f : running.finishAt(next)) {
				done.add(f);
				f.end = next;
				occupancy.end(f);
			}
		}
		done.sort((a, b) -> Integer.compare(a.index, b.index));
		List<Migration> migrations = new ArrayList<>();
		for (Flow f : done) {
			Request r = f.request;
			migrations.add(new Migration(r.vm().name(), r.source().name(), r.target().name(), f.start, f.end,
					f.initialRate, r.vm().dirtyBytesPerSecond(), f.estimate, f.shares, r.source().site(), r.target().site()));
		}
		List<Unplaced> blocked = new ArrayList<>();
		for (Flow f : pending) {
			Request r = f.request;
			blocked.add(new Unplaced(r.vm().name(), new Refusal.WaitsInCycle(r.vm().memoryBytes(), r.target().name())));
		}
		return new Schedule(migrations, blocked);
	}

	/**
	 * What running migrations hold: memory reserved on their targets (released on the source when one ends), and
	 * how many run per host and per network, against the concurrency limits.
	 */
	private static final class Occupancy {
		private final Map<String, Double> free;
		private final Map<String, Integer> hostLoad = new HashMap<>();
		private final Map<String, Integer> linkLoad = new HashMap<>();

		Occupancy(Map<String, Double> freeMemory) {
			free = new HashMap<>(freeMemory);
		}

		/** Whether the flow may start now: its hosts and network under their limits, its target's memory free. */
		boolean allows(Flow f, ConcurrencyLimits limits) {
			Request r = f.request;
			return hostLoad.getOrDefault(r.source().name(), 0) < limits.perHost()
					&& hostLoad.getOrDefault(r.target().name(), 0) < limits.perHost()
					&& (f.link() == null || linkLoad.getOrDefault(f.link(), 0) < limits.perLink())
					&& free.getOrDefault(r.target().name(), 0.0) >= r.vm().memoryBytes();
		}

		void start(Flow f) {
			Request r = f.request;
			free.merge(r.target().name(), -r.vm().memoryBytes(), Double::sum);
			count(f, 1);
		}

		void end(Flow f) {
			Request r = f.request;
			free.merge(r.source().name(), r.vm().memoryBytes(), Double::sum);
			count(f, -1);
		}

		private void count(Flow f, int change) {
			hostLoad.merge(f.request.source().name(), change, Integer::sum);
			hostLoad.merge(f.request.target().name(), change, Integer::sum);
			if (f.link() != null) {
				linkLoad.merge(f.link(), change, Integer::sum);
			}
		}
	}

	/**
	 * Max-min fair shares of the running flows over the NICs (each direction a link), the networks, and each
	 * migration's own cap; a flow that just started is priced by the cost model at its share.
	 */
	private void share(List<Flow> running, MigrationPolicy policy, double now) {
		SharedLinks<String> links = new SharedLinks<>();
		for (int i = 0; i < running.size(); i++) {
			Request r = running.get(i).request;
			int out = links.link("out:" + r.source().name(), r.source().nicBytesPerSecond());
			int in = links.link("in:" + r.target().name(), r.target().nicBytesPerSecond());
			// the migration's own ceiling: its path's narrowest part and the policy's bandwidth cap
			if (r.network() != null) {
				int net = links.link("net:" + r.network().name(), r.network().bandwidthBytesPerSecond());
				links.transfer(out, in, net, links.link("cap:" + i, policy.usableBandwidth(r.path().bandwidthBytesPerSecond())));
			} else {
				links.transfer(out, in, links.link("cap:" + i, policy.usableBandwidth(r.path().bandwidthBytesPerSecond())));
			}
		}
		double[] rates = links.rates();
		for (int i = 0; i < running.size(); i++) {
			Flow f = running.get(i);
			double rate = rates[i];
			if (!(rate > 0)) {
				throw new IllegalArgumentException("no bandwidth for the migration of " + f.request.vm().name());
			}
			if (!f.priced()) {
				// held back only by its own cap, the migration sees its whole path (the model applies the cap);
				// otherwise it sees the share it got
				MigrationPath own = f.request.path();
				boolean alone = rate >= policy.usableBandwidth(own.bandwidthBytesPerSecond());
				MigrationPath at = alone ? own : new MigrationPath(rate, f.request.path().rttSeconds(), f.request.path().lossRate(),
						f.request.path().sharedStorage(), f.request.path().trusted(), f.request.path().subnetChange());
				f.estimate = model.estimate(f.request.vm().profile(), at, policy);
				// the model's time includes what bytes alone do not (handshake, round overheads, downtime):
				// keep it by stretching the bytes to the model's duration at this rate
				f.remaining(Math.max(Math.max(f.estimate.bytesTransferred(), 1), f.estimate.totalSeconds() * rate));
				f.initialRate = rate;
			}
			if (f.rate() != rate) {
				f.rate(rate);
				f.shares.add(new Migration.Share(now, rate));
			}
		}
	}

}
