package org.vmmig.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.vmmig.dsl.ide.quickfix.QuickFix;
import org.vmmig.dsl.ide.quickfix.QuickFixes;
import org.vmmig.dsl.ide.quickfix.TextChange;
import org.vmmig.dsl.vmig.Policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;

/**
 * Code actions: the {@link QuickFixes} of the diagnostics the client sends back, as workspace edits (a policy fix
 * may edit an imported file).
 */
@SuppressWarnings("restriction") // Xtext marks its code action service x-internal, yet it is how a language offers them
public class VmigCodeActionService implements ICodeActionService2 {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Inject
	private EObjectAtOffsetHelper elementAt;

	@Inject
	private UriExtensions uris;

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		List<String> only = options.getCodeActionParams().getContext().getOnly();
		if (only != null && !only.isEmpty() && !only.contains(CodeActionKind.QuickFix)) {
			return List.of();
		}
		return options.getLanguageServerAccess().doSyncRead(options.getURI(), context -> {
			if (!(context.getResource() instanceof XtextResource resource)) {
				return List.<Either<Command, CodeAction>>of();
			}
			return actions(options, context.getDocument(), resource);
		});
	}

	private List<Either<Command, CodeAction>> actions(Options options, Document document, XtextResource resource) {
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
			String code = diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
			for (QuickFix fix : QuickFixes.of(code, data(diagnostic.getData()))) {
				WorkspaceEdit edit = edit(fix, diagnostic, options.getURI(), document, resource);
				if (edit != null) {
					CodeAction action = new CodeAction(fix.label());
					action.setKind(CodeActionKind.QuickFix);
					action.setDiagnostics(List.of(diagnostic));
					action.setEdit(edit);
					actions.add(Either.forRight(action));
				}
			}
		}
		return actions;
	}

	private WorkspaceEdit edit(QuickFix fix, Diagnostic diagnostic, String uri, Document document, XtextResource resource) {
		if (fix instanceof QuickFix.ReplaceMarkedText replace) {
			return new WorkspaceEdit(Map.of(uri, List.of(new TextEdit(diagnostic.getRange(), replace.text()))));
		}
		QuickFix.ChangePolicy change = (QuickFix.ChangePolicy) fix;
		int offset = document.getOffSet(diagnostic.getRange().getStart());
		EObject target = elementAt.resolveCrossReferencedElementAt(resource, offset);
		if (!(target instanceof Policy policy) || policy.eIsProxy()) {
			return null;
		}
		TextChange textChange = change.change().apply(policy);
		if (textChange == null) {
			return null;
		}
		// the policy's own file, as the server has it (the open editor's text when open, else the file on disk)
		Document policyText = new Document(0, NodeModelUtils.getNode(policy).getRootNode().getText());
		Position start = policyText.getPosition(textChange.offset());
		Position end = policyText.getPosition(textChange.offset() + textChange.length());
		String policyUri = policy.eResource() == resource ? uri : uris.toUriString(policy.eResource().getURI());
		return new WorkspaceEdit(Map.of(policyUri, List.of(new TextEdit(new Range(start, end), textChange.text()))));
	}

	/**
	 * A diagnostic's data as the server sent it (Xtext: the data, a string array), back from the client.
	 * LSP4J hands it over as a tree of its own JSON library (Gson, LSP4J's wire format, not ours): read from its
	 * JSON text, so that our code reads JSON with one library only (docs/decisions/0005-json-library.md).
	 */
	private static List<String> data(Object data) {
		List<String> values = new ArrayList<>();
		if (data instanceof String[] strings) {
			values.addAll(List.of(strings));
			return values;
		}
		if (data == null) {
			return values;
		}
		JsonNode node;
		try {
			node = JSON.readTree(data.toString());
		} catch (JsonProcessingException e) {
			return values; // not JSON: no data this service made
		}
		if (node.isArray()) {
			for (JsonNode element : node) {
				values.add(element.isValueNode() ? element.asText() : element.toString());
			}
		} else if (node.isValueNode() && !node.isNull()) {
			values.add(node.asText());
		}
		return values;
	}
}
