package org.vmmig.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vmmig.dsl.ui.results.CurrentResults;
import org.vmmig.dsl.ui.results.ModelResults;
import org.vmmig.dsl.ui.results.PlanRow;

/** The shared result model the views observe: what it holds after a publish or a selection, and whom it tells. */
class CurrentResultsTest {

	private static ModelResults withRows(String model, PlanRow... rows) {
		return new ModelResults(model, List.of(rows), List.of(), List.of(), List.of());
	}

	@Test
	void aPublishedResultIsCurrentAndItsModelsLatestAndItsFirstMigrationIsSelected() {
		CurrentResults results = new CurrentResults();
		assertSame(CurrentResults.NONE, results.current(), "nothing simulated yet");
		PlanRow first = new PlanRow("s", null, null, 0, 0, "", "");
		PlanRow second = new PlanRow("s", null, null, 0, 0, "", "");
		ModelResults lab = withRows("lab.vmig", first, second);
		ModelResults pack = withRows("pack.vmig");
		results.publish(lab);
		assertSame(first, results.selected());
		results.publish(pack);
		assertSame(pack, results.current());
		assertNull(results.selected(), "pack.vmig has no migration to select");
		assertSame(lab, results.latest("lab.vmig").orElseThrow(), "each model keeps its latest result");
		assertSame(pack, results.latest("pack.vmig").orElseThrow());
		assertTrue(results.latest("other.vmig").isEmpty());
	}

	@Test
	void listenersHearEachResultAndEachChangeOfSelectionUntilRemoved() {
		CurrentResults results = new CurrentResults();
		List<String> heard = new ArrayList<>();
		CurrentResults.Listener listener = new CurrentResults.Listener() {
			@Override
			public void resultChanged(ModelResults result) {
				heard.add("result " + result.modelName());
			}

			@Override
			public void selectionChanged(PlanRow row) {
				heard.add("selected " + row.scenario());
			}
		};
		results.addListener(listener);
		PlanRow a = new PlanRow("a", null, null, 0, 0, "", "");
		PlanRow b = new PlanRow("b", null, null, 0, 0, "", "");
		results.publish(withRows("lab.vmig", a, b));
		results.select(b);
		results.select(b); // the same row again: no news
		results.removeListener(listener);
		results.select(a);
		assertEquals(List.of("result lab.vmig", "selected b"), heard);
		assertSame(a, results.selected());
	}
}
