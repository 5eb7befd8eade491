package org.minplan.validation.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minplan.tests.support.TestPlans.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.minplan.model.AreaUnit;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.Mine;
import org.minplan.model.MiningBlock;
import org.minplan.model.Plan;
import org.minplan.model.spatial.Shape;
import org.minplan.validation.Finding;
import org.minplan.validation.Severity;
import org.minplan.validation.tests.Validation;

class IntegrityRulesTest {

	private final Plan plan = validPlan();
	private final ExplorationBlock gold = find(plan.getExplorationBlocks(), "654224K0001");

	@Test
	void requiredAttributesListsEverythingAnElementLacks() {
		gold.setCode(" ");
		gold.setMineral(null);
		gold.setCounty(null);
		gold.setGeometry(null);
		Mine mine = plan.getMines().get(0);
		mine.setMineral(null);
		List<Finding> findings = Validation.findings(plan, "integrity.requiredAttributes");
		assertEquals(2, findings.size(), findings.toString());
		assertEquals(List.of(mine, gold), findings.stream().map(f -> f.element().orElseThrow()).toList(), "plan order");
		assertEquals("托里县金区块 (Exploration Block) lacks: Code, Mineral or Mineral Text, County, Geometry",
				findings.get(1).message(Locale.ENGLISH));
		assertEquals(org.minplan.validation.support.ElementLabels.label(mine) + "（矿山）缺少：矿种或矿种（原文）",
				findings.get(0).message(Locale.SIMPLIFIED_CHINESE));
		assertEquals(Severity.ERROR, findings.get(0).severity());
	}

	@Test
	void xpccDivisionsNeedNoCountyCode() {
		county(plan, "第七师", null).setKind(org.minplan.model.DivisionKind.XPCC_DIVISION);
		county(plan, "某县", null);
		assertEquals(List.of("某县 (Administrative Division) lacks: Code"),
				Validation.messages(plan, "integrity.requiredAttributes"));
	}

	@Test
	void uniqueCodesNamesEveryBlockSharingACodeButNotBlocksOfAnotherKind() {
		MiningBlock mining = find(plan.getMiningBlocks(), "654224C0001");
		mining.setCode("654224K0001"); // another kind: allowed
		find(plan.getExplorationBlocks(), "654224K0002").setCode(" 654224k0001 ");
		List<Finding> findings = Validation.findings(plan, "integrity.uniqueCodes");
		assertEquals(1, findings.size(), findings.toString());
		assertEquals(2, findings.get(0).elements().size());
		assertTrue(findings.get(0).message(Locale.ENGLISH)
				.startsWith("Code 654224K0001 is used by 2 exploration blocks: 654224K0001 托里县金区块;"),
				findings.get(0).message(Locale.ENGLISH));
	}

	@Test
	void codeFormatChecksThePatternAndTheCountyCodeInIt() {
		gold.setCode("T-001");
		find(plan.getExplorationBlocks(), "654224K0002").setCode("654221K0002"); // 额敏县's code, block in 托里县
		List<String> messages = Validation.messages(plan, "integrity.codeFormat");
		assertEquals(List.of("T-001 托里县金区块: code T-001 does not have the form (\\d{6})K\\d{4}",
				"654221K0002 托里县铜区块: code 654221K0002 carries the division code 654221, but the block lies in 托里县 (654224)"),
				messages);
		assertEquals(Severity.WARNING, Validation.findings(plan, "integrity.codeFormat").get(0).severity());
	}

	@Test
	void geometryValidFindsASelfIntersectionAndTooFewVertices() {
		double e = EAST, n = NORTH;
		gold.setGeometry(Shape.polygon(GK28, new double[] { e, n, e + 1000, n + 1000, e + 1000, n, e, n + 1000, e, n }));
		find(plan.getExplorationBlocks(), "654224K0002")
				.setGeometry(Shape.polygon(GK28, new double[] { e, n, e + 10, n, e, n, e + 10, n }));
		List<Finding> findings = Validation.findings(plan, "integrity.geometryValid");
		assertEquals(2, findings.size(), findings.toString());
		assertTrue(findings.get(0).message(Locale.ENGLISH).startsWith("654224K0001 托里县金区块: "),
				findings.get(0).message(Locale.ENGLISH));
		assertTrue(findings.get(0).location().isPresent(), "the crossing point is located");
		assertEquals(500_500, findings.get(0).location().get().getCoordinate().x, 1e-6, "on the plane of zone 28");
		assertTrue(findings.get(1).message(Locale.ENGLISH).contains("2"), findings.get(1).message(Locale.ENGLISH));
	}

	@Test
	void geometryValidAcceptsTouchingSquaresAndHoles() {
		double e = EAST, n = NORTH;
		gold.setGeometry(Shape.polygon(GK28, new double[] { e, n, e + 1000, n, e + 1000, n + 1000, e, n + 1000 },
				new double[] { e + 100, n + 100, e + 200, n + 100, e + 200, n + 200, e + 100, n + 200 }));
		assertEquals(List.of(), Validation.messages(plan, "integrity.geometryValid"));
	}

	@Test
	void geometryZoneFindsAWrongZoneAndOffersToReprojectIt() {
		// 1.8° east of 84°E: longitude 85.8°, in zone 29, but given in zone 28
		gold.setGeometry(square(139_000, 0, 1000));
		find(plan.getExplorationBlocks(), "654224K0002").setGeometry(Shape.polygon(4490,
				new double[] { 84, 46, 84.01, 46, 84.01, 46.01, 84, 46.01 })); // fine: lon/lat in China
		find(plan.getMiningBlocks(), "654224C0001").setGeometry(Shape.polygon(9999, new double[] { 0, 0, 1, 0, 1, 1 }));
		List<Finding> findings = Validation.findings(plan, "integrity.geometryZone");
		assertEquals(2, findings.size(), findings.toString());
		assertTrue(findings.get(0).message(Locale.ENGLISH).startsWith("654224K0001 托里县金区块: "),
				findings.get(0).message(Locale.ENGLISH));
		assertEquals("654224C0001 托里县铜区块: coordinate system EPSG:9999 is not a CGCS2000 system of the plan (4490, 4513–4554)",
				findings.get(1).message(Locale.ENGLISH));

		Command fix = findings.get(0).quickFix().orElseThrow().createCommand(domain());
		assertTrue(fix.canExecute());
		fix.execute();
		assertEquals(4517, gold.getGeometry().srid(), "now in zone 29 with prefix");
		assertTrue(gold.getGeometry().x() > 29_000_000 && gold.getGeometry().x() < 29_500_000, gold.getGeometry().toString());
		assertEquals(1, Validation.findings(plan, "integrity.geometryZone").size(), "only the unknown system is left");
	}

	@Test
	void aBlockMustNotCrossAZoneEdgeButARegionalZoneMay() {
		zone(plan, "跨带能源基地", org.minplan.model.ZoneKind.ENERGY_BASE, square(100_000, 0, 30_000));
		gold.setGeometry(square(115_000, 0, 3_000)); // centre at 84°E + 116.5 km: the edge at 85.5°E runs through it
		List<Finding> findings = Validation.findings(plan, "integrity.geometryZone");
		assertEquals(1, findings.size(), findings.toString());
		assertEquals(gold, findings.get(0).element().orElseThrow());
		assertTrue(findings.get(0).message(Locale.ENGLISH).contains("85.5"), findings.get(0).message(Locale.ENGLISH));
	}

	@Test
	void statedAreaBeyondToleranceIsFoundAndFixedWithTheComputedArea() {
		statedArea(gold, "1.00"); // exact
		ExplorationBlock copper = find(plan.getExplorationBlocks(), "654224K0002");
		statedArea(copper, "1.02"); // 2 % off
		MiningBlock mining = find(plan.getMiningBlocks(), "654224C0001");
		mining.setStatedArea(new BigDecimal("100.4")); // hectares: 0.4 % off, within 1 %
		mining.setStatedAreaUnit(AreaUnit.HECTARE);
		List<Finding> findings = Validation.findings(plan, "integrity.statedArea");
		assertEquals(1, findings.size(), findings.toString());
		assertEquals("654224K0002 托里县铜区块: stated area 1.02 km², but its boundary encloses 1.00 km² (2 % apart, tolerance 1 %)",
				findings.get(0).message(Locale.ENGLISH));
		assertEquals(Severity.WARNING, findings.get(0).severity());
		AdapterFactoryEditingDomain domain = domain();
		domain.getCommandStack().execute(findings.get(0).quickFix().orElseThrow().createCommand(domain));
		assertEquals(new BigDecimal("1.00"), copper.getStatedArea());
		assertEquals(List.of(), Validation.findings(plan, "integrity.statedArea"));
		domain.getCommandStack().undo();
		assertEquals(new BigDecimal("1.02"), copper.getStatedArea());
	}

	static AdapterFactoryEditingDomain domain() {
		return new AdapterFactoryEditingDomain(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
				new BasicCommandStack());
	}
}
