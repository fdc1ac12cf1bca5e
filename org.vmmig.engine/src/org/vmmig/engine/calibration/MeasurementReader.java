package org.vmmig.engine.calibration;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads measured migrations: QEMU's QMP {@code query-migrate} replies (JSON: one reply, an array, or one
 * per line) and libvirt's {@code virsh domjobinfo --completed} text (jobs separated by blank lines). The
 * format is told from the first character. docs/calibration-formats.md lists the fields.
 */
public final class MeasurementReader {

	/** Larger files are refused rather than read into memory. */
	static final long MAX_BYTES = 64L * 1024 * 1024;

	public List<MeasuredMigration> read(Path file) throws IOException, CalibrationInputException {
		String name = file.toString();
		if (Files.size(file) > MAX_BYTES) {
			throw new CalibrationInputException(name + ": larger than " + (MAX_BYTES >> 20) + " MiB");
		}
		String text = decode(name, Files.readAllBytes(file));
		String start = text.stripLeading();
		if (start.isEmpty()) {
			throw new CalibrationInputException(name + ": the file is empty");
		}
		if (start.startsWith("{") || start.startsWith("[")) {
			return new QemuMigrationInfo(name).read(new JsonReader(name, text).readAll());
		}
		return new LibvirtJobInfo(name).read(text);
	}

	private static String decode(String name, byte[] bytes) throws CalibrationInputException {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			throw new CalibrationInputException(name + ": not a text file (invalid UTF-8)");
		}
	}
}
