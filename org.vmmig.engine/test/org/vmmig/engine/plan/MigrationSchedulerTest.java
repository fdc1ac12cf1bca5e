package org.vmmig.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vmmig.engine.cost.MigrationModel;
import org.vmmig.engine.model.DataCenter;
import org.vmmig.engine.model.Host;
import org.vmmig.engine.model.MigrationPath;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.Network;
import org.vmmig.engine.model.Vm;
import org.vmmig.engine.report.Explanations;

/** Timing moves: concurrency limits, bandwidth shared over NICs and networks, memory freed before it is used. */
class MigrationSchedulerTest {

	private static final double GIB = 1024.0 * 1024 * 1024;
	private static final double GBIT = 1e9 / 8;
	private final MigrationModel model = MigrationModel.live();
	private final MigrationPolicy policy = MigrationPolicy.defaults();

	/** An idle guest's migration time alone at {@code bandwidth} (its memory with page headers, device state). */
	private double alone(double memory, double bandwidth) {
		return model.estimate(new Vm("x", memory, 0, "h").profile(), MigrationPath.lan(bandwidth), policy).totalSeconds();
	}

	private static DataCenter twoSourcesOneTarget() {
		return new DataCenter(
				List.of(new Host("s1", 64 * GIB, 10 * GBIT), new Host("s2", 64 * GIB, 10 * GBIT), new Host("t", 256 * GIB, 10 * GBIT)),
				List.of(new Vm("a", 8 * GIB, 0, "s1"), new Vm("b", 8 * GIB, 0, "s2")),
				List.of(new Network("lan", 100 * GBIT, 0, List.of("s1", "s2", "t"))));
	}

	@Test
	void twoMigrationsIntoOneHostShareItsNicHalfEach() {
		Plan plan = new EvacuationPlanner(model).evacuate(twoSourcesOneTarget(), List.of("s1", "s2"), policy,
				PlacementRules.NONE, new ConcurrencyLimits(2, 10, 10));
		assertEquals(2, plan.migrations().size());
		for (Migration m : plan.migrations()) {
			assertEquals(0, m.startSeconds());
			assertEquals(5 * GBIT, m.bandwidthBytesPerSecond(), 1e-6);
			// priced at 5 Gbit/s for the whole transfer: the same as alone at half the bandwidth
			assertEquals(alone(8 * GIB, 5 * GBIT), m.endSeconds(), 1e-6);
		}
	}

	@Test
	void oneMigrationPerHostRunsThemInTurn() {
		Plan plan = new EvacuationPlanner(model).evacuate(twoSourcesOneTarget(), List.of("s1", "s2"), policy,
				PlacementRules.NONE, ConcurrencyLimits.DEFAULT);
		Migration first = plan.migrations().get(0);
		Migration second = plan.migrations().get(1);
		assertEquals(alone(8 * GIB, 10 * GBIT), first.endSeconds(), 1e-6);
		assertEquals(first.endSeconds(), second.startSeconds(), 1e-9);
		assertEquals(10 * GBIT, second.bandwidthBytesPerSecond(), 1e-6);
	}

	@Test
	void whenOneMigrationEndsTheOtherSpeedsUp() {
		// a (4 GiB) and b (8 GiB) share t's NIC; when a ends, b gets the whole NIC for the rest
		DataCenter dc = new DataCenter(
				List.of(new Host("s1", 64 * GIB, 10 * GBIT), new Host("s2", 64 * GIB, 10 * GBIT), new Host("t", 256 * GIB, 10 * GBIT)),
				List.of(new Vm("a", 4 * GIB, 0, "s1"), new Vm("b", 8 * GIB, 0, "s2")),
				List.of(new Network("lan", 100 * GBIT, 0, List.of("s1", "s2", "t"))));
		Plan plan = new EvacuationPlanner(model).evacuate(dc, List.of("s1", "s2"), policy, PlacementRules.NONE,
				new ConcurrencyLimits(2, 10, 10));
		Migration b = plan.migrations().stream().filter(m -> m.vmName().equals("b")).findFirst().orElseThrow();
		Migration a = plan.migrations().stream().filter(m -> m.vmName().equals("a")).findFirst().orElseThrow();
		assertEquals(List.of(new Migration.Share(0, 5 * GBIT), new Migration.Share(a.endSeconds(), 10 * GBIT)),
				b.bandwidthOverTime());
		// fluid: b's work (its time alone at 5 Gbit/s, times 5 Gbit/s) is done at 5 until a ends, then at 10
		double work = alone(8 * GIB, 5 * GBIT) * 5 * GBIT;
		double end = a.endSeconds() + (work - 5 * GBIT * a.endSeconds()) / (10 * GBIT);
		assertEquals(end, b.endSeconds(), 1e-6);
	}

	@Test
	void aMoveWaitsUntilItsTargetHasBeenFreed() {
		// t is full until x leaves it for u; only then can y move onto t
		Host s = new Host("s", 64 * GIB, 10 * GBIT);
		Host t = new Host("t", 16 * GIB, 10 * GBIT);
		Host u = new Host("u", 64 * GIB, 10 * GBIT);
		Network lan = new Network("lan", 100 * GBIT, 0, List.of("s", "t", "u"));
		Vm x = new Vm("x", 16 * GIB, 0, "t");
		Vm y = new Vm("y", 8 * GIB, 0, "s");
		List<MigrationScheduler.Request> requests = List.of(
				new MigrationScheduler.Request(y, s, t, lan, MigrationPath.lan(10 * GBIT)),
				new MigrationScheduler.Request(x, t, u, lan, MigrationPath.lan(10 * GBIT)));
		MigrationScheduler.Schedule schedule = new MigrationScheduler(model).schedule(requests,
				Map.of("s", 56 * GIB, "t", 0.0, "u", 64 * GIB), policy, new ConcurrencyLimits(4, 10, 10));
		Migration ym = schedule.migrations().get(0);
		Migration xm = schedule.migrations().get(1);
		assertEquals(0, xm.startSeconds());
		assertEquals(xm.endSeconds(), ym.startSeconds(), 1e-9);
		assertTrue(schedule.blocked().isEmpty());
	}

	@Test
	void aCycleOfMovesIsReportedNotWaitedFor() {
		Host h1 = new Host("h1", 8 * GIB, 10 * GBIT);
		Host h2 = new Host("h2", 8 * GIB, 10 * GBIT);
		Network lan = new Network("lan", 100 * GBIT, 0, List.of("h1", "h2"));
		Vm a = new Vm("a", 8 * GIB, 0, "h1");
		Vm b = new Vm("b", 8 * GIB, 0, "h2");
		MigrationScheduler.Schedule schedule = new MigrationScheduler(model).schedule(
				List.of(new MigrationScheduler.Request(a, h1, h2, lan, MigrationPath.lan(10 * GBIT)),
						new MigrationScheduler.Request(b, h2, h1, lan, MigrationPath.lan(10 * GBIT))),
				Map.of("h1", 0.0, "h2", 0.0), policy, ConcurrencyLimits.DEFAULT);
		assertTrue(schedule.migrations().isEmpty());
		assertEquals(List.of("a", "b"), schedule.blocked().stream().map(u -> u.vmName()).toList());
		assertEquals("waits for 8.00 GiB on h2 that no migration of the plan frees (a cycle of moves)",
				Explanations.of(schedule.blocked().get(0).refusal()));
	}

	@Test
	void theNetworkItselfCanBeTheBottleneck() {
		// a 10 Gbit/s network shared by two migrations between different pairs of 10 Gbit/s hosts
		Host s1 = new Host("s1", 64 * GIB, 10 * GBIT);
		Host s2 = new Host("s2", 64 * GIB, 10 * GBIT);
		Host t1 = new Host("t1", 64 * GIB, 10 * GBIT);
		Host t2 = new Host("t2", 64 * GIB, 10 * GBIT);
		Network lan = new Network("lan", 10 * GBIT, 0, List.of("s1", "s2", "t1", "t2"));
		MigrationScheduler.Schedule schedule = new MigrationScheduler(model).schedule(
				List.of(new MigrationScheduler.Request(new Vm("a", 4 * GIB, 0, "s1"), s1, t1, lan, MigrationPath.lan(10 * GBIT)),
						new MigrationScheduler.Request(new Vm("b", 4 * GIB, 0, "s2"), s2, t2, lan, MigrationPath.lan(10 * GBIT))),
				Map.of("t1", 64 * GIB, "t2", 64 * GIB), policy, new ConcurrencyLimits(1, 2, 10));
		schedule.migrations().forEach(m -> assertEquals(5 * GBIT, m.bandwidthBytesPerSecond(), 1e-6));
		// and a limit of one migration per network runs them in turn
		MigrationScheduler.Schedule serial = new MigrationScheduler(model).schedule(
				List.of(new MigrationScheduler.Request(new Vm("a", 4 * GIB, 0, "s1"), s1, t1, lan, MigrationPath.lan(10 * GBIT)),
						new MigrationScheduler.Request(new Vm("b", 4 * GIB, 0, "s2"), s2, t2, lan, MigrationPath.lan(10 * GBIT))),
				Map.of("t1", 64 * GIB, "t2", 64 * GIB), policy, new ConcurrencyLimits(1, 1, 10));
		assertEquals(serial.migrations().get(0).endSeconds(), serial.migrations().get(1).startSeconds(), 1e-9);
	}
}
