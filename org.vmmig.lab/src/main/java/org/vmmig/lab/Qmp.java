package org.vmmig.lab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A client of the QEMU Machine Protocol over QEMU's UNIX socket ({@code -qmp unix:PATH,server=on,wait=off}):
 * a UNIX socket because it listens on no network at all and only its owner may open it. One command at a
 * time; asynchronous events are dropped. A reader thread turns lines into objects so that every wait for a
 * reply has a timeout, even when QEMU hangs.
 */
final class Qmp implements AutoCloseable {

	private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(30);
	/** Put on the queue when QEMU closes the socket (it quit or died). */
	private static final JsonNode CLOSED = LabJson.object();

	private final String name;
	private final SocketChannel channel;
	private final OutputStream out;
	private final BlockingQueue<JsonNode> replies = new LinkedBlockingQueue<>();

	private Qmp(String name, SocketChannel channel) {
		this.name = name;
		this.channel = channel;
		this.out = Channels.newOutputStream(channel);
		Thread reader = new Thread(this::readLines, "qmp-" + name);
		reader.setDaemon(true);
		reader.start();
	}

	/** Connects once QEMU has created the socket, and leaves capabilities negotiation mode. */
	static Qmp connect(String name, Path socket, QemuProcess qemu, Duration timeout) throws LabException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			if (!qemu.alive()) {
				throw new LabException(name + ": QEMU exited before its QMP socket was ready: " + qemu.lastLogLine());
			}
			if (Files.exists(socket)) {
				try {
					SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
					channel.connect(UnixDomainSocketAddress.of(socket));
					Qmp qmp = new Qmp(name, channel);
					qmp.next(); // the greeting: {"QMP": {"version": ...}}
					qmp.execute("qmp_capabilities", null);
					return qmp;
				} catch (IOException e) {
					// QEMU created the socket but does not accept yet: try again
				}
			}
			if (System.nanoTime() > deadline) {
				throw new LabException(name + ": QEMU's QMP socket " + socket + " did not open within "
						+ timeout.toSeconds() + " s");
			}
			sleep(20);
		}
	}

	/** Runs a command and returns its "return" value; a QMP error becomes a LabException with QEMU's words. */
	JsonNode execute(String command, ObjectNode arguments) throws LabException {
		ObjectNode request = LabJson.object();
		request.put("execute", command);
		if (arguments != null) {
			request.set("arguments", arguments);
		}
		try {
			out.write((request + "\n").getBytes(StandardCharsets.UTF_8));
			out.flush();
		} catch (IOException e) {
			throw new LabException(name + ": cannot send '" + command + "' to QEMU (it quit?): " + e.getMessage(), e);
		}
		JsonNode reply = next();
		if (reply.has("error")) {
			JsonNode error = reply.get("error");
			throw new LabException(name + ": QEMU refused '" + command + "': " + error.get("desc").asText());
		}
		return reply.get("return");
	}

	/** The next reply (events skipped), or an exception when QEMU went away or took too long. */
	private JsonNode next() throws LabException {
		JsonNode reply;
		try {
			reply = replies.poll(REPLY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new LabException(name + ": interrupted while waiting for QEMU");
		}
		if (reply == null) {
			throw new LabException(name + ": QEMU did not answer within " + REPLY_TIMEOUT.toSeconds() + " s");
		}
		if (reply == CLOSED) {
			replies.add(CLOSED); // every later call fails the same way
			throw new LabException(name + ": QEMU closed its QMP connection (it quit or crashed)");
		}
		return reply;
	}

	private void readLines() {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode message = LabJson.MAPPER.readTree(line);
				if (!message.isObject()) {
					break; // not a QMP message: treated as closed, as below
				}
				if (!message.has("event")) {
					replies.add(message);
				}
			}
		} catch (IOException | RuntimeException e) {
			// the socket closed under us, or QEMU wrote something that is not JSON: treated as closed
		}
		replies.add(CLOSED);
	}

	@Override
	public void close() {
		try {
			channel.close();
		} catch (IOException e) {
			// nothing to do: QEMU is being stopped anyway
		}
	}

	static void sleep(long millis) throws LabException {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new LabException("interrupted");
		}
	}
}
