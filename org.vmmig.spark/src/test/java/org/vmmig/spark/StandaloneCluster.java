package org.vmmig.spark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real standalone Spark cluster on 127.0.0.1 for the tests: a master and a worker, each a child JVM started from
 * Spark's own jars (org.apache.spark.deploy.master.Master, worker.Worker) on free ports, stopped by {@link #close}.
 * The worker launches executors from the same jars (its SPARK_HOME/jars); vmmig's classes are not among them, so
 * they reach the executors only as SparkExecutor ships them.
 */
@SuppressWarnings("try") // close() waits for the processes to stop: an interrupt while it waits ends the test, as it should
final class StandaloneCluster implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

	final String masterUrl;
	private final List<Process> processes = new ArrayList<>();
	private final Path directory;
	private final Path sparkHome;

	private StandaloneCluster(Path directory, Path sparkHome, String masterUrl) {
		this.directory = directory;
		this.sparkHome = sparkHome;
		this.masterUrl = masterUrl;
	}

	/** Starts a master and one worker with {@code cores} cores; logs go to {@code directory}. */
	static StandaloneCluster start(Path directory, int cores) throws IOException, InterruptedException {
		List<String> classpath = List.of(Files.readString(Path.of(System.getProperty("vmmig.sparkClasspath")))
				.strip().split(java.io.File.pathSeparator));
		// links to the jars, outside the caller's folder: JUnit warns of every link it deletes in a @TempDir
		Path sparkHome = Files.createTempDirectory("vmmig-spark-home-");
		Path jars = Files.createDirectories(sparkHome.resolve("jars"));
		for (String jar : classpath) {
			Path target = Path.of(jar);
			Files.createSymbolicLink(jars.resolve(target.getFileName()), target);
		}
		int masterPort = freePort();
		StandaloneCluster cluster = new StandaloneCluster(directory, sparkHome, "spark://127.0.0.1:" + masterPort);
		try {
			cluster.launch("master", sparkHome, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
					"--port", String.valueOf(masterPort), "--webui-port", String.valueOf(freePort()));
			cluster.awaitLog("master", "I have been elected leader");
			cluster.launch("worker", sparkHome, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
					"--port", String.valueOf(freePort()), "--webui-port", String.valueOf(freePort()), "--cores",
					String.valueOf(cores), "--memory", "2g", "--work-dir", directory.resolve("work").toString(),
					cluster.masterUrl);
			cluster.awaitLog("worker", "Successfully registered with master");
			return cluster;
		} catch (IOException | InterruptedException | RuntimeException e) {
			cluster.close();
			throw e;
		}
	}

	private void launch(String name, Path sparkHome, String mainClass, String... arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-cp", sparkHome.resolve("jars") + "/*", mainClass));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(directory.resolve(name + ".log").toFile());
		Map<String, String> env = builder.environment();
		env.put("SPARK_HOME", sparkHome.toString());
		env.put("SPARK_SCALA_VERSION", "2.13"); // the worker's command builder looks for it beside SPARK_HOME/jars
		env.put("SPARK_LOCAL_IP", "127.0.0.1"); // bind to the loopback interface only
		env.put("JAVA_HOME", System.getProperty("java.home")); // executors run on the test's JDK
		processes.add(builder.start());
	}

	private void awaitLog(String name, String line) throws IOException, InterruptedException {
		Path log = directory.resolve(name + ".log");
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (Files.exists(log) && Files.readString(log).contains(line)) return;
			if (!processes.get(processes.size() - 1).isAlive()) break;
			Thread.sleep(100);
		}
		throw new IllegalStateException("the Spark " + name + " did not start; its log " + log + ":\n"
				+ (Files.exists(log) ? Files.readString(log) : "(none)"));
	}

	String log(String name) throws IOException {
		return Files.readString(directory.resolve(name + ".log"));
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress("127.0.0.1", 0));
			return socket.getLocalPort();
		}
	}

	static boolean listening(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	/** CPU time used so far by the master, the worker and the executors the worker started. */
	Duration cpuTime() {
		Duration total = Duration.ZERO;
		for (Process process : processes) {
			List<ProcessHandle> handles = new ArrayList<>(process.descendants().toList());
			handles.add(process.toHandle());
			for (ProcessHandle handle : handles) {
				total = total.plus(handle.info().totalCpuDuration().orElse(Duration.ZERO));
			}
		}
		return total;
	}

	/** Stops the worker (which stops its executors) and then the master; removes the links to Spark's jars. */
	@Override
	public void close() throws InterruptedException, IOException {
		for (int i = processes.size() - 1; i >= 0; i--) {
			Process process = processes.get(i);
			process.destroy();
			if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly().waitFor();
			}
		}
		try (var walk = Files.walk(sparkHome)) { // links are deleted, not followed
			for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(path);
		}
	}
}
