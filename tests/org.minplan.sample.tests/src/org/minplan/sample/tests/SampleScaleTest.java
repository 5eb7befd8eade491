package org.minplan.sample.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.minplan.core.stats.PlanStatistics;
import org.minplan.model.Mine;
import org.minplan.model.Plan;
import org.minplan.sample.SamplePlans;
import org.minplan.sample.TachengSampleBuilder;

/** A synthetic plan N times larger, for performance work. */
class SampleScaleTest {

	@Test
	void scaleTenHasTenTimesTheGeneratedElementsAndTheSamePrintedOnes() {
		Plan one = Sample.plan();
		Plan ten = SamplePlans.build(10);
		assertEquals(10 * one.getExplorationBlocks().size(), ten.getExplorationBlocks().size());
		assertEquals(10 * one.getMiningBlocks().size(), ten.getMiningBlocks().size());
		assertEquals(10 * one.getConcentratedAreas().size(), ten.getConcentratedAreas().size());
		assertEquals(10 * one.getMines().size(), ten.getMines().size());
		assertEquals(10 * one.getAbandonedPits().size(), ten.getAbandonedPits().size());
		assertEquals(2610, ten.getExplorationBlocks().size());
		assertEquals(one.getStatements().size(), ten.getStatements().size());
		assertEquals(one.getMinerals().size(), ten.getMinerals().size());
		assertEquals(one.getEnvironmentalZones().size(), ten.getEnvironmentalZones().size());
		// the printed row sums are shared out over all generated mines
		assertEquals(new BigDecimal("1556.47"), PlanStatistics.sumDecimal(ten.getMines(), Mine::getOutput));
	}

	@Test
	void scaleBelowOneIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> TachengSampleBuilder.fromBundle().scale(0));
	}
}
