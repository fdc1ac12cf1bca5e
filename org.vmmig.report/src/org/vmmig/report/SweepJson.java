package org.vmmig.report;

import java.util.List;

import org.vmmig.engine.report.JsonWriter;
import org.vmmig.engine.sweep.RunMetrics;
import org.vmmig.engine.sweep.FinishedRun;
import org.vmmig.engine.sweep.SweepMetric;
import org.vmmig.engine.sweep.SweepResults;

/**
 * A sweep's results as one JSON document (schema {@code vmmig-sweep}, version 1, docs/sweeps.md): what ran, every
 * run (knob values, metrics in SI base units or the failure's reason), the best run's index, the Pareto front's run
 * indices and the sensitivity indices. The same results give the same bytes, whatever executed them.
 */
public final class SweepJson {

	public static final String SCHEMA = "vmmig-sweep";
	public static final int VERSION = 1;

	private SweepJson() {
	}

	public static String write(SweepResults r) {
		JsonWriter json = new JsonWriter().beginObject().field("schema", SCHEMA).field("version", VERSION)
				.field("model", r.model()).field("sweep", r.sweep()).field("scenario", r.scenario())
				.field("partial", r.partial()).field("runsPlanned", r.grid().runs())
				.field("runsFinished", r.outcomes().size()).field("runsFailed", r.failures())
				.field("samples", r.grid().samples()).field("seed", r.seed());
		json.name("knobs").beginArray();
		for (int d = 0; d < r.knobs().size(); d++) {
			json.beginObject().field("name", r.knobs().get(d)).name("values").beginArray();
			r.levels().get(d).forEach(json::value);
			json.endArray().endObject();
		}
		json.endArray();
		List<SweepMetric> metrics = r.metrics();
		json.name("metrics").beginArray();
		for (SweepMetric metric : metrics) {
			json.beginObject().field("name", metric.word()).field("key", metric.key()).field("label", metric.label())
					.field("unit", SweepTables.unit(metric).symbol()).endObject();
		}
		json.endArray();
		json.name("runs").beginArray();
		for (FinishedRun<RunMetrics> outcome : r.outcomes()) {
			json.beginObject().field("index", outcome.index());
			json.name("knobs").beginObject();
			List<String> labels = r.labels(outcome.index());
			for (int d = 0; d < labels.size(); d++) {
				json.field(r.knobs().get(d), labels.get(d));
			}
			json.endObject().field("sample", r.grid().sample(outcome.index()));
			if (outcome.succeeded()) {
				json.name("metrics").beginObject();
				metrics.forEach(m -> json.field(m.key(), outcome.result().get(m)));
				json.endObject();
			} else {
				json.field("failure", outcome.failure());
			}
			json.endObject();
		}
		json.endArray();
		if (r.objective() != null) {
			json.name("best").beginObject().field("objective", r.objective().describe()).name("run");
			r.best().ifPresentOrElse(b -> json.value(b.index()), () -> json.value((String) null));
			json.endObject();
		}
		json.name("pareto").beginObject().field("x", r.pareto().get(0).word()).field("y", r.pareto().get(1).word())
				.name("runs").beginArray();
		r.paretoFront().forEach(i -> json.value(r.outcomes().get(i).index()));
		json.endArray().endObject();
		json.name("sensitivity").beginObject();
		for (SweepMetric metric : metrics) {
			double[] indices = r.sensitivity(metric);
			json.name(metric.key()).beginObject();
			for (int d = 0; d < indices.length; d++) {
				json.field(r.knobs().get(d), indices[d]);
			}
			json.endObject();
		}
		json.endObject();
		return json.endObject().toString();
	}
}
