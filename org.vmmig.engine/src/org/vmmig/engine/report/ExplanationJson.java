package org.vmmig.engine.report;

import org.vmmig.engine.cost.Note;
import org.vmmig.engine.plan.Refusal;

/**
 * Refusals and notes as data in the JSON result, next to their sentences: {@code "kind"} (the enum's keyword)
 * and the record's components under their own names (docs/report-format.md).
 */
final class ExplanationJson {

	private ExplanationJson() {
	}

	static void refusal(JsonWriter json, Refusal refusal) {
		json.beginObject().field("kind", refusal.kind().keyword());
		switch (refusal) {
		case Refusal.NoNetwork r -> json.field("source", r.source()).field("target", r.target());
		case Refusal.Shortage r -> json.field("resource", r.resource().keyword()).field("needed", r.needed())
				.field("available", r.available()).field("missing", r.missing()).field("host", r.host());
		case Refusal.NoPermittedHost r -> refusal(json.name("rule"), r.rule());
		case Refusal.EncryptionImpossible r -> json.field("host", r.host());
		case Refusal.TrustTooLow r -> json.field("securityLevel", r.securityLevel()).field("trust", r.trust())
				.field("host", r.host());
		case Refusal.ZoneNotAllowed r -> json.field("fromZone", r.fromZone()).field("toZone", r.toZone())
				.field("host", r.host());
		case Refusal.AntiAffinity r -> json.field("other", r.other()).field("host", r.host());
		case Refusal.Affinity r -> json.field("other", r.other()).field("otherHost", r.otherHost());
		case Refusal.WaitsInCycle r -> json.field("neededBytes", r.neededBytes()).field("host", r.host());
		}
		json.endObject();
	}

	static void note(JsonWriter json, Note note) {
		json.beginObject().field("kind", note.kind().keyword());
		if (note.kind() == Note.Kind.STORAGE_DOES_NOT_CONVERGE) {
			json.field("diskWriteBytesPerSecond", note.diskWriteBytesPerSecond())
					.field("copyBytesPerSecond", note.copyBytesPerSecond());
		}
		json.endObject();
	}
}
