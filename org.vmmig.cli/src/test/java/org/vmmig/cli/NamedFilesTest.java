package org.vmmig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vmmig.cli.CommandRun.vmmig;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model may name only regular local files within size caps (issue 18 item 5): no URL is fetched, no device or
 * FIFO is read, and an error names the file and the model's line, never what the file holds.
 */
class NamedFilesTest {

	private static final String ESTATE = """
			host h1 { memory 8 GiB nic 1 Gbps cores 2 mips 1000 } host h2 { memory 8 GiB nic 1 Gbps cores 2 mips 1000 }
			network lan { bandwidth 1 Gbps connects h1, h2 }
			policy p { detector thr 0.8 }
			""";

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void anImportOrTraceUrlIsNeverFetched(@TempDir Path dir) throws Exception {
		try (ServerSocket listener = new ServerSocket()) {
			listener.bind(new InetSocketAddress("127.0.0.1", 0));
			listener.setSoTimeout(1);
			String url = "http://127.0.0.1:" + listener.getLocalPort() + "/";
			Path model = dir.resolve("net.vmig");
			Files.writeString(model, "import \"" + url + "topology.vmig\"\n" + ESTATE
					+ "vm v { memory 1 GiB on h1 trace \"" + url + "trace\" }\n");
			CommandRun run = vmmig("validate", model.toString());
			assertEquals(ExitCodes.MODEL_ERRORS, run.exitCode(), run.err());
			assertTrue(run.err().contains(model + ":1:8: error: Cannot import '" + url
					+ "topology.vmig': only local files can be named in a model"), run.err());
			assertTrue(run.err().contains("Cannot read the trace '" + url + "trace': only local files can be named"),
					run.err());
			try {
				listener.accept().close();
				throw new AssertionError("vmmig connected to " + url);
			} catch (java.net.SocketTimeoutException expected) {
				// nobody knocked
			}
		}
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void devicesAndFifosAreRefusedWithoutReadingThem(@TempDir Path dir) throws Exception {
		Path fifo = dir.resolve("pipe.vmig");
		new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
		Path model = dir.resolve("dev.vmig");
		Files.writeString(model, "import \"pipe.vmig\"\n" + ESTATE + "vm v { memory 1 GiB on h1 trace \"/dev/zero\" }\n");
		CommandRun run = vmmig("validate", model.toString());
		assertEquals(ExitCodes.MODEL_ERRORS, run.exitCode(), run.err());
		assertTrue(run.err().contains("Cannot import 'pipe.vmig': not a regular file."), run.err());
		assertTrue(run.err().contains("Cannot read the trace '/dev/zero': not a regular file."), run.err());
	}

	@Test
	void aTraceThatIsNotATraceIsNamedButItsContentIsNotShown(@TempDir Path dir) throws Exception {
		Path secret = dir.resolve("secret");
		Files.writeString(secret, "root:$6$saltsalt$hashhashhash:19000:0:99999:7:::\n");
		Path model = dir.resolve("leak.vmig");
		Files.writeString(model, ESTATE + "vm v { memory 1 GiB on h1 trace \"secret\" }\n");
		CommandRun run = vmmig("validate", model.toString());
		assertEquals(ExitCodes.MODEL_ERRORS, run.exitCode(), run.err());
		assertTrue(run.err().contains(model + ":4:33: error: Trace secret:1: not a whole percentage"), run.err());
		assertFalse(run.err().contains("root") || run.err().contains("hash"), "the file's content leaks: " + run.err());
	}

	@Test
	void aTraceBeyondTheCapIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
		Path big = dir.resolve("big");
		try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
				java.nio.file.StandardOpenOption.WRITE)) {
			channel.write(java.nio.ByteBuffer.wrap(new byte[] { '1' }), 17L * 1024 * 1024); // sparse: 17 MiB
		}
		Path model = dir.resolve("big.vmig");
		Files.writeString(model, ESTATE + "vm v { memory 1 GiB on h1 trace \"big\" }\n");
		CommandRun run = vmmig("validate", model.toString());
		assertTrue(run.err().contains("Cannot read the trace 'big': larger than 16 MiB."), run.err());
	}
}
