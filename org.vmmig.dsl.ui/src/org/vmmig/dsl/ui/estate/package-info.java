/**
 * Import Estate…: the workbench's front end of {@link org.vmmig.importer.EstateImport} (the importers' bundle), as
 * {@code vmmig import} is the command line's. {@link org.vmmig.dsl.ui.estate.ImportEstateWizard} (File > Import… >
 * vmmig, and the command {@link org.vmmig.dsl.ui.estate.ImportEstateHandler}) asks which export and where the model
 * goes; {@link org.vmmig.dsl.ui.estate.EstateModelFile} writes it whole into the workspace.
 */
package org.vmmig.dsl.ui.estate;
