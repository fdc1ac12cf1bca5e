package org.vmmig.dsl.tests;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.vmmig.dsl.vmig.Model;

import com.google.inject.Inject;

/**
 * Parses a model and renders all its issues as one sorted text block,
 * {@code SEVERITY (code) 'message' at line:column}, so one assertion covers every diagnostic of a model.
 */
public class ModelTester {

	@Inject
	private ParseHelper<Model> parser;

	@Inject
	private ValidationTestHelper validation;

	public Model parse(CharSequence text) {
		try {
			return parser.parse(text);
		} catch (Exception e) {
			throw new AssertionError("the model could not be parsed at all", e);
		}
	}

	/** The errors of a parsed model (warnings left out). */
	public List<Issue> errors(Model model) {
		return validation.validate(model).stream()
				.filter(issue -> issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).toList();
	}

	public String issues(CharSequence text) {
		return render(validation.validate(parse(text)));
	}

	public static String render(List<Issue> issues) {
		return issues.stream()
				.sorted(Comparator.comparing(Issue::getLineNumber).thenComparing(Issue::getColumn)
						.thenComparing(Issue::getMessage))
				.map(ModelTester::render).collect(Collectors.joining("\n"));
	}

	private static String render(Issue issue) {
		String code = issue.getCode() == null ? "" : issue.getCode().substring(issue.getCode().lastIndexOf('.') + 1);
		return issue.getSeverity() + " (" + code + ") '" + issue.getMessage() + "' at " + issue.getLineNumber() + ":"
				+ issue.getColumn();
	}
}
