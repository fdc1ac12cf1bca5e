package org.vmmig.dsl.ui.outline;

import org.eclipse.ui.texteditor.ITextEditor;
import org.vmmig.dsl.ui.document.DocumentParser;
import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.vmmig.dsl.ui.internal.VmigUiPlugin;
import org.vmmig.dsl.vmig.Element;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.VmigPackage;

import com.google.inject.Injector;

/**
 * The Outline view of a .vmig file: its declarations in order ("host h1", "vm web"), refreshed shortly after
 * each edit; selecting one selects its name in the editor.
 */
public class VmigOutlinePage extends ContentOutlinePage {

	/** One row: what the user reads, and where the name is in the text. */
	public record Entry(String label, int offset, int length) {
		/** The keyword of the declaration ("host", "vm"), which names its icon. */
		public String kind() {
			return label.split(" ", 2)[0];
		}
	}

	private static final int REFRESH_DELAY_MS = 400;

	/** The declarations as a one-level tree (the Outline view requires a tree). */
	private static final class FlatTree implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return false;
		}
	}

	private final ITextEditor editor;
	private final DocumentParser parser;
	private final IDocumentListener refreshOnEdit = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			Display.getDefault().timerExec(REFRESH_DELAY_MS, VmigOutlinePage.this::refresh);
		}
	};
	private IDocument document;

	public VmigOutlinePage(ITextEditor editor, Injector injector) {
		this.editor = editor;
		this.parser = new DocumentParser(injector);
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		getTreeViewer().setContentProvider(new FlatTree());
		getTreeViewer().setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Entry) element).label();
			}

			@Override
			public Image getImage(Object element) {
				return VmigUiPlugin.getDefault().image(((Entry) element).kind());
			}
		});
		document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		document.addDocumentListener(refreshOnEdit);
		refresh();
	}

	@Override
	public void dispose() {
		if (document != null) {
			document.removeDocumentListener(refreshOnEdit);
		}
		super.dispose();
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof Entry entry) {
			editor.selectAndReveal(entry.offset(), entry.length());
		}
	}

	/** Re-reads the declarations from the current text. */
	public void refresh() {
		if (getTreeViewer() == null || getTreeViewer().getControl().isDisposed() || document == null) {
			return;
		}
		getTreeViewer().setInput(entries(document.get()));
	}

	private List<Entry> entries(String text) {
		try {
			XtextResource resource = parser.parse(editor.getEditorInput(), text);
			if (resource.getContents().isEmpty()) {
				return List.of();
			}
			return ((Model) resource.getContents().get(0)).getElements().stream().filter(e -> e.getName() != null)
					.map(VmigOutlinePage::entry).toList();
		} catch (IOException | RuntimeException e) {
			ILog.of(getClass()).error("vmmig: outline failed", e);
			return List.of();
		}
	}

	private static Entry entry(Element element) {
		List<INode> names = NodeModelUtils.findNodesForFeature(element, VmigPackage.Literals.ELEMENT__NAME);
		INode name = names.isEmpty() ? NodeModelUtils.getNode(element) : names.get(0);
		// the keyword is the first token that is not a comment or white space
		String kind = "";
		for (ILeafNode leaf : NodeModelUtils.getNode(element).getLeafNodes()) {
			if (!leaf.isHidden()) {
				kind = leaf.getText();
				break;
			}
		}
		return new Entry(kind + " " + element.getName(), name.getOffset(), name.getLength());
	}
}
