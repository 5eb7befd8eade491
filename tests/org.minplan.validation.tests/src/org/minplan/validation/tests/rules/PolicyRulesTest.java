package org.minplan.validation.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minplan.tests.support.TestPlans.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Comparator;
import org.minplan.model.Indicator;
import org.minplan.model.IndicatorAttribute;
import org.minplan.model.IndicatorMeasure;
import org.minplan.model.MineScale;
import org.minplan.model.Mineral;
import org.minplan.model.MiningBlock;
import org.minplan.model.Plan;
import org.minplan.validation.Finding;
import org.minplan.validation.Severity;
import org.minplan.validation.tests.Validation;

class PolicyRulesTest {

	private final Plan plan = validPlan();
	private final AdministrativeDivision tuoli = find(plan.getDivisions(), "托里县");
	private final AdministrativeDivision emin = find(plan.getDivisions(), "额敏县");
	private final Mineral gold = find(plan.getMinerals(), "金");
	private final Mineral sand = find(plan.getMinerals(), "建筑用砂");

	@Test
	void minimumScaleComparesWithTheStandardOfTheMineral() {
		find(plan.getMiningBlocks(), "654224C0001").setDesignScale(new BigDecimal("25")); // 铜: no small mines, medium 30
		assertEquals(List.of("654224C0001 托里县铜区块: design scale 25 万吨/年 is below the minimum 30 万吨/年 (铜)"),
				Validation.messages(plan, "policy.minimumScale"));
	}

	@Test
	void minimumScaleReadsVariantsAndConvertsUnits() {
		// 金（岩金）（地下/露天开采） small 3/-: underground 3, open-pit (no small mines) medium 9
		MiningBlock underground = mining(plan, "654224C0002", gold, tuoli, square(50_000, 0, 500), "30000", "吨/年");
		MiningBlock openPit = mining(plan, "654224C0003", gold, tuoli, square(52_000, 0, 500), "5", "万吨/年");
		openPit.setName("托里县金矿露天开采区块");
		MiningBlock tooSmall = mining(plan, "654224C0004", gold, tuoli, square(54_000, 0, 500), "2.5", "万吨/年");
		List<String> messages = Validation.messages(plan, "policy.minimumScale");
		assertEquals(2, messages.size(), messages.toString());
		assertEquals("654224C0003 托里县金矿露天开采区块: design scale 5 万吨/年 is below the minimum 9 万吨/年 (金（岩金）（地下/露天开采）（露天）)",
				messages.get(0));
		assertTrue(messages.get(1).startsWith("654224C0004 托里县金区块: design scale 2.5 万吨/年 is below the minimum 3 万吨/年"),
				messages.get(1));
		assertTrue(Validation.findings(plan, "policy.minimumScale").stream().noneMatch(f -> f.concerns(underground)),
				"3 万吨 underground: 30000 吨 is enough");
		assertEquals(tooSmall, Validation.findings(plan, "policy.minimumScale").get(1).element().orElseThrow());
	}

	@Test
	void sandAndBrickClayNeedSixTenThousandCubicMetresAYear() {
		Mineral clay = find(plan.getMinerals(), "砖瓦用粘土");
		MiningBlock sandBlock = find(plan.getMiningBlocks(), "654221C0001");
		sandBlock.setDesignScale(new BigDecimal("5.5"));
		concentratedArea(plan, "654221J0002", clay, emin, square(12_000, 0, 1000));
		mining(plan, "654221C0002", clay, emin, square(12_100, 100, 300), "5", "万立方米/年");
		List<String> messages = Validation.messages(plan, "policy.minimumScale");
		assertEquals(List.of("654221C0001 额敏县建筑用砂区块: design scale 5.5 万立方米/年 is below the minimum 6 万立方米/年 (建筑用砂)",
				"654221C0002 额敏县砖瓦用粘土区块: design scale 5 万立方米/年 is below the minimum 6 万立方米/年 (砖瓦用粘土)"), messages);
	}

	@Test
	void minimumScaleWarnsWhenUnitsCannotBeCompared() {
		find(plan.getMiningBlocks(), "654224C0001").setDesignScaleUnit("万立方米/年");
		List<Finding> findings = Validation.findings(plan, "policy.minimumScale");
		assertEquals(1, findings.size());
		assertEquals(Severity.WARNING, findings.get(0).severity());
		assertTrue(findings.get(0).message(Locale.ENGLISH).endsWith("the units differ"), findings.get(0).message(Locale.ENGLISH));
	}

	@Test
	void aBlockOfAProhibitedMineralIsAnErrorAndAConditionalOneAWarning() {
		exploration(plan, "654224K0003", gold, tuoli, square(60_000, 0, 500)).setMineralText("砂金");
		exploration(plan, "654224K0004", find(plan.getMinerals(), "煤"), tuoli, square(62_000, 0, 500));
		List<Finding> findings = Validation.findings(plan, "policy.prohibitedMineral");
		assertEquals(2, findings.size(), findings.toString());
		assertEquals(Severity.ERROR, findings.get(0).severity());
		assertEquals("654224K0003 托里县金区块 plans 砂金, which the plan prohibits (禁止勘查开采)",
				findings.get(0).message(Locale.ENGLISH));
		assertEquals(Severity.WARNING, findings.get(1).severity());
		assertEquals("654224K0004 托里县煤区块 规划的 煤 在以下情形禁止勘查开采：灰分大于40%或含硫大于3%的煤。请核实是否属于该情形。",
				findings.get(1).message(Locale.SIMPLIFIED_CHINESE));
	}

	@Test
	void aRestrictedMineralNeedsAJustification() {
		Mineral tungsten = find(plan.getMinerals(), "钨");
		MiningBlock block = mining(plan, "654224C0005", tungsten, tuoli, square(64_000, 0, 500), "20", "万吨/年");
		assertEquals(List.of("654224C0005 托里县钨区块 plans 钨, whose mining the plan restricts (限制开采), without a justification"),
				Validation.messages(plan, "policy.restrictedJustification"));
		block.setJustification("国家战略性矿产，已列入自治区规划");
		assertEquals(List.of(), Validation.messages(plan, "policy.restrictedJustification"));
	}

	@Test
	void sandMiningOutsideAConcentratedAreaIsAnErrorShowingThePartOutside() {
		MiningBlock sandBlock = find(plan.getMiningBlocks(), "654221C0001");
		sandBlock.setGeometry(square(10_800, 0, 400)); // 200 m of its 400 m stick out east
		List<Finding> findings = Validation.findings(plan, "policy.sandInConcentratedArea");
		assertEquals(1, findings.size());
		assertEquals("654221C0001 额敏县建筑用砂区块 (建筑用砂) does not lie inside a sand-gravel-soil concentrated mining area",
				findings.get(0).message(Locale.ENGLISH));
		assertEquals(200 * 400, findings.get(0).location().orElseThrow().getArea(), 1e-3);
	}

	@Test
	void sandMiningAcrossTwoAdjoiningConcentratedAreasIsInside() {
		concentratedArea(plan, "654221J0003", sand, emin, square(11_000, 0, 1000));
		find(plan.getMiningBlocks(), "654221C0001").setGeometry(square(10_800, 0, 400));
		assertEquals(List.of(), Validation.messages(plan, "policy.sandInConcentratedArea"));
	}

	@Test
	void bindingIndicatorBreachIsAnErrorExpectedOneAWarning() {
		mine(plan, "新砂场", sand, MineScale.SMALL, "45"); // sand output 10 + 45 = 55 > 50 (binding)
		mine(plan, "小铜矿", find(plan.getMinerals(), "铜"), MineScale.TINY, "1");
		mine(plan, "小金矿", gold, MineScale.TINY, "1"); // 6 mines > 5 (expected); large+medium 2/6 = 33.3 % < 40 %
		List<Finding> binding = Validation.findings(plan, "policy.indicatorBinding");
		assertEquals(1, binding.size());
		assertEquals(Severity.ERROR, binding.get(0).severity());
		assertEquals("建筑用砂石料 ≤50 (专栏19): the plan's data give 55 万立方米, the target is ≤50 (Binding (约束性))",
				binding.get(0).message(Locale.ENGLISH));
		List<Finding> expected = Validation.findings(plan, "policy.indicatorExpected");
		assertEquals(List.of("矿山总数 ≤5 (专栏14): the plan's data give 6 个, the target is ≤5 (Expected (预期性))",
				"大中型矿山比例 ≥40 (专栏14): the plan's data give 33.3 %, the target is ≥40 (Expected (预期性))"),
				expected.stream().map(f -> f.message(Locale.ENGLISH)).toList());
		assertTrue(expected.stream().allMatch(f -> f.severity() == Severity.WARNING));
	}

	@Test
	void indicatorTargetsAreReadFromThePrintedTextWhenNoBoundIsSet() {
		Indicator count = find(plan.getIndicators(), "矿山总数");
		count.setTargetHigh(null);
		count.setTargetText("≤2");
		Indicator range = indicator(plan, "绿色矿山", "专栏14", IndicatorAttribute.EXPECTED, IndicatorMeasure.GREEN_MINE_COUNT,
				Comparator.RANGE, null, null, "个", null);
		range.setTargetText("1-2");
		assertEquals(2, Validation.findings(plan, "policy.indicatorExpected").size(), "3 > 2, and 0 green mines < 1");
	}
}
