package org.vmmig.dsl;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.eclipse.xtext.linking.lazy.LazyLinkingResource;

/**
 * A .vmig file as Xtext loads it, less a UTF-8 byte-order mark at its start: editors on some systems write one,
 * and read as text it would be a character the grammar does not know (a syntax error on a valid model).
 */
public class VmigResource extends LazyLinkingResource {

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@Override
	protected void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		super.doLoad(withoutByteOrderMark(inputStream), options);
	}

	static InputStream withoutByteOrderMark(InputStream input) throws IOException {
		BufferedInputStream buffered = new BufferedInputStream(input);
		buffered.mark(UTF8_BOM.length);
		byte[] start = buffered.readNBytes(UTF8_BOM.length);
		if (!java.util.Arrays.equals(start, UTF8_BOM)) {
			buffered.reset();
		}
		return buffered;
	}
}
