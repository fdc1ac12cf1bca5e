package org.vmmig.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vmmig.engine.model.MigrationPolicy;
import org.vmmig.engine.model.Technique;

/**
 * When the lab sends migrate-start-postcopy (docs/decisions/0004-post-copy.md): post-copy after the first
 * pass, hybrid after its rounds, hybrid with 0 rounds at once, pre-copy never.
 */
class QemuKnobsTest {

	private static QemuKnobs knobs(MigrationPolicy.Builder policy) throws LabException {
		return QemuKnobs.of(policy.build());
	}

	@Test
	void postCopySwitchesAfterTheFirstPassAsLibvirtsPostcopyAfterPrecopyDoes() throws LabException {
		QemuKnobs post = knobs(MigrationPolicy.builder().technique(Technique.POST_COPY));
		assertEquals(1, post.postCopyAfterPasses());
		assertTrue(post.capabilities().get("postcopy-ram"));
	}

	@Test
	void hybridSwitchesAfterItsRoundsAndZeroRoundsMeansAtOnce() throws LabException {
		assertEquals(2, knobs(MigrationPolicy.builder().technique(Technique.HYBRID).hybridPreCopyRounds(2))
				.postCopyAfterPasses());
		QemuKnobs fromStart = knobs(MigrationPolicy.builder().technique(Technique.HYBRID).hybridPreCopyRounds(0));
		assertEquals(0, fromStart.postCopyAfterPasses());
		assertTrue(fromStart.capabilities().get("postcopy-ram"));
		QemuKnobs pre = knobs(MigrationPolicy.builder());
		assertEquals(-1, pre.postCopyAfterPasses());
		assertFalse(pre.capabilities().get("postcopy-ram"));
	}
}
