package org.vmmig.dsl.ui.quickfix;

import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.vmmig.dsl.ide.quickfix.QuickFix;
import org.vmmig.dsl.ide.quickfix.QuickFixes;
import org.vmmig.dsl.ui.document.ProblemMarkers;

/**
 * The quick fixes of vmmig problem markers (the Problems view, Ctrl+1 in the editor): the language's
 * {@link QuickFixes} — the same the language server offers as code actions — applied to the workspace's files.
 * Registered for vmmig problem markers in plugin.xml.
 */
public class MarkerQuickFixes implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return !fixes(marker).isEmpty();
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		return fixes(marker).stream().map(MarkerQuickFixes::resolution).toArray(IMarkerResolution[]::new);
	}

	private static List<QuickFix> fixes(IMarker marker) {
		return QuickFixes.of(marker.getAttribute(ProblemMarkers.CODE, ""),
				marker.getAttribute(ProblemMarkers.DATA, "").lines().toList());
	}

	private static IMarkerResolution resolution(QuickFix fix) {
		if (fix instanceof QuickFix.ReplaceMarkedText replace) {
			return new MarkedTextResolution(replace.label(), replace.text());
		}
		QuickFix.ChangePolicy change = (QuickFix.ChangePolicy) fix;
		return new PolicyResolution(change.label(), change.change());
	}
}
