package org.vmmig.dsl.ui.estate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;
import org.vmmig.dsl.ui.internal.VmigUiPlugin;
import org.vmmig.importer.EstateImport;
import org.vmmig.importer.ImportException;

/**
 * The one page of the Import Estate wizard: which kind of export, its files, the two rates no export tells, and the
 * workspace folder and name of the model. What is wrong is said on the page as it is typed; Finish is enabled only
 * when every field is usable. Each field carries its name under {@link #FIELD} for tests.
 */
final class ImportEstatePage extends WizardPage {

	/** The key of {@link org.eclipse.swt.widgets.Widget#getData(String)} naming a field: kind, export, nic, … */
	static final String FIELD = "org.vmmig.field";

	/** The kinds of export, as {@link EstateImport#KINDS} names them, with what the user exports. */
	private static final Map<String, String> KINDS = new LinkedHashMap<>();
	static {
		KINDS.put("libvirt", "libvirt: a directory with one directory per host (scripts/capture-libvirt)");
		KINDS.put("kubevirt", "KubeVirt: the JSON of 'kubectl get nodes,vmi -A -o json'");
		KINDS.put("openstack", "OpenStack: the JSON of 'openstack hypervisor list', 'server list' (and 'flavor list') --long");
	}

	private final IStructuredSelection selection;
	private final Map<String, Button> kinds = new LinkedHashMap<>();
	private Text exports;
	private Text nic;
	private Text network;
	private Text folder;
	private Text name;

	ImportEstatePage(IStructuredSelection selection) {
		super("estate");
		this.selection = selection;
		setTitle("Import Estate");
		setDescription("A model of the hosts and VMs an export lists. What it cannot tell is a placeholder the validator reports.");
		setImageDescriptor(VmigUiPlugin.imageDescriptor("project"));
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		label(page, "Export of:");
		Composite kindBox = new Composite(page, SWT.NONE);
		kindBox.setLayout(new GridLayout(1, false));
		kindBox.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		KINDS.forEach((kind, text) -> {
			Button radio = new Button(kindBox, SWT.RADIO);
			radio.setText(text);
			radio.setData(FIELD, kind);
			radio.addListener(SWT.Selection, e -> validate());
			kinds.put(kind, radio);
		});
		kinds.get("libvirt").setSelection(true);

		label(page, "Export:");
		exports = field(page, "export", SWT.MULTI | SWT.V_SCROLL, 1);
		((GridData) exports.getLayoutData()).heightHint = 3 * exports.getLineHeight();
		exports.setToolTipText("One path a line: the libvirt directory, or the JSON files");
		button(page, "Browse...", this::browseExports);
		label(page, "NIC speed:");
		nic = field(page, "nic", SWT.SINGLE, 2);
		nic.setMessage("every host's, e.g. 10Gbps; empty: a placeholder (no export tells it)");
		label(page, "Network bandwidth:");
		network = field(page, "network", SWT.SINGLE, 2);
		network.setMessage("of the network joining the hosts, e.g. 10Gbps; empty: a placeholder");
		label(page, "Into folder:");
		folder = field(page, "folder", SWT.SINGLE, 1);
		folder.setText(initialFolder());
		button(page, "Browse...", this::browseFolder);
		label(page, "Model file:");
		name = field(page, "name", SWT.SINGLE, 2);
		name.setText("estate.vmig");
		setControl(page);
		validate();
	}

	/** The import the fields describe, or null (with the page's error message) when a field is not usable. */
	EstateModelFile request() {
		String kind = kinds.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey)
				.findFirst().orElse("libvirt");
		List<Path> paths = exportPaths();
		if (paths.isEmpty()) {
			return refuse("Give the export: " + KINDS.get(kind) + ".");
		}
		for (Path path : paths) {
			if (!Files.exists(path)) {
				return refuse(path + ": no such file or directory");
			}
		}
		double nicBits;
		double networkBits;
		try {
			nicBits = EstateImport.bitsPerSecond("NIC speed", nic.getText().strip());
			networkBits = EstateImport.bitsPerSecond("Network bandwidth", network.getText().strip());
		} catch (ImportException e) {
			return refuse(e.getMessage());
		}
		IResource target = ResourcesPlugin.getWorkspace().getRoot().findMember(folder.getText().strip());
		if (!(target instanceof IContainer container) || !container.isAccessible() || target.getType() == IResource.ROOT) {
			return refuse("Choose an open project or folder of the workspace to write the model into.");
		}
		String file = name.getText().strip();
		if (!file.endsWith(".vmig") || file.length() == ".vmig".length() || file.contains("/")) {
			return refuse("The model's file name should end in .vmig, e.g. estate.vmig.");
		}
		if (container.getFile(new org.eclipse.core.runtime.Path(file)).exists()) {
			return refuse(container.getFullPath().append(file) + " exists already; choose another name.");
		}
		return new EstateModelFile(kind, paths, nicBits, networkBits,
				container.getFile(new org.eclipse.core.runtime.Path(file)));
	}

	private EstateModelFile refuse(String message) {
		setErrorMessage(message);
		return null;
	}

	private void validate() {
		if (name == null) {
			return; // the page is still being built
		}
		setErrorMessage(null);
		setPageComplete(request() != null);
		if (exportPaths().isEmpty()) { // not an error before anything is typed: say what to give
			setErrorMessage(null);
			setMessage("Give the export to read.");
		} else {
			setMessage(null);
		}
	}

	private List<Path> exportPaths() {
		List<Path> paths = new ArrayList<>();
		for (String line : exports.getText().split("\\R")) {
			if (!line.isBlank()) {
				paths.add(Path.of(line.strip()));
			}
		}
		return paths;
	}

	private void browseExports() {
		if (kinds.get("libvirt").getSelection()) {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setMessage("The directory with one directory per host");
			String chosen = dialog.open();
			if (chosen != null) {
				exports.setText(chosen);
			}
			return;
		}
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setFilterExtensions(new String[] { "*.json", "*" });
		if (dialog.open() != null) {
			List<String> chosen = new ArrayList<>();
			for (String file : dialog.getFileNames()) {
				chosen.add(Path.of(dialog.getFilterPath(), file).toString());
			}
			exports.setText(String.join("\n", chosen));
		}
	}

	private void browseFolder() {
		ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), null, false,
				"The project or folder to write the model into");
		if (dialog.open() == ContainerSelectionDialog.OK && dialog.getResult().length == 1) {
			folder.setText(dialog.getResult()[0].toString());
		}
	}

	/** The selected project or folder (or a selected file's folder), or nothing. */
	private String initialFolder() {
		Object first = selection == null || selection.isEmpty() ? null : selection.getFirstElement();
		IResource resource = first == null ? null : Adapters.adapt(first, IResource.class);
		if (resource == null) {
			return "";
		}
		IContainer container = resource instanceof IContainer c ? c : resource.getParent();
		return container.getType() == IResource.ROOT ? "" : container.getFullPath().toString();
	}

	private static void label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		label.setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false));
	}

	private Text field(Composite parent, String id, int style, int span) {
		Text text = new Text(parent, style | SWT.BORDER);
		text.setData(FIELD, id);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
		text.addModifyListener(e -> validate());
		return text;
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, false, false));
		button.addListener(SWT.Selection, e -> action.run());
	}
}
