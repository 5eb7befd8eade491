package org.minplan.importer.tests;

import static org.junit.jupiter.api.Assertions.*;
import static org.minplan.importer.tests.Imports.*;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Coordinate;
import org.minplan.importer.CanonicalField;
import org.minplan.importer.County;
import org.minplan.importer.ReaderRegistry;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.Plan;
import org.minplan.tests.support.TestPlans;
import org.minplan.validation.Rule;
import org.minplan.validation.RuleRegistry;
import org.minplan.validation.RuleSettings;
import org.minplan.validation.ValidationEngine;

/** The seven county bundles of Tacheng as the importer and the rest of the workbench see them. */
class CountyRegistryTest {

	@Test
	void theSevenCountiesMatchTheDivisionsOfTheSamplePlan() throws Exception {
		Plan plan = sample();
		assertEquals(List.of("654201", "654202", "654203", "654221", "654224", "654225", "654226"),
				COUNTIES.counties().stream().map(County::code).toList());
		assertEquals(List.of(), COUNTIES.problems(), "no broken contribution");
		for (County county : COUNTIES.counties()) {
			AdministrativeDivision division = county.division(plan).orElseThrow(() -> new AssertionError(county.code()));
			assertEquals(division.getName(), county.name());
			assertEquals(division.getNameEn(), county.nameEn());
			assertEquals(division.getName(), county.displayName(Locale.CHINESE));
			Geometry boundary = county.boundary().orElseThrow(() -> new AssertionError(county.code() + ": no boundary"));
			assertTrue(boundary.isValid() && county.boundaryApproximate(), county.code());
			Coordinate seat = new Coordinate(division.getSeat().x(), division.getSeat().y());
			assertTrue(boundary.contains(new GeometryFactory().createPoint(seat)),
					county.name() + ": the boundary holds the county seat");
		}
	}

	@Test
	void countiesAreFoundByCodeOrIdAndReadTheirOwnHeaders() {
		County tuoli = COUNTIES.county("tuoli").orElseThrow();
		assertSame(tuoli, COUNTIES.county("654224").orElseThrow());
		assertEquals(CanonicalField.BLOCK_CODE, tuoli.profile().field("地块编号").orElseThrow(), "the county's alias");
		assertEquals(CanonicalField.BLOCK_CODE, tuoli.profile().field("QKBH").orElseThrow(), "planning-database field");
		assertEquals(CanonicalField.AREA, tuoli.profile().field("面积（平方千米）").orElseThrow(), "unit in brackets");
		assertEquals(CanonicalField.LICENCE, tuoli.profile().field("Licence Number").orElseThrow(), "English, any case");
		assertTrue(COUNTIES.county("wusu").orElseThrow().profile().field("地块编号").isEmpty(), "another county's alias");
		assertEquals(4517, COUNTIES.county("654226").orElseThrow().profile().defaultEpsg(), "和布克赛尔: zone 29");
	}

	@Test
	void csvAndXlsxReadersAreContributed() {
		ReaderRegistry readers = IMPORTER.readers();
		assertEquals("csv", readers.readerFor(java.nio.file.Path.of("a.CSV"), java.util.Set.of()).orElseThrow().id());
		assertEquals("xlsx", readers.readerFor(java.nio.file.Path.of("b.xlsx"), java.util.Set.of("xlsx")).orElseThrow().id());
		assertTrue(readers.readerFor(java.nio.file.Path.of("b.xlsx"), java.util.Set.of("csv")).isEmpty());
	}

	@Test
	void tuoliRuleFlagsABlockWhoseCodeLacksTheCountyCode() throws Exception {
		Plan plan = sample();
		Rule rule = RuleRegistry.fromPlatform().rule("county.tuoli.blockCodePrefix").orElseThrow();
		ExplorationBlock block = TestPlans.find(plan.getExplorationBlocks(), "654224K0001");
		assertTrue(new ValidationEngine(List.of(rule)).validate(plan, new RuleSettings(), null).findings().isEmpty(),
				"the sample's codes are fine");

		block.setCode("654201K0001");
		var findings = new ValidationEngine(List.of(rule)).validate(plan, new RuleSettings(), null).findings();

		assertEquals(1, findings.size());
		assertSame(block, findings.get(0).element().orElseThrow());
		assertTrue(findings.get(0).message(Locale.ENGLISH).contains("code 654201K0001 does not start with the county code 654224"),
				findings.get(0).message(Locale.ENGLISH));
	}
}
