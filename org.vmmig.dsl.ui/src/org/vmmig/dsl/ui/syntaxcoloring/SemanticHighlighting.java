package org.vmmig.dsl.ui.syntaxcoloring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.vmmig.dsl.ide.highlighting.SemanticHighlights.Highlight;
import org.vmmig.dsl.ide.highlighting.SemanticHighlights.Kind;

/**
 * Highlighting that needs the parse, layered over the lexical colours: the {@code SemanticHighlights} of the
 * language's IDE services (declared names, references, units — the language server's semantic tokens) each get
 * a colour of their own. Computed in the reconciler's thread, applied to every later text presentation of
 * the same document version.
 */
public final class SemanticHighlighting implements ITextPresentationListener {

	public static final Color DECLARATION = new Color(0, 0, 160);
	public static final Color REFERENCE = new Color(0, 128, 128);
	public static final Color UNIT = new Color(150, 80, 0);

	/** Highlights and the document version they fit. */
	private record Snapshot(List<StyleRange> ranges, long stamp) {
	}

	private final LongSupplier documentStamp;
	private volatile Snapshot current = new Snapshot(List.of(), -1);
	private long stampBeforeChange = -1;

	/** @param documentStamp the modification stamp of the document as it is now */
	public SemanticHighlighting(LongSupplier documentStamp) {
		this.documentStamp = documentStamp;
	}

	/** Takes new highlights for the document version {@code documentStamp} (called from any thread). */
	public synchronized void update(List<Highlight> highlights, long documentStamp) {
		if (documentStamp < current.stamp()) {
			return; // computed for an older text than the edits have already been followed to
		}
		List<StyleRange> styled = new ArrayList<>(highlights.size());
		for (Highlight highlight : highlights) {
			StyleRange range = new StyleRange(highlight.offset(), highlight.length(), color(highlight.kind()), null);
			if (highlight.kind() == Kind.REFERENCE) {
				range.fontStyle = SWT.ITALIC;
			}
			styled.add(range);
		}
		current = new Snapshot(styled, documentStamp);
	}

	/** The stamp of the document version the highlights belong to. */
	public long stamp() {
		return current.stamp();
	}

	/**
	 * Keeps the highlights on their text while the user types, until the next reconcile replaces them:
	 * ranges after an edit move with it, ranges it touches are dropped. Register as a pre-notified listener of
	 * the editor's document, so that this runs before the damaged lines are coloured again.
	 */
	public final IDocumentListener followEdits = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
			stampBeforeChange = event.getDocument() instanceof IDocumentExtension4 document
					? document.getModificationStamp() : -1;
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			shift(event.getOffset(), event.getLength(), event.getText() == null ? 0 : event.getText().length(),
					stampBeforeChange, event.getModificationStamp());
		}
	};

	private synchronized void shift(int offset, int removed, int inserted, long before, long after) {
		Snapshot snapshot = current;
		if (snapshot.stamp() != before || before == -1) {
			return; // the highlights were already stale: the next reconcile replaces them
		}
		List<StyleRange> moved = new ArrayList<>(snapshot.ranges().size());
		for (StyleRange range : snapshot.ranges()) {
			if (range.start + range.length <= offset) {
				moved.add(range);
			} else if (range.start >= offset + removed) {
				StyleRange shifted = (StyleRange) range.clone();
				shifted.start += inserted - removed;
				moved.add(shifted);
			}
		}
		current = new Snapshot(moved, after);
	}

	private static Color color(Kind kind) {
		return switch (kind) {
		case DECLARATION -> DECLARATION;
		case REFERENCE -> REFERENCE;
		case UNIT -> UNIT;
		};
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		Snapshot snapshot = current;
		if (documentStamp.getAsLong() != snapshot.stamp()) {
			return; // the text changed since: the next reconcile brings highlights that fit it
		}
		IRegion extent = presentation.getExtent();
		int start = extent.getOffset();
		int end = start + extent.getLength();
		List<StyleRange> inExtent = new ArrayList<>();
		for (StyleRange range : snapshot.ranges()) {
			int from = Math.max(range.start, start);
			int to = Math.min(range.start + range.length, end);
			if (from < to) {
				StyleRange clipped = (StyleRange) range.clone();
				clipped.start = from;
				clipped.length = to - from;
				inExtent.add(clipped);
			}
		}
		if (!inExtent.isEmpty()) {
			presentation.replaceStyleRanges(inExtent.toArray(StyleRange[]::new));
		}
	}

	/** Forgets the highlights, e.g. while the text changes and positions are no longer valid. */
	public synchronized void clear() {
		current = new Snapshot(List.of(), -1);
	}
}
