/**
 * The data centre as the planner sees it: hosts, VMs and their memory behaviour ({@link org.vmmig.engine.model.VmProfile}),
 * networks, storage pools, and the migration policy with the knobs real hypervisors expose. Values in SI base units
 * (bytes, bytes per second, seconds); everything is an immutable record checked on construction.
 */
package org.vmmig.engine.model;
