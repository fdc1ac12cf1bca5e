package org.vmmig.engine.sweep;

import java.util.ServiceLoader;

/**
 * Opens executors of one kind (e.g. "spark") by address, so a front end can offer them without depending on them:
 * the CLI's {@code --spark MASTER} finds the Spark executor through {@link ServiceLoader} when the org.vmmig.spark
 * jar is on its classpath, and says how to get it when it is not.
 */
public interface SweepExecutorProvider {

	/** The kind this provider opens, e.g. "spark". */
	String kind();

	/**
	 * Connects to the executor at {@code address} (for Spark a master URL such as spark://host:7077 or local[4]).
	 *
	 * @throws Exception when it cannot be reached; the message says which address and why
	 */
	SweepExecutor open(String address) throws Exception;

	/**
	 * The provider of {@code kind} on the classpath.
	 *
	 * @throws IllegalStateException when none is, saying which module brings it
	 */
	static SweepExecutorProvider find(String kind) {
		for (SweepExecutorProvider provider : ServiceLoader.load(SweepExecutorProvider.class)) {
			if (provider.kind().equals(kind)) {
				return provider;
			}
		}
		throw new IllegalStateException("no " + kind + " executor on the classpath: build the org.vmmig." + kind
				+ " module and run from its jar (see docs/scale-out.md)");
	}
}
