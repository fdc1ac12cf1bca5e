/**
 * What a run is asked ({@link org.vmmig.engine.run.RunOptions}: cost model, CloudSim's rules, default downtime limit, seed)
 * and what it gives ({@link org.vmmig.engine.run.ScenarioResult}), the one result every front end shows.
 */
package org.vmmig.engine.run;
