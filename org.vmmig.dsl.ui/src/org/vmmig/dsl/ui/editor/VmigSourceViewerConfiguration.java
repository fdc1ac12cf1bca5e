package org.vmmig.dsl.ui.editor;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.vmmig.dsl.ui.contentassist.VmigContentAssistProcessor;
import org.vmmig.dsl.ui.hover.VmigTextHover;
import org.vmmig.dsl.ui.hyperlinking.VmigHyperlinkDetector;
import org.vmmig.dsl.ui.quickfix.MarkerQuickAssistProcessor;
import org.vmmig.dsl.ui.reconciler.DocumentValidator;
import org.vmmig.dsl.ui.reconciler.ValidatingReconcileStrategy;
import org.vmmig.dsl.ui.syntaxcoloring.VmigTokenScanner;

import com.google.inject.Injector;

/**
 * Wires the language services into the text editor: token colouring, content assist, hover, go to definition and
 * validation while typing (whose parse also feeds folding and semantic highlighting).
 */
public class VmigSourceViewerConfiguration extends TextSourceViewerConfiguration {

	/** Quiet time after the last keystroke before the model is validated again. */
	private static final int RECONCILE_DELAY_MS = 300;

	private final VmigEditor editor;
	private final Injector injector;
	private Reconciler reconciler;

	public VmigSourceViewerConfiguration(VmigEditor editor, Injector injector, IPreferenceStore preferences) {
		super(preferences);
		this.editor = editor;
		this.injector = injector;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		reconciler.setDocumentPartitioning(getConfiguredDocumentPartitioning(sourceViewer));
		DefaultDamagerRepairer damagerRepairer = new DefaultDamagerRepairer(new VmigTokenScanner(injector));
		reconciler.setDamager(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
		return reconciler;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
		ContentAssistant assistant = new ContentAssistant();
		assistant.setContentAssistProcessor(new VmigContentAssistProcessor(editor, injector), IDocument.DEFAULT_CONTENT_TYPE);
		assistant.setDocumentPartitioning(getConfiguredDocumentPartitioning(sourceViewer));
		assistant.enableAutoInsert(true);
		return assistant;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
		return new VmigTextHover(editor, injector);
	}

	@Override
	public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
		IHyperlinkDetector[] others = super.getHyperlinkDetectors(sourceViewer);
		IHyperlinkDetector[] detectors = new IHyperlinkDetector[1 + (others == null ? 0 : others.length)];
		detectors[0] = new VmigHyperlinkDetector(editor, injector);
		if (others != null) {
			System.arraycopy(others, 0, detectors, 1, others.length);
		}
		return detectors;
	}

	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new MarkerQuickAssistProcessor(editor));
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	@Override
	public String[] getDefaultPrefixes(ISourceViewer sourceViewer, String contentType) {
		return new String[] { ToggleCommentAction.PREFIX, "" };
	}

	@Override
	public IReconciler getReconciler(ISourceViewer sourceViewer) {
		reconciler = new Reconciler(new ValidatingReconcileStrategy(editor, editor::reconciled, new DocumentValidator(injector)));
		reconciler.setDelay(RECONCILE_DELAY_MS);
		return reconciler;
	}

	/** The reconciler, once the viewer asked for it; null before. */
	Reconciler reconciler() {
		return reconciler;
	}

	/** The validating reconciler, which can be asked to run again although the text did not change. */
	static final class Reconciler extends MonoReconciler {
		Reconciler(ValidatingReconcileStrategy strategy) {
			super(strategy, false);
		}

		/** Validates the whole text again soon, e.g. because a file it imports changed (UI thread). */
		void revalidate() {
			forceReconciling();
		}
	}
}
