package org.vmmig.lab;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The lab's JSON: QMP messages and the run files, as Jackson trees (docs/decisions/0005-json-library.md).
 * {@link #PRETTY} lays a file out one value per line, {@code "key": value}, two spaces a level, as the
 * recorded runs are (LabJsonTest).
 */
final class LabJson {

	/** Numbers with a fraction are kept as written (QEMU's "mbps": 565.17742601514112), as Gson kept them. */
	static final ObjectMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
	static final ObjectWriter COMPACT = MAPPER.writer();
	static final ObjectWriter PRETTY = MAPPER.writer(prettyPrinter());

	private LabJson() {
	}

	static ObjectNode object() {
		return JsonNodeFactory.instance.objectNode();
	}

	static ArrayNode array() {
		return JsonNodeFactory.instance.arrayNode();
	}

	private static DefaultPrettyPrinter prettyPrinter() {
		DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
		Separators separators = Separators.createDefaultInstance()
				.withObjectFieldValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("").withArrayEmptySeparator("");
		return new DefaultPrettyPrinter().withSeparators(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
	}
}
