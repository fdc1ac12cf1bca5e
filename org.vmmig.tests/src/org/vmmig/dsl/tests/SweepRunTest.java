package org.vmmig.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vmmig.dsl.run.ScenarioRunner;
import org.vmmig.dsl.sweep.ModelSweep;
import org.vmmig.dsl.sweep.SweepRuns;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.Sweep;
import org.vmmig.engine.run.RunOptions;
import org.vmmig.engine.run.ScenarioResult;
import org.vmmig.engine.sweep.Distribution;
import org.vmmig.engine.sweep.LocalSweepExecutor;
import org.vmmig.engine.sweep.RandomStreams;
import org.vmmig.engine.sweep.RunMetrics;
import org.vmmig.engine.sweep.FinishedRun;
import org.vmmig.engine.sweep.SweepMetric;
import org.vmmig.engine.sweep.SweepResults;
import org.vmmig.report.CsvRenderer;
import org.vmmig.report.HtmlRenderer;
import org.vmmig.report.SweepJson;
import org.vmmig.report.SweepTables;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * A sweep runs each combination through the path of a single run: its row equals the single run of a model that
 * writes the combination's values; thread counts change nothing; failed runs are rows; a stopped sweep is partial.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(VmigInjectorProvider.class)
class SweepRunTest {

	@Inject
	private ModelTester tester;
	@Inject
	private ParseHelper<Model> parser;
	@Inject
	private Provider<XtextResourceSet> resourceSets;

	private static final String TOPOLOGY = """
			host h1 { memory 64 GiB nic 10 Gbps }
			host h2 { memory 64 GiB nic 10 Gbps }
			host h3 { memory 64 GiB nic 10 Gbps }
			network lan { bandwidth 10 Gbps latency 0.1 ms connects h1, h2, h3 }
			vm a { memory 8 GiB dirty-rate 200 MiB/s working-set 4 GiB on h1 }
			vm b { memory 4 GiB dirty-rate 50 MiB/s on h1 }
			vm c { memory 16 GiB dirty-rate 100 MiB/s on h1 }
			""";

	private static final String KNOBS = TOPOLOGY + """
			policy p { downtime-limit 300 ms }
			policy q { technique post-copy }
			scenario drain { evacuate h1 using p }
			sweep knobs {
				scenario drain
				vary policy p, q
				vary downtime-limit 100 ms, 300 ms, 1 s
				vary max-per-host 1, 2
				best minimize makespan where downtime < 2 s
			}
			""";

	private Sweep sweep(Model model) {
		assertEquals("", ModelTester.render(tester.errors(model)), "the model is valid");
		return model.getElements().stream().filter(Sweep.class::isInstance).map(Sweep.class::cast).findFirst().orElseThrow();
	}

	private ScenarioResult single(String text) throws Exception {
		Model model = tester.parse(text);
		assertEquals("", ModelTester.render(tester.errors(model)), "the single model is valid");
		return new ScenarioRunner(RunOptions.DEFAULTS).run(ScenarioRunner.scenarios(model).get(0));
	}

	@Test
	void eachRowIsTheSingleRunOfItsCombination() throws Exception {
		ModelSweep sweep = ModelSweep.of(sweep(tester.parse(KNOBS)), RunOptions.DEFAULTS);
		assertEquals(12, sweep.runs());
		String[] policies = { "p", "q" };
		String[] limits = { "100 ms", "300 ms", "1 s" };
		int[] perHost = { 1, 2 };
		for (int run = 0; run < 12; run++) {
			String policy = policies[run / 6], limit = limits[run / 2 % 3];
			int host = perHost[run % 2];
			String text = TOPOLOGY + "policy p { downtime-limit " + limit + " max-per-host " + host + " }\n"
					+ "policy q { technique post-copy downtime-limit " + limit + " max-per-host " + host + " }\n"
					+ "scenario drain { evacuate h1 using " + policy + " }\n";
			ScenarioResult expected = single(text);
			ScenarioResult row = sweep.result(run);
			assertEquals(expected.plan(), row.plan(), "run " + run + ": " + policy + ", " + limit + ", " + host);
			assertEquals(RunMetrics.of(expected), sweep.run(run), "run " + run);
		}
		// the knobs change the result: post-copy pauses less than pre-copy, and the rows are not all alike
		assertTrue(sweep.run(6).get(SweepMetric.DOWNTIME) < sweep.run(0).get(SweepMetric.DOWNTIME));
		assertTrue(java.util.stream.IntStream.range(0, 6).mapToObj(run -> {
			try {
				return sweep.run(run);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		}).distinct().count() > 1, "the downtime limit and the concurrency change the plan");
	}

	@Test
	void aSweepShippedAsBytesRunsTheSameAsTheOriginal() throws Exception {
		// what a cluster executor does with the task: serialize it, and run it elsewhere from the bytes
		ModelSweep sweep = ModelSweep.of(sweep(tester.parse(KNOBS)), RunOptions.DEFAULTS.withSeed(5));
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
			out.writeObject(sweep);
		}
		ModelSweep shipped;
		try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
				new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
			shipped = (ModelSweep) in.readObject();
		}
		assertEquals(sweep.definition(), shipped.definition());
		assertEquals(sweep.options(), shipped.options());
		for (int run : new int[] { 0, 5, 11 }) {
			assertEquals(sweep.run(run), shipped.run(run), "run " + run);
		}
	}

	private static final String UNCERTAIN = TOPOLOGY + """
			policy p { downtime-limit 300 ms max-per-host 2 }
			scenario drain { evacuate h1 using p }
			sweep rates {
				scenario drain
				vary downtime-limit 300 ms, 1 s
				uncertain dirty-rate of a, c uniform 50 MiB/s to 400 MiB/s
				samples 40 seed 11
			}
			""";

	@Test
	void aMonteCarloSampleDrawsFromTheSeedAndTheSampleNumber() throws Exception {
		ModelSweep sweep = ModelSweep.of(sweep(tester.parse(UNCERTAIN)), RunOptions.DEFAULTS);
		assertEquals(80, sweep.runs());
		Distribution rates = new Distribution.Uniform(50 * 1048576.0, 400 * 1048576.0);
		for (int run : new int[] { 0, 7, 39, 40, 47, 79 }) {
			var random = RandomStreams.of(11, run % 40); // each configuration sees the same draws (common random numbers)
			String a = new BigDecimal(rates.sample(random)).toPlainString();
			String c = new BigDecimal(rates.sample(random)).toPlainString();
			String text = TOPOLOGY.replace("vm a { memory 8 GiB dirty-rate 200 MiB/s", "vm a { memory 8 GiB dirty-rate " + a + " B/s")
					.replace("vm c { memory 16 GiB dirty-rate 100 MiB/s", "vm c { memory 16 GiB dirty-rate " + c + " B/s")
					+ "policy p { downtime-limit " + (run < 40 ? "300 ms" : "1 s") + " max-per-host 2 }\n"
					+ "scenario drain { evacuate h1 using p }\n";
			assertEquals(RunMetrics.of(single(text)), sweep.run(run), "run " + run);
		}
	}

	@Test
	void oneTwoOrFourThreadsGiveTheSameTablesByte_for_byte() throws Exception {
		ModelSweep sweep = ModelSweep.of(sweep(tester.parse(UNCERTAIN)), RunOptions.DEFAULTS);
		List<String> documents = new ArrayList<>();
		for (int threads : new int[] { 1, 2, 4 }) {
			SweepResults results = SweepRuns.execute(sweep, new LocalSweepExecutor(threads), o -> {
			});
			assertFalse(results.partial());
			assertEquals(80, results.outcomes().size());
			StringBuilder all = new StringBuilder(SweepJson.write(results));
			CsvRenderer csv = new CsvRenderer();
			SweepTables.report(results).tables().forEach(t -> all.append(csv.render(t)));
			documents.add(all.toString());
		}
		assertEquals(documents.get(0), documents.get(1), "1 and 2 threads");
		assertEquals(documents.get(0), documents.get(2), "1 and 4 threads");
		assertTrue(documents.get(0).contains("percentiles-makespan") || documents.get(0).contains("P95"), "percentiles");
	}

	/** Three 288-sample traces per day folder; the third folder has one file only. */
	private Path traces(Path dir) throws Exception {
		int[][] days = { { 20, 60, 90 }, { 70, 10, 40 } };
		for (int d = 0; d < days.length; d++) {
			Path folder = Files.createDirectories(dir.resolve("day" + (d + 1)));
			for (int v = 0; v < 3; v++) {
				StringBuilder lines = new StringBuilder();
				for (int i = 0; i < 288; i++) {
					lines.append((days[d][v] + 7 * i) % 100).append('\n');
				}
				Files.writeString(folder.resolve("vm" + v), lines);
			}
		}
		Files.createDirectories(dir.resolve("day3"));
		Files.writeString(dir.resolve("day3").resolve("only"), "50\n".repeat(288));
		return dir;
	}

	private static final String DAY = """
			host h1 { memory 16 GiB nic 1 Gbps cores 2 mips 2000 }
			host h2 { memory 16 GiB nic 1 Gbps cores 2 mips 2000 }
			host h3 { memory 16 GiB nic 1 Gbps cores 2 mips 2000 }
			network lan { bandwidth 1 Gbps connects h1, h2, h3 }
			vm v0 { memory 2 GiB mips 1000 on h1 trace "%s/vm0" }
			vm v1 { memory 2 GiB mips 1000 on h2 trace "%s/vm1" }
			vm v2 { memory 2 GiB mips 1000 on h3 trace "%s/vm2" }
			policy pol { detector %s selection mmt }
			scenario day { simulate using pol horizon 6 h step 5 min }
			""";

	private Model parseFile(Path file, String text) throws Exception {
		Files.writeString(file, text);
		return parser.parse(text, URI.createFileURI(file.toString()), resourceSets.get());
	}

	@Test
	void traceFoldersAreDaysAndAFolderThatCannotServeIsAFailedRowWhileTheOthersGoOn(@TempDir Path dir) throws Exception {
		traces(dir);
		String text = DAY.formatted("day1", "day1", "day1", "thr 0.8") + """
				sweep days {
					scenario day
					vary traces "day1", "day2", "day3"
					vary detector thr 0.5, thr 0.9
				}
				""";
		ModelSweep sweep = ModelSweep.of(sweep(parseFile(dir.resolve("days.vmig"), text)), RunOptions.DEFAULTS);
		SweepResults results = SweepRuns.execute(sweep, new LocalSweepExecutor(2), o -> {
		});
		assertEquals(6, results.outcomes().size());
		for (int run = 0; run < 4; run++) {
			String day = run < 2 ? "day1" : "day2";
			String detector = run % 2 == 0 ? "thr 0.5" : "thr 0.9";
			Model single = parseFile(dir.resolve("single" + run + ".vmig"), DAY.formatted(day, day, day, detector));
			ScenarioResult expected = new ScenarioRunner(RunOptions.DEFAULTS).run(ScenarioRunner.scenarios(single).get(0));
			FinishedRun<RunMetrics> row = results.outcomes().get(run);
			assertTrue(row.succeeded(), row.failure());
			assertEquals(RunMetrics.of(expected), row.result(), "run " + run + " (" + day + ", " + detector + ")");
		}
		assertTrue(results.outcomes().get(0).result().get(SweepMetric.ENERGY) != results.outcomes().get(2).result()
				.get(SweepMetric.ENERGY), "another day, another energy");
		for (int run = 4; run < 6; run++) {
			assertEquals("traces folder 'day3' has 1 file(s); the model has 3 VMs with a trace",
					results.outcomes().get(run).failure());
		}
		String csv = new CsvRenderer().render(SweepTables.report(results).table("runs"));
		assertTrue(csv.contains("day3,thr 0.5,") && csv.contains("traces folder 'day3' has 1 file(s)"), csv);
	}

	@Test
	void aStoppedSweepKeepsTheFinishedRunsInAValidReportMarkedPartial() throws Exception {
		ModelSweep sweep = ModelSweep.of(sweep(tester.parse(UNCERTAIN.replace("samples 40", "samples 5000"))),
				RunOptions.DEFAULTS);
		AtomicInteger finished = new AtomicInteger();
		Thread caller = Thread.currentThread();
		SweepResults results = SweepRuns.execute(sweep, new LocalSweepExecutor(2), o -> {
			if (finished.incrementAndGet() == 20) {
				caller.interrupt();
			}
		});
		assertFalse(Thread.currentThread().isInterrupted(), "the interrupt was consumed: the report can be written");
		assertTrue(results.partial());
		assertTrue(results.outcomes().size() >= 20 && results.outcomes().size() < 10_000, results.toString());
		String json = SweepJson.write(results);
		assertTrue(json.contains("\"partial\": true"), json.substring(0, 300));
		assertTrue(json.contains("\"runsPlanned\": 10000"), json.substring(0, 300));
		String html = new HtmlRenderer().render(SweepTables.report(results));
		assertTrue(html.contains("sweep rates (partial)") && html.contains("PARTIAL: the sweep was stopped"));
	}
}
