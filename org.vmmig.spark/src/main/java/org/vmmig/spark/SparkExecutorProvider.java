package org.vmmig.spark;

import org.vmmig.engine.sweep.SweepExecutor;
import org.vmmig.engine.sweep.SweepExecutorProvider;

/** What the CLI's {@code --spark MASTER} finds through ServiceLoader when this module's jar is on its classpath. */
public final class SparkExecutorProvider implements SweepExecutorProvider {

	@Override
	public String kind() {
		return "spark";
	}

	@Override
	public SweepExecutor open(String master) throws SparkUnavailableException {
		return SparkExecutor.connect(master);
	}
}
