package org.vmmig.dsl.run;

import java.util.Objects;
import java.util.function.Supplier;

import org.vmmig.engine.run.RunOptions;

import com.google.inject.Singleton;

/**
 * The run options the language's own engine-backed services use — the validator's predictions and the hover —
 * so that they show what Simulate would. Headless they are {@link RunOptions#DEFAULTS}; the workbench points
 * this at its preferences.
 */
@Singleton
public class RunOptionsSource {

	private volatile Supplier<RunOptions> supplier = () -> RunOptions.DEFAULTS;

	public RunOptions get() {
		return supplier.get();
	}

	public void use(Supplier<RunOptions> value) {
		supplier = Objects.requireNonNull(value, "value");
	}

	/** A runner under the current options. */
	public ScenarioRunner runner() {
		return new ScenarioRunner(get());
	}
}
