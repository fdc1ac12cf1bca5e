package org.vmmig.dsl.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.LineAndColumn;
import org.eclipse.xtext.util.Tuples;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.vmmig.dsl.mapping.ModelElements;
import org.vmmig.dsl.vmig.Import;
import org.vmmig.dsl.vmig.Model;
import org.vmmig.dsl.vmig.VmigPackage.Literals;

import com.google.inject.Inject;

/**
 * A file's validation, plus one error on each {@code import} whose file has errors (or a file it imports
 * in turn): "The imported file 'b.vmig' has 2 error(s); the first at line 3: …". The editor shows one
 * file, and the workbench refuses to simulate a file with errors, so a broken imported file must show in
 * the importing one.
 * <p>
 * Done after the file's own checks rather than as a {@code @Check}: it validates other files, and Xtext's
 * validators cannot be re-entered from inside a check. Each imported file is validated on its own (without
 * summaries of its imports, so an import chain of any depth costs one validation per file, never a
 * recursion), and its errors are cached until it changes. The command line, which reports every file of an
 * import closure at its own place, calls {@link #validateWithoutImportSummaries}.
 */
public class VmigResourceValidator extends ResourceValidatorImpl {

	@Inject
	private IResourceScopeCache cache;

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator cancel) {
		List<Issue> own = validateWithoutImportSummaries(resource, mode, cancel);
		if (own == null || cancel != null && cancel.isCanceled()) {
			return own;
		}
		List<Issue> all = new ArrayList<>(own);
		Model model = ModelElements.modelOf(resource);
		if (model != null) {
			for (Import statement : model.getImports()) {
				Issue summary = summary(statement);
				if (summary != null) {
					all.add(summary);
				}
			}
		}
		return all;
	}

	/** The file's own diagnostics: syntax, linking, validation; nothing about the files it imports. */
	public List<Issue> validateWithoutImportSummaries(Resource resource, CheckMode mode, CancelIndicator cancel) {
		return super.validate(resource, mode, cancel);
	}

	/** The error on an import whose file, or a file that one imports, has errors; null when they have none. */
	private Issue summary(Import statement) {
		Resource target = ModelElements.resolve(statement);
		if (target == null) {
			return null; // ImportValidator reports an unreadable import
		}
		Resource importing = statement.eResource();
		int count = 0;
		Resource firstFile = null;
		Issue first = null;
		for (Resource file : ModelElements.importClosure(target)) {
			if (file == importing) {
				continue;
			}
			List<Issue> errors = ownErrors(file);
			count += errors.size();
			if (first == null && !errors.isEmpty()) {
				first = errors.get(0);
				firstFile = file;
			}
		}
		if (first == null) {
			return null;
		}
		String message = "The imported file '" + statement.getImportURI() + "' has " + count + " error(s)"
				+ (firstFile == target ? "; the first at line " + first.getLineNumber()
						: " with the files it imports; the first in " + ImportValidator.relative(firstFile, importing)
								+ " at line " + first.getLineNumber())
				+ ": " + first.getMessage();
		return errorOn(statement, message);
	}

	/** A file's own errors, first line first. */
	private List<Issue> ownErrors(Resource file) {
		return cache.get(Tuples.pair(VmigResourceValidator.class, "ownErrors"), file, () -> {
			List<Issue> issues = validateWithoutImportSummaries(file, CheckMode.ALL, CancelIndicator.NullImpl);
			return issues == null ? List.<Issue>of()
					: issues.stream().filter(i -> i.getSeverity() == Severity.ERROR)
							.sorted(Comparator.comparing(Issue::getLineNumber, Comparator.nullsFirst(Comparator.naturalOrder()))
									.thenComparing(Issue::getColumn, Comparator.nullsFirst(Comparator.naturalOrder())))
							.toList();
		});
	}

	private static Issue errorOn(Import statement, String message) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setSeverity(Severity.ERROR);
		issue.setType(CheckType.FAST);
		issue.setCode(VmigIssueCodes.IMPORTED_FILE_HAS_ERRORS);
		issue.setData(new String[] { statement.getImportURI() });
		issue.setMessage(message);
		issue.setUriToProblem(EcoreUtil.getURI(statement));
		List<INode> nodes = NodeModelUtils.findNodesForFeature(statement, Literals.IMPORT__IMPORT_URI);
		INode node = nodes.isEmpty() ? NodeModelUtils.getNode(statement) : nodes.get(0);
		if (node != null) {
			LineAndColumn start = NodeModelUtils.getLineAndColumn(node, node.getOffset());
			LineAndColumn end = NodeModelUtils.getLineAndColumn(node, node.getEndOffset());
			issue.setOffset(node.getOffset());
			issue.setLength(node.getLength());
			issue.setLineNumber(start.getLine());
			issue.setColumn(start.getColumn());
			issue.setLineNumberEnd(end.getLine());
			issue.setColumnEnd(end.getColumn());
		}
		return issue;
	}
}
