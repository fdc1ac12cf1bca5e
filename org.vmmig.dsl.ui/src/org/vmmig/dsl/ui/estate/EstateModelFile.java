package org.vmmig.dsl.ui.estate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.vmmig.importer.EstateImport;
import org.vmmig.importer.ImportException;
import org.vmmig.report.AtomicFiles;

import com.google.inject.Injector;

/**
 * What the Import Estate wizard asks for, and the import itself: the export is read and the model's text made in
 * full before anything is written, then the file appears whole (a temporary file renamed into place) or not at all.
 *
 * @param kind                 libvirt, kubevirt or openstack ({@link EstateImport#KINDS})
 * @param exports              the export: a directory for libvirt, JSON files for the others
 * @param nicBitsPerSecond     every host's NIC speed, 0 for a placeholder
 * @param networkBitsPerSecond the network's bandwidth, 0 for a placeholder
 * @param model                the .vmig file to write; it must not exist yet
 */
public record EstateModelFile(String kind, List<Path> exports, double nicBitsPerSecond, double networkBitsPerSecond,
		IFile model) {

	/** Imports and writes the model; returns what it holds. Nothing is written when the export is refused. */
	public EstateImport.Result write(Injector injector, IProgressMonitor monitor)
			throws ImportException, IOException, CoreException {
		monitor.beginTask("Importing " + kind + " export into " + model.getFullPath(), 2);
		try {
			EstateImport.Result imported = EstateImport.of(injector, kind, exports, nicBitsPerSecond, networkBitsPerSecond);
			monitor.worked(1);
			IContainer folder = model.getParent();
			if (!folder.isAccessible()) {
				throw new IOException(folder.getFullPath() + " is not an open folder of the workspace");
			}
			AtomicFiles.write(model.getLocation().toFile().toPath(), imported.text());
			folder.refreshLocal(IResource.DEPTH_ONE, monitor);
			model.setCharset("UTF-8", monitor);
			monitor.worked(1);
			return imported;
		} finally {
			monitor.done();
		}
	}
}
