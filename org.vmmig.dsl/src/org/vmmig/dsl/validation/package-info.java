/**
 * The language's checks, one validator per topic composed into {@link org.vmmig.dsl.validation.VmigValidator}: names, units
 * and dimensions, completeness, capacity, policies, imports, and the engine-backed predictions (non-converging pre-copy, infeasible plans, deadlines, SLA).
 */
package org.vmmig.dsl.validation;
