package org.vmmig.spark;

import java.io.IOException;
import java.io.Serializable;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.vmmig.engine.sweep.FinishedRun;
import org.vmmig.engine.sweep.SweepExecutor;
import org.vmmig.engine.sweep.SweepTask;

import scala.runtime.AbstractFunction0;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;
import scala.util.Try;

/**
 * Runs a sweep on Apache Spark: each run is one Spark task (one partition per run index), its outcome collected
 * back to the driver as it finishes. The task itself (with whatever it carries — e.g. the traces of
 * {@link FolderSnapshot}s) travels as a Spark broadcast, so each executor fetches and deserialises it once, not
 * once per run. A run that throws becomes a {@link FinishedRun#failure} row, not a failed job.
 *
 * <p>Connecting checks the master first: an unreachable {@code spark://} master is an error within seconds, and a
 * master that gives no executor within {@link #DEFAULT_EXECUTOR_WAIT} is an error too, not a hang.
 */
public final class SparkExecutor implements SweepExecutor {

	/** How long to wait for a TCP answer from a spark:// master before calling it unreachable. */
	static final Duration MASTER_PROBE_TIMEOUT = Duration.ofSeconds(3);
	/** How long a cluster may take to give the sweep its first executor (workers start a JVM each). */
	public static final Duration DEFAULT_EXECUTOR_WAIT = Duration.ofSeconds(90);

	private final JavaSparkContext context;
	private final String master;
	private final Set<String> shippedJars = new LinkedHashSet<>();

	private SparkExecutor(JavaSparkContext context, String master) {
		this.context = context;
		this.master = master;
	}

	/**
	 * Connects to {@code master} (spark://host:port, local[N], or null for the master spark-submit gave).
	 *
	 * @throws SparkUnavailableException when the master does not answer, or gives no executor in time
	 */
	public static SparkExecutor connect(String master) throws SparkUnavailableException {
		return connect(master, DEFAULT_EXECUTOR_WAIT);
	}

	/** As {@link #connect(String)}, waiting at most {@code executorWait} for the cluster's first executor. */
	public static SparkExecutor connect(String master, Duration executorWait) throws SparkUnavailableException {
		String url = master != null ? master : System.getProperty("spark.master"); // spark-submit sets it
		if (url == null) {
			throw new SparkUnavailableException("no Spark master given: pass one (e.g. spark://host:7077) or start "
					+ "through spark-submit --master");
		}
		if (url.startsWith("spark://")) {
			probe(url); // before Spark's classes load, which takes seconds on a busy machine
		}
		boolean local = url.startsWith("local");
		SparkConf conf = new SparkConf().setMaster(url); // and spark.* system properties, as spark-submit sets them
		conf.setIfMissing("spark.app.name", "vmmig sweep");
		conf.setIfMissing("spark.ui.enabled", "false");
		if (local || isLoopback(url)) { // a cluster on this machine: keep the driver on the loopback interface too
			conf.setIfMissing("spark.driver.host", "127.0.0.1");
			conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
		}
		Set<String> jars = local ? Set.of() : shipVmmigClasses(conf);
		JavaSparkContext context;
		try {
			context = new JavaSparkContext(conf);
		} catch (RuntimeException e) {
			throw new SparkUnavailableException("cannot start a Spark application on " + url + ": " + e.getMessage(), e);
		}
		SparkExecutor executor = new SparkExecutor(context, url);
		executor.shippedJars.addAll(jars);
		if (!local) {
			executor.awaitExecutor(executorWait);
		}
		return executor;
	}

	/**
	 * Adds the engine's jar and this module's to {@code spark.jars}, which executors fetch; under spark-submit the
	 * application jar already has them, and "file:/x.jar" and "/x.jar" are one jar.
	 */
	private static Set<String> shipVmmigClasses(SparkConf conf) {
		Set<String> jars = new LinkedHashSet<>();
		for (String jar : conf.get("spark.jars", "").split(",")) {
			if (!jar.isBlank()) jars.add(jar.startsWith("file:") ? Path.of(URI.create(jar)).toString() : jar);
		}
		jars.add(ShippedJars.jarOf(SweepTask.class));
		jars.add(ShippedJars.jarOf(SparkExecutor.class));
		conf.set("spark.jars", String.join(",", jars));
		return jars;
	}

	/** Fails fast when none of the master's host:port pairs (several for a standby master) accepts a connection. */
	private static void probe(String url) throws SparkUnavailableException {
		List<String> reasons = new ArrayList<>();
		for (String hostPort : url.substring("spark://".length()).split(",")) {
			int colon = hostPort.lastIndexOf(':');
			String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
			int port;
			try {
				port = colon < 0 ? 7077 : Integer.parseInt(hostPort.substring(colon + 1));
			} catch (NumberFormatException e) {
				throw new SparkUnavailableException("'" + url + "' is not a Spark master URL like spark://host:7077");
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(host, port), (int) MASTER_PROBE_TIMEOUT.toMillis());
				return;
			} catch (IOException e) {
				reasons.add(hostPort + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
			}
		}
		throw new SparkUnavailableException("no Spark master answers at " + url + " (" + String.join("; ", reasons)
				+ "). Is the master running, and is the address the one its log prints?");
	}

	private static boolean isLoopback(String url) {
		return url.startsWith("spark://127.") || url.startsWith("spark://localhost:");
	}

	private void awaitExecutor(Duration wait) throws SparkUnavailableException {
		long deadline = System.nanoTime() + wait.toNanos();
		while (context.sc().statusTracker().getExecutorInfos().length < 2) { // the driver counts as one
			if (context.sc().isStopped()) {
				throw new SparkUnavailableException("the Spark master at " + master + " refused or dropped this "
						+ "application (see the log above)");
			}
			if (System.nanoTime() > deadline) {
				context.stop();
				throw new SparkUnavailableException("the Spark master at " + master + " gave no executor within "
						+ wait.toSeconds() + " s: are its workers running, with a free core and the memory asked for "
						+ "(spark.executor.memory, default 1g)?");
			}
			try {
				Thread.sleep(100);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				context.stop();
				throw new SparkUnavailableException("interrupted while waiting for the Spark master at " + master);
			}
		}
	}

	@Override
	public <R extends Serializable> List<FinishedRun<R>> run(int count, SweepTask<R> task,
			Consumer<FinishedRun<R>> onFinished) throws InterruptedException {
		if (count < 0) throw new IllegalArgumentException("run count " + count);
		List<FinishedRun<R>> outcomes = new ArrayList<>(count);
		if (count == 0) return outcomes;
		shipClassesOf(task);
		Broadcast<SweepTask<R>> shipped = context.broadcast(task);
		try {
			List<Integer> indices = new ArrayList<>(count);
			for (int i = 0; i < count; i++) indices.add(i);
			// one partition per run: each run is a task, scheduled on whichever executor core is free
			var runs = context.parallelize(indices, count).rdd();
			LinkedBlockingQueue<List<FinishedRun<R>>> finished = new LinkedBlockingQueue<>();
			List<Object> partitions = new ArrayList<>(indices);
			SimpleFutureAction<BoxedUnit> job = context.sc().submitJob(runs, new RunPartition<>(shipped),
					scala.jdk.javaapi.CollectionConverters.asScala(partitions).toSeq(), new Collect<>(finished),
					new Nothing());
			try {
				while (outcomes.size() < count) {
					List<FinishedRun<R>> batch = finished.poll(200, TimeUnit.MILLISECONDS);
					if (batch != null) {
						for (FinishedRun<R> outcome : batch) {
							outcomes.add(outcome);
							onFinished.accept(outcome);
						}
					} else if (job.isCompleted() && finished.isEmpty()) {
						Try<BoxedUnit> result = job.value().get();
						if (result.isFailure()) {
							throw new IllegalStateException("the Spark job failed: " + result.failed().get().getMessage(),
									result.failed().get());
						}
					}
				}
			} catch (InterruptedException e) {
				job.cancel();
				throw e;
			}
		} finally {
			shipped.destroy();
		}
		outcomes.sort(Comparator.comparingInt(FinishedRun::index));
		return outcomes;
	}

	/** Adds the jar (or folder of classes) the task's class comes from, once, unless it is already shipped. */
	private void shipClassesOf(SweepTask<?> task) {
		if (master.startsWith("local")) return;
		String jar = ShippedJars.jarOf(task.getClass());
		if (shippedJars.add(jar)) {
			context.addJar(jar);
		}
	}

	/** Spark jobs of this application still running (an interrupted sweep's job is cancelled). */
	int activeJobs() {
		return context.sc().statusTracker().getActiveJobIds().length;
	}

	@Override
	public String describe() {
		int executors = context.sc().statusTracker().getExecutorInfos().length - (master.startsWith("local") ? 0 : 1);
		return "Spark " + context.version() + " at " + master + " (" + executors + " executor"
				+ (executors == 1 ? "" : "s") + ")";
	}

	@Override
	public void close() {
		context.stop();
	}

	/** Runs on an executor: the runs of one partition, each failure kept as its run's outcome. */
	private static final class RunPartition<R extends Serializable>
			extends AbstractFunction1<scala.collection.Iterator<Integer>, List<FinishedRun<R>>> implements Serializable {
		private static final long serialVersionUID = 1L;
		private final Broadcast<SweepTask<R>> task;

		RunPartition(Broadcast<SweepTask<R>> task) {
			this.task = task;
		}

		@Override
		public List<FinishedRun<R>> apply(scala.collection.Iterator<Integer> indices) {
			SweepTask<R> runs = task.value(); // deserialised once per executor, shared by its tasks
			ArrayList<FinishedRun<R>> outcomes = new ArrayList<>();
			while (indices.hasNext()) {
				int index = indices.next();
				FinishedRun<R> outcome;
				try {
					outcome = FinishedRun.success(index, runs.run(index));
				} catch (Exception | StackOverflowError e) {
					outcome = FinishedRun.failure(index, e);
				}
				outcomes.add(outcome);
			}
			return outcomes;
		}
	}

	/** On the driver, one call at a time (Spark's scheduler thread): hands a partition's outcomes over. */
	private static final class Collect<R extends Serializable>
			extends AbstractFunction2<Object, List<FinishedRun<R>>, BoxedUnit> {
		private final LinkedBlockingQueue<List<FinishedRun<R>>> finished;

		Collect(LinkedBlockingQueue<List<FinishedRun<R>>> finished) {
			this.finished = finished;
		}

		@Override
		public BoxedUnit apply(Object partition, List<FinishedRun<R>> outcomes) {
			finished.add(outcomes);
			return BoxedUnit.UNIT;
		}
	}

	private static final class Nothing extends AbstractFunction0<BoxedUnit> {
		@Override
		public BoxedUnit apply() {
			return BoxedUnit.UNIT;
		}
	}
}
