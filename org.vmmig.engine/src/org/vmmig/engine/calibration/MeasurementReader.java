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
 * Reads measured migrations from a file: QEMU's QMP {@code query-migrate} replies (JSON: one reply, an
 * array of them, or one per line) or libvirt's {@code virsh domjobinfo --completed} text (jobs separated
 * by blank lines). The format is told from the first character that is not white space: {@code {} or
 * {@code [} is JSON, anything else libvirt text. docs/calibration-formats.md lists the fields.
 * <p>
 * Every problem with the content is a {@link CalibrationInputException} whose message starts with the
 * file and the line (and column, in JSON); only a file that cannot be read at all is an IOException.
 */
public final class MeasurementReader {

	/** Larger files are refused rather than read into memory: measurements are a few KiB each. */
	static final long MAX_BYTES = 64L * 1024 * 1024;

	/** @return the migrations in file order, at least one; not-completed ones included, with their status */
	public List<MeasuredMigration> read(Path file) throws IOException, CalibrationInputException {
		String name = file.toString();
		if (Files.size(file) > MAX_BYTES) {
			throw new CalibrationInputException(name + ": larger than " + (MAX_BYTES >> 20) + " MiB, not a measurement file");
		}
		String text = decode(name, Files.readAllBytes(file));
		if (text.isBlank()) {
			throw new CalibrationInputException(name + ": the file is empty");
		}
		char first = text.strip().charAt(0);
		if (first == '{' || first == '[') {
			return new QemuMigrationInfo(name).read(new JsonReader(name, text).readAll());
		}
		return new LibvirtJobInfo(name).read(text);
	}

	/** Strict UTF-8 (what QEMU and virsh write); a byte-order mark is dropped, NUL means binary. */
	static String decode(String name, byte[] bytes) throws CalibrationInputException {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			throw new CalibrationInputException(name + ": not a text file (invalid UTF-8)");
		}
		int nul = text.indexOf('\0');
		if (nul >= 0) {
			int line = 1 + (int) text.substring(0, nul).chars().filter(c -> c == '\n').count();
			throw new CalibrationInputException(name + ":" + line + ": not a text file (NUL character)");
		}
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}
}
