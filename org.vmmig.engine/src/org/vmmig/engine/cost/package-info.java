/**
 * How long one migration takes and what it costs: the live model ({@link org.vmmig.engine.cost.LiveMigrationModel} —
 * pre-copy rounds, post-copy, hybrid, auto-converge, compression, XBZRLE, storage mirroring, the pause at the link's speed
 * plus a switchover) and CloudSim's {@link org.vmmig.engine.cost.CloudSimMigrationModel} for comparison; each formula cites its source.
 */
package org.vmmig.engine.cost;
