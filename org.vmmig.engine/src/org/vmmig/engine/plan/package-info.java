/**
 * Plans: which VM goes where and when. {@link org.vmmig.engine.plan.EvacuationPlanner} chooses targets
 * ({@link org.vmmig.engine.plan.TargetRanking}, {@link org.vmmig.engine.plan.PlacementRules}); {@link org.vmmig.engine.plan.MigrationScheduler}
 * times the moves under concurrency limits, sharing links max-min fairly ({@link org.vmmig.engine.plan.SharedLinks},
 * {@link org.vmmig.engine.plan.FairShare}) — the same sharing the time simulation uses for migrations in flight.
 */
package org.vmmig.engine.plan;
