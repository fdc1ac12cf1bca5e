package org.vmmig.dsl.ui.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.xtext.validation.Issue;

/** Keeps a file's vmmig problem markers equal to the latest validation issues. */
public class ProblemMarkers {

	/** Declared in plugin.xml as a problem marker, so the Problems view lists it. */
	public static final String TYPE = "org.vmmig.dsl.ui.problem";
	public static final String CODE = "code";
	/** The issue's data (e.g. the unknown unit as typed), joined by newlines, for quick fixes. */
	public static final String DATA = "data";
	/**
	 * Session property set on a file each time its markers are replaced: tells tools (and tests) that the
	 * markers reflect a validation, even when there are none.
	 */
	public static final QualifiedName VALIDATED = new QualifiedName("org.vmmig.dsl.ui", "validated");

	public void replace(IFile file, List<Issue> issues) {
		if (!file.exists()) {
			return;
		}
		try {
			ResourcesPlugin.getWorkspace().run(monitor -> {
				file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
				for (Issue issue : issues) {
					file.createMarker(TYPE, attributes(issue));
				}
				file.setSessionProperty(VALIDATED, Boolean.TRUE);
			}, file, IWorkspace.AVOID_UPDATE, null);
		} catch (CoreException e) {
			ILog.of(getClass()).error("vmmig: cannot update the problem markers of " + file.getFullPath(), e);
		}
	}

	private static Map<String, Object> attributes(Issue issue) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, issue.getMessage());
		attributes.put(IMarker.SEVERITY, switch (issue.getSeverity()) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		});
		if (issue.getLineNumber() != null) {
			attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber());
		}
		if (issue.getOffset() != null && issue.getLength() != null) {
			attributes.put(IMarker.CHAR_START, issue.getOffset());
			attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
		}
		if (issue.getCode() != null) {
			attributes.put(CODE, issue.getCode());
		}
		if (issue.getData() != null && issue.getData().length > 0) {
			attributes.put(DATA, String.join("\n", issue.getData()));
		}
		attributes.put(IMarker.SOURCE_ID, "vmmig");
		return attributes;
	}
}
