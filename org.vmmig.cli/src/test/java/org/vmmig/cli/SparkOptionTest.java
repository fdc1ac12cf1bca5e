package org.vmmig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.Serializable;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.vmmig.engine.sweep.FinishedRun;
import org.vmmig.engine.sweep.SweepExecutor;
import org.vmmig.engine.sweep.SweepTask;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code --spark MASTER}: the local executor without it; with it and without Spark's module, how to get it. */
class SparkOptionTest {

	@Command(name = "sweep")
	static final class Sweep {
		@Mixin
		SparkOption spark;
	}

	private static final SweepExecutor LOCAL = new SweepExecutor() {
		@Override
		public <R extends Serializable> List<FinishedRun<R>> run(int count, SweepTask<R> task,
				Consumer<FinishedRun<R>> onFinished) {
			throw new UnsupportedOperationException();
		}

		@Override
		public String describe() {
			return "local";
		}
	};

	private static SparkOption parse(String... args) {
		Sweep sweep = new Sweep();
		new CommandLine(sweep).parseArgs(args);
		return sweep.spark;
	}

	@Test
	void withoutTheOptionTheSweepRunsLocally() throws Exception {
		assertSame(LOCAL, parse().executor(() -> LOCAL));
	}

	@Test
	void withoutSparksModuleTheMessageSaysHowToGetIt() {
		SparkOption.Unavailable e = assertThrows(SparkOption.Unavailable.class,
				() -> parse("--spark", "spark://127.0.0.1:7077").executor(() -> LOCAL));
		assertEquals("--spark: no spark executor on the classpath: build the org.vmmig.spark module and run from its "
				+ "jar (see docs/scale-out.md)", e.getMessage());
	}
}
