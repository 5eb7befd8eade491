package org.minplan.validation.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minplan.tests.support.TestPlans.*;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.minplan.core.geometry.Crs;
import org.minplan.core.geometry.CrsTransformer;
import org.minplan.model.AbandonedPit;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.EnvironmentalGrade;
import org.minplan.model.EnvironmentalZone;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.Mineral;
import org.minplan.model.MiningBlock;
import org.minplan.model.Plan;
import org.minplan.model.ZoneKind;
import org.minplan.model.spatial.Shape;
import org.minplan.validation.Finding;
import org.minplan.validation.Severity;
import org.minplan.validation.tests.Validation;

class SpatialRulesTest {

	private final Plan plan = validPlan();
	private final AdministrativeDivision tuoli = find(plan.getDivisions(), "托里县");
	private final Mineral gold = find(plan.getMinerals(), "金");
	private final ExplorationBlock goldBlock = find(plan.getExplorationBlocks(), "654224K0001");

	@Test
	void overlappingBlocksOfOneKindAreOnePairLocatedAtTheOverlap() {
		ExplorationBlock other = exploration(plan, "654224K0003", gold, tuoli, square(500, 500, 1000));
		List<Finding> findings = Validation.findings(plan, "spatial.sameKindOverlap");
		assertEquals(1, findings.size(), findings.toString());
		assertEquals(List.of(goldBlock, other), findings.get(0).elements());
		assertEquals("654224K0001 托里县金区块 and 654224K0003 托里县金区块 overlap by 25 ha (both exploration blocks)",
				findings.get(0).message(Locale.ENGLISH));
		assertEquals(500 * 500, findings.get(0).location().orElseThrow().getArea(), 1e-6);
		assertEquals(4537, findings.get(0).location().get().getSRID(), "zone 28 without prefix");
	}

	@Test
	void blocksSharingAnEdgeOrOfAnotherKindDoNotOverlap() {
		exploration(plan, "654224K0003", gold, tuoli, square(1000, 0, 1000)); // shares the east edge
		exploration(plan, "654224K0004", gold, tuoli, square(1000, 1000, 1000)); // shares a corner
		concentratedArea(plan, "654224J0001", find(plan.getMinerals(), "建筑用砂"), tuoli, square(100, 100, 100));
		assertEquals(List.of(), Validation.messages(plan, "spatial.sameKindOverlap"));
	}

	@Test
	void blocksGivenInDifferentCoordinateSystemsAreComparedOnOnePlane() {
		// a 500 m square in the middle of 654224K0001, written in longitude/latitude
		CrsTransformer transformer = new CrsTransformer();
		double[] ring = new double[8];
		double[][] corners = { { 250, 250 }, { 750, 250 }, { 750, 750 }, { 250, 750 } };
		for (int i = 0; i < corners.length; i++) {
			Coordinate lonLat = transformer.transform(new Coordinate(EAST + corners[i][0], NORTH + corners[i][1]),
					Crs.gaussKrueger3(28, true), Crs.lonLat());
			ring[2 * i] = lonLat.x;
			ring[2 * i + 1] = lonLat.y;
		}
		exploration(plan, "654224K0003", gold, tuoli, Shape.polygon(4490, ring));
		List<Finding> findings = Validation.findings(plan, "spatial.sameKindOverlap");
		assertEquals(1, findings.size(), findings.toString());
		assertEquals(500 * 500, findings.get(0).location().orElseThrow().getArea(), 1.0);
	}

	@Test
	void miningOverExplorationIsFlaggedUnlessItIsTheConversion() {
		MiningBlock mining = mining(plan, "654224C0002", gold, tuoli, square(200, 200, 300), "5", "万吨/年");
		List<Finding> findings = Validation.findings(plan, "spatial.miningOverExploration");
		assertEquals(1, findings.size());
		assertEquals(Severity.WARNING, findings.get(0).severity());
		assertEquals("654224C0002 托里县金区块 overlaps exploration block 654224K0001 托里县金区块 by 9 ha but is not marked as its conversion",
				findings.get(0).message(Locale.ENGLISH));
		mining.setConvertedFrom(goldBlock);
		assertEquals(List.of(), Validation.messages(plan, "spatial.miningOverExploration"));
	}

	@Test
	void aBlockOverlappingARedLineOrNatureReserveIsAnError() {
		zone(plan, "托里县生态保护红线", ZoneKind.KEY_EXPLORATION_ZONE, square(900, 0, 1000));
		environmentalZone(plan, "巴尔鲁克山", EnvironmentalGrade.PROTECTION_PREVENTION, square(2900, 0, 200))
				.setRemarks("国家级自然保护区");
		zone(plan, "普通重点勘查区", ZoneKind.KEY_EXPLORATION_ZONE, square(0, 0, 5000)); // no marker: allowed
		List<String> messages = Validation.messages(plan, "spatial.prohibitedArea");
		assertEquals(List.of("654224K0001 托里县金区块 overlaps 托里县生态保护红线 (生态保护红线) by 10 ha",
				"654224K0002 托里县铜区块 overlaps 巴尔鲁克山 (自然保护区) by 2 ha"), messages);
	}

	@Test
	void theMarkersOfProhibitedAreasAreAParameter() {
		zone(plan, "某禁采区", ZoneKind.KEY_MINING_ZONE, square(0, 0, 500));
		org.minplan.validation.RuleSettings settings = new org.minplan.validation.RuleSettings();
		settings.setParameter("spatial.prohibitedArea", "markers", "水源地");
		assertEquals(0, new org.minplan.validation.ValidationEngine(List.of(Validation.rule("spatial.prohibitedArea")))
				.validate(plan, settings, null).findings().size());
		assertEquals(1, Validation.findings(plan, "spatial.prohibitedArea").size(), "禁采区 is a default marker");
	}

	@Test
	void anAbandonedPitOutsideEveryTreatmentZoneOrOutsideItsNamedZoneIsFound() {
		AbandonedPit outside = pit(plan, "荒地采坑", square(40_000, 0, 100));
		EnvironmentalZone protection = environmentalZone(plan, "保护预防区", EnvironmentalGrade.PROTECTION_PREVENTION,
				square(39_000, 0, 3000)); // not a treatment zone
		EnvironmentalZone general = environmentalZone(plan, "一般治理区", EnvironmentalGrade.GENERAL_TREATMENT,
				square(44_000, 0, 1000));
		AbandonedPit misnamed = pit(plan, "错配采坑", square(44_100, 100, 100));
		misnamed.setEnvironmentalZone(find(plan.getEnvironmentalZones(), "塔额盆地矿山地质环境重点治理区"));
		List<Finding> findings = Validation.findings(plan, "spatial.pitInTreatmentZone");
		assertEquals(List.of("荒地采坑 does not lie in any key or general treatment zone",
				"错配采坑 names 塔额盆地矿山地质环境重点治理区 as its zone but lies in 一般治理区"),
				findings.stream().map(f -> f.message(Locale.ENGLISH)).toList());
		assertEquals(outside, findings.get(0).element().orElseThrow());
		assertTrue(protection != null && general != null);
	}
}
