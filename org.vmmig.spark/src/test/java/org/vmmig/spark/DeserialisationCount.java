package org.vmmig.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.concurrent.atomic.AtomicInteger;

import org.vmmig.engine.sweep.SweepTask;

/**
 * A task whose runs report where they ran and how often their JVM has deserialised the task: a run is
 * "pid:count", so a test can see that each executor received the task once, not once per run.
 */
final class DeserialisationCount implements SweepTask<String> {
	private static final long serialVersionUID = 1L;
	private static final AtomicInteger READS = new AtomicInteger();

	@Override
	public String run(int index) throws InterruptedException {
		Thread.sleep(20); // long enough for both executor cores to take runs
		return ProcessHandle.current().pid() + ":" + READS.get();
	}

	private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
		in.defaultReadObject();
		READS.incrementAndGet();
	}
}
