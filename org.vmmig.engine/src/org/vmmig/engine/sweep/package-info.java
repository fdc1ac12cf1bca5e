/**
 * Many runs of the engine: the contract between a sweep (what each run computes, a pure function of its index)
 * and an executor (where the runs execute — one thread, every local core, a Spark cluster). Because a run depends
 * only on its index and the task, every executor gives the same results for the same sweep (issue 17).
 */
package org.vmmig.engine.sweep;
