package org.vmmig.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** What spark-submit's PlanetLabSweep says of bad arguments and of a cluster that is not there: exit 2, one line. */
class PlanetLabSweepCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return PlanetLabSweep.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String errors() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void withoutADayItSaysWhatToGive() {
		assertEquals(2, run("--policy", "THR-MMT-0.8"));
		assertTrue(errors().startsWith("vmmig: name at least one folder of PlanetLab traces\nusage: spark-submit"),
				errors());
	}

	@Test
	void aDayThatIsNoFolderIsNamed() {
		assertEquals(2, run("--master", "local[1]", "no-such-day"));
		assertEquals("vmmig: no-such-day: not a folder of traces\n", errors());
	}

	@Test
	void anAbsentMasterIsToldBeforeTheTracesAreRead() throws Exception {
		int port = StandaloneCluster.freePort();
		long start = System.nanoTime();
		assertEquals(2, run("--master", "spark://127.0.0.1:" + port, SparkExecutorTest.PLANETLAB.resolve("20110303")
				.toString()));
		assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "took too long");
		assertTrue(errors().startsWith("vmmig: no Spark master answers at spark://127.0.0.1:" + port), errors());
		assertEquals("", out.toString(StandardCharsets.UTF_8));
	}
}
