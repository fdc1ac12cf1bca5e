/**
 * Sweeps of a model (issue 17, docs/sweeps.md): {@link org.vmmig.dsl.sweep.SweepDefinition} is what a model's
 * {@code sweep} asks for, in plain serializable values ({@link org.vmmig.dsl.sweep.SweepMapper} maps it);
 * {@link org.vmmig.dsl.sweep.ModelSweep} is its {@code SweepTask}: run i loads the model (once per thread), sets the
 * knobs and the uncertain inputs of combination and sample i, and runs the scenario through {@code ScenarioRunner},
 * the path of a single run.
 */
package org.vmmig.dsl.sweep;
