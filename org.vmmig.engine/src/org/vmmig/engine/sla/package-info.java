/**
 * SLA promises of VMs (maximum downtime, degradation, deadline) and the breaches a plan or a simulation predicts, as values
 * front ends group, count and phrase.
 */
package org.vmmig.engine.sla;
