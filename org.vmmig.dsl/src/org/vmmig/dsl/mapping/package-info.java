/**
 * From a parsed model to the engine's API: the only place where EMF and the engine meet ({@link org.vmmig.dsl.mapping.ModelMapper},
 * {@link org.vmmig.dsl.mapping.SimulationMapper}), the import closure of a file, the files a model may name,
 * and the traces they hold, parsed once for validation and mapping ({@link org.vmmig.dsl.mapping.TraceCache}).
 */
package org.vmmig.dsl.mapping;
