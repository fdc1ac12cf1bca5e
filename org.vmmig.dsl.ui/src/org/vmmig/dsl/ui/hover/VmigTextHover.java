package org.vmmig.dsl.ui.hover;

import org.eclipse.ui.texteditor.ITextEditor;
import org.vmmig.dsl.ui.document.DocumentParser;
import java.io.IOException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.resource.XtextResource;
import org.vmmig.dsl.ide.hover.ElementSummary;

import com.google.inject.Injector;

/** Hovering a VM shows its predicted migration cost under the scenarios that move it. */
public class VmigTextHover implements ITextHover {

	private final ITextEditor editor;
	private final Injector injector;

	public VmigTextHover(ITextEditor editor, Injector injector) {
		this.editor = editor;
		this.injector = injector;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		String text = viewer.getDocument().get();
		try {
			XtextResource resource = new DocumentParser(injector).parse(editor.getEditorInput(), text);
			return injector.getInstance(ElementSummary.class).at(resource, region.getOffset()).orElse(null);
		} catch (IOException | RuntimeException e) {
			ILog.of(getClass()).error("vmmig: hover failed", e);
			return null;
		}
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}

}
