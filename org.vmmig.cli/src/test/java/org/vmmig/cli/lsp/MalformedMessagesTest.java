package org.vmmig.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bytes a broken client might send to {@code vmmig lsp}: a body that is not JSON, a message without a method, a
 * header without a length. Each is answered with a JSON-RPC error or dropped; the server keeps serving, and its
 * standard output carries nothing but protocol messages.
 */
class MalformedMessagesTest {

	@Test
	void garbageIsAnsweredWithAnErrorAndTheServerGoesOn(@TempDir Path dir) throws Exception {
		Process server = LanguageServerProcess.start(dir.resolve("server.log"));
		try (OutputStream in = server.getOutputStream(); InputStream out = server.getInputStream()) {
			send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"); // cut short
			assertTrue(read(out).contains("\"code\":-32700"), "a parse error answers a body that is not JSON");
			send(in, "{\"jsonrpc\":\"2.0\",\"id\":2}"); // no method: taken for a response nobody awaits, dropped
			in.write("Content-Type: text/plain\r\n\r\n".getBytes(StandardCharsets.US_ASCII)); // no length: skipped
			send(in, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":"
					+ "\"" + dir.toUri() + "\",\"capabilities\":{}}}");
			String answer = readUntil(out, "\"id\":3");
			assertTrue(answer.contains("\"capabilities\""), "the server still initializes: " + answer);
			send(in, "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"shutdown\"}");
			readUntil(out, "\"id\":4");
			send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
			assertTrue(server.waitFor(30, TimeUnit.SECONDS), "exit ends the server");
			assertEquals(0, server.exitValue());
		} finally {
			server.destroyForcibly();
		}
	}

	private static void send(OutputStream in, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		in.write(("Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		in.write(bytes);
		in.flush();
	}

	/** One message from the server: its header must be the protocol's, never a stray line of output. */
	private static String read(InputStream out) throws IOException {
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		while (!header.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
			int next = out.read();
			if (next < 0) {
				throw new IOException("the server closed its output");
			}
			header.write(next);
		}
		String text = header.toString(StandardCharsets.US_ASCII);
		assertTrue(text.startsWith("Content-Length: "), "standard output carries only the protocol: " + text);
		int length = Integer.parseInt(text.lines().findFirst().orElseThrow().substring("Content-Length: ".length()).strip());
		return new String(out.readNBytes(length), StandardCharsets.UTF_8);
	}

	private static String readUntil(InputStream out, String marker) throws IOException {
		for (int i = 0; i < 20; i++) {
			String message = read(out);
			if (message.contains(marker)) {
				return message;
			}
		}
		throw new AssertionError("no message with " + marker);
	}
}
