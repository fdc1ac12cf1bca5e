package org.vmmig.cli.lsp;

import java.util.concurrent.CompletionException;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * What a client hears when a request fails: a short LSP error (a position outside the document is invalid params,
 * an unknown method is method-not-found) and one line on standard error, never a stack trace nor the document's
 * text in the response (Xtext would quote the whole document).
 */
final class ResponseErrors {

	private ResponseErrors() {
	}

	static ResponseError of(Throwable thrown) {
		Throwable cause = thrown;
		while (cause instanceof CompletionException && cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (cause instanceof ResponseErrorException answered) {
			return answered.getResponseError();
		}
		ResponseError error;
		if (cause instanceof IndexOutOfBoundsException) {
			error = new ResponseError(ResponseErrorCode.InvalidParams, "the position is outside the document", null);
		} else if (cause instanceof UnsupportedOperationException && String.valueOf(cause.getMessage()).contains("unknown")) {
			error = new ResponseError(ResponseErrorCode.MethodNotFound, firstLine(cause.getMessage()), null);
		} else {
			error = new ResponseError(ResponseErrorCode.InternalError, "vmmig: internal error (" + firstLine(String.valueOf(cause))
					+ "); please report it with the file that caused it", null);
		}
		System.err.println("vmmig lsp: " + error.getMessage());
		return error;
	}

	private static String firstLine(String text) {
		String line = text == null ? "" : text.lines().findFirst().orElse("");
		return line.length() > 200 ? line.substring(0, 200) + "…" : line;
	}
}
