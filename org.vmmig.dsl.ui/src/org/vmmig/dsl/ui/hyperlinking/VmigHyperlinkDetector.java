package org.vmmig.dsl.ui.hyperlinking;

import org.vmmig.dsl.ui.document.DocumentParser;
import java.io.IOException;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.vmmig.dsl.vmig.VmigPackage;

import com.google.inject.Injector;

/**
 * Go to definition (Ctrl+click, F3): a name used as a reference links to its declaration, found by
 * Xtext's linking (the resource's cross-references), in this file or in a file it imports.
 */
public class VmigHyperlinkDetector implements IHyperlinkDetector {

	/** Where a declaration's name is: its file (null: the editor's own text) and range. */
	public record Target(IFile file, int offset, int length, String name) {
	}

	private final ITextEditor editor;
	private final Injector injector;

	public VmigHyperlinkDetector(ITextEditor editor, Injector injector) {
		this.editor = editor;
		this.injector = injector;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		try {
			XtextResource resource = new DocumentParser(injector).parse(editor.getEditorInput(), viewer.getDocument().get());
			EObjectAtOffsetHelper helper = injector.getInstance(EObjectAtOffsetHelper.class);
			INode reference = helper.getCrossReferenceNode(resource, new TextRegion(region.getOffset(), 0));
			if (reference == null) {
				return null;
			}
			EObject declaration = helper.resolveCrossReferencedElementAt(resource, region.getOffset());
			Target target = declaration == null || declaration.eIsProxy() ? null : target(declaration, resource);
			if (target == null) {
				return null;
			}
			IRegion link = new Region(reference.getOffset(), reference.getLength());
			return new IHyperlink[] { new DeclarationLink(link, target) };
		} catch (IOException | RuntimeException e) {
			ILog.of(getClass()).error("vmmig: finding the declaration failed", e);
			return null;
		}
	}

	private static Target target(EObject declaration, XtextResource origin) {
		List<INode> names = NodeModelUtils.findNodesForFeature(declaration, VmigPackage.Literals.ELEMENT__NAME);
		INode name = names.isEmpty() ? NodeModelUtils.getNode(declaration) : names.get(0);
		if (name == null) {
			return null;
		}
		IFile file = declaration.eResource() == origin ? null : DocumentParser.file(declaration.eResource().getURI());
		if (declaration.eResource() != origin && file == null) {
			return null; // outside the workspace: nothing to open
		}
		return new Target(file, name.getOffset(), name.getLength(), NodeModelUtils.getTokenText(name));
	}

	/** Opens the declaration's file (or stays in this editor) and selects its name. */
	private final class DeclarationLink implements IHyperlink {
		private final IRegion region;
		private final Target target;

		DeclarationLink(IRegion region, Target target) {
			this.region = region;
			this.target = target;
		}

		@Override
		public IRegion getHyperlinkRegion() {
			return region;
		}

		@Override
		public String getTypeLabel() {
			return null;
		}

		@Override
		public String getHyperlinkText() {
			return "Open Declaration of " + target.name();
		}

		@Override
		public void open() {
			if (target.file() == null) {
				editor.selectAndReveal(target.offset(), target.length());
				return;
			}
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			try {
				IEditorPart opened = IDE.openEditor(page, target.file());
				if (opened instanceof ITextEditor textEditor) {
					textEditor.selectAndReveal(target.offset(), target.length());
				}
			} catch (PartInitException e) {
				ILog.of(VmigHyperlinkDetector.class).error("vmmig: cannot open " + target.file().getFullPath(), e);
			}
		}
	}
}
