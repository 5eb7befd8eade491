package org.minplan.ui.table.tests;

import java.math.BigDecimal;

import org.minplan.core.persistence.PlanIds;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.AreaUnit;
import org.minplan.model.Comparator;
import org.minplan.model.ConcentratedMiningArea;
import org.minplan.model.DivisionKind;
import org.minplan.model.EnvironmentalGrade;
import org.minplan.model.EnvironmentalZone;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.ExplorationStage;
import org.minplan.model.Indicator;
import org.minplan.model.IndicatorAttribute;
import org.minplan.model.IndicatorMeasure;
import org.minplan.model.Mine;
import org.minplan.model.MineScale;
import org.minplan.model.MineStatus;
import org.minplan.model.Mineral;
import org.minplan.model.MinplanFactory;
import org.minplan.model.MiningBlock;
import org.minplan.model.Plan;
import org.minplan.model.ResourceReserve;
import org.minplan.model.AbandonedPit;

/** Plans built in code: a small Tacheng-like plan, and a synthetic one of any size. */
public final class TestPlans {

	private static final MinplanFactory F = MinplanFactory.eINSTANCE;

	private TestPlans() {
	}

	/** @return a small plan with three counties, five minerals and a few elements of every tabled kind */
	public static Plan small() {
		Plan plan = F.createPlan();
		plan.setName("塔城地区矿产资源总体规划（测试）");
		plan.setRegion("塔城地区");
		plan.setRegionCode("654200");
		plan.setBaseYear(2020);
		plan.setStartYear(2021);
		plan.setEndYear(2025);
		plan.setFormatVersion("1.0");
		plan.setSynthetic(true);
		AdministrativeDivision tuoli = county(plan, "托里县", "654224");
		AdministrativeDivision emin = county(plan, "额敏县", "654221");
		AdministrativeDivision hebukesaier = county(plan, "和布克赛尔蒙古自治县", "654226");
		Mineral gold = mineral(plan, "金");
		Mineral copper = mineral(plan, "铜");
		Mineral coal = mineral(plan, "煤炭");
		Mineral sand = mineral(plan, "建筑用砂");
		Mineral chromium = mineral(plan, "铬");

		explorationBlock(plan, "KC01", "托里县萨尔托海金矿勘查", tuoli, gold, null, "12.5");
		explorationBlock(plan, "KC02", "托里县包古图铜矿勘查", tuoli, copper, null, "30.2");
		explorationBlock(plan, "KC03", "额敏县金矿勘查", emin, gold, null, "8.75");
		explorationBlock(plan, "KC04", "和布克赛尔煤炭勘查", hebukesaier, coal, null, "101.0");
		explorationBlock(plan, "KC05", "托里县铬铁矿勘查", tuoli, chromium, "铬铁矿", "5.5");

		miningBlock(plan, "CK01", "托里县哈图金矿开采", tuoli, gold, null, "2.31", MineScale.MEDIUM);
		miningBlock(plan, "CK02", "托里县铜矿开采", tuoli, copper, null, "1.20", MineScale.SMALL);
		miningBlock(plan, "CK03", "和布克赛尔煤矿开采", hebukesaier, coal, "煤炭", "15.60", MineScale.LARGE);
		miningBlock(plan, "CK04", "额敏县金矿开采", emin, gold, null, "0.85", MineScale.SMALL);

		ConcentratedMiningArea sandArea = F.createConcentratedMiningArea();
		element(sandArea, "JZ01", "额敏县建筑用砂集中开采区");
		sandArea.setCounty(emin);
		sandArea.setMineral(sand);
		sandArea.setStatedArea(new BigDecimal("0.45"));
		sandArea.setStatedAreaUnit(AreaUnit.SQUARE_KILOMETRE);
		plan.getConcentratedAreas().add(sandArea);

		mine(plan, "哈图金矿", tuoli, gold, MineScale.MEDIUM, 320, "45.20", true);
		mine(plan, "宝贝金矿", tuoli, gold, MineScale.SMALL, 80, "6.10", false);
		mine(plan, "包古图铜矿", tuoli, copper, MineScale.LARGE, 540, "120.00", true);
		mine(plan, "和什托洛盖煤矿", hebukesaier, coal, MineScale.LARGE, 900, "500.00", true);
		mine(plan, "额敏砂场", emin, sand, MineScale.TINY, 6, "3.00", false);

		EnvironmentalZone zone = F.createEnvironmentalZone();
		element(zone, "HJ1", "托里—和布克赛尔重点治理区");
		zone.setGroupNumber("1");
		zone.setGrade(EnvironmentalGrade.KEY_TREATMENT);
		zone.setMainMines("哈图金矿、和什托洛盖煤矿");
		zone.setHazards("地面塌陷、土地损毁");
		zone.setTasks("恢复治理");
		plan.getEnvironmentalZones().add(zone);

		AbandonedPit pit = F.createAbandonedPit();
		element(pit, "P1", "托里县废弃采坑");
		pit.setNumber("1");
		pit.setCountyText("托里县");
		pit.setCounty(tuoli);
		pit.setStatedArea(new BigDecimal("35.20"));
		pit.setStatedAreaUnit(AreaUnit.HECTARE);
		pit.setEnvironmentalZone(zone);
		plan.getAbandonedPits().add(pit);

		indicator(plan, "矿山总数", "专栏14", "1", "个", "≤230", Comparator.AT_MOST, null, "230",
				IndicatorMeasure.MINE_COUNT, null);
		indicator(plan, "大中型矿山比例", "专栏14", "2", "%", "≥40", Comparator.AT_LEAST, "40", null,
				IndicatorMeasure.LARGE_MEDIUM_SHARE, null);
		indicator(plan, "煤炭", "专栏13", "1", "矿石 万吨", "1800", Comparator.AT_MOST, null, "1800",
				IndicatorMeasure.ANNUAL_OUTPUT, coal);

		ResourceReserve reserve = F.createResourceReserve();
		element(reserve, "R1", "金");
		reserve.setMineral(gold);
		reserve.setUnit("Au 吨");
		reserve.setCumulativeIdentified(new BigDecimal("180.5"));
		reserve.setRetained(new BigDecimal("96.3"));
		plan.getReserves().add(reserve);

		PlanIds.assignMissing(plan);
		return plan;
	}

	/** @return a plan with the three counties and five minerals of {@link #small()} and {@code n} exploration blocks */
	public static Plan synthetic(int n) {
		Plan plan = small();
		plan.getExplorationBlocks().clear();
		java.util.List<AdministrativeDivision> counties = plan.getDivisions();
		java.util.List<Mineral> minerals = plan.getMinerals();
		ExplorationStage[] stages = ExplorationStage.values();
		java.util.Random random = new java.util.Random(42);
		java.util.List<ExplorationBlock> blocks = new java.util.ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			ExplorationBlock b = F.createExplorationBlock();
			b.setId(PlanIds.fromName("synthetic-block-" + i));
			b.setCode(String.format("KC%06d", i + 1));
			b.setName("合成勘查区块 " + (i + 1));
			b.setCounty(counties.get(i % counties.size()));
			b.setMineral(minerals.get(random.nextInt(minerals.size())));
			b.setStage(stages[random.nextInt(stages.length)]);
			b.setStatedArea(BigDecimal.valueOf(random.nextInt(100_000), 2));
			b.setStatedAreaUnit(AreaUnit.SQUARE_KILOMETRE);
			b.setSynthetic(true);
			blocks.add(b);
		}
		plan.getExplorationBlocks().addAll(blocks);
		return plan;
	}

	private static AdministrativeDivision county(Plan plan, String name, String code) {
		AdministrativeDivision d = F.createAdministrativeDivision();
		d.setName(name);
		d.setCode(code);
		d.setKind(name.endsWith("自治县") ? DivisionKind.AUTONOMOUS_COUNTY : DivisionKind.COUNTY);
		plan.getDivisions().add(d);
		return d;
	}

	private static Mineral mineral(Plan plan, String name) {
		Mineral m = F.createMineral();
		m.setName(name);
		plan.getMinerals().add(m);
		return m;
	}

	private static void element(org.minplan.model.PlanElement e, String code, String name) {
		e.setCode(code);
		e.setName(name);
	}

	private static void explorationBlock(Plan plan, String code, String name, AdministrativeDivision county,
			Mineral mineral, String mineralText, String area) {
		ExplorationBlock b = F.createExplorationBlock();
		element(b, code, name);
		b.setCounty(county);
		b.setMineral(mineral);
		b.setMineralText(mineralText);
		b.setStage(ExplorationStage.PROSPECTING);
		b.setStatedArea(new BigDecimal(area));
		b.setStatedAreaUnit(AreaUnit.SQUARE_KILOMETRE);
		plan.getExplorationBlocks().add(b);
	}

	private static void miningBlock(Plan plan, String code, String name, AdministrativeDivision county,
			Mineral mineral, String mineralText, String area, MineScale scale) {
		MiningBlock b = F.createMiningBlock();
		element(b, code, name);
		b.setCounty(county);
		b.setMineral(mineral);
		b.setMineralText(mineralText);
		b.setStatedArea(new BigDecimal(area));
		b.setStatedAreaUnit(AreaUnit.SQUARE_KILOMETRE);
		b.setScale(scale);
		plan.getMiningBlocks().add(b);
	}

	private static void mine(Plan plan, String name, AdministrativeDivision county, Mineral mineral, MineScale scale,
			int employees, String output, boolean green) {
		Mine m = F.createMine();
		m.setName(name);
		m.setCounty(county);
		m.setMineral(mineral);
		m.setScale(scale);
		m.setStatus(MineStatus.PRODUCING);
		m.setEmployees(employees);
		m.setOutput(new BigDecimal(output));
		m.setGreenMine(green);
		plan.getMines().add(m);
	}

	private static void indicator(Plan plan, String name, String table, String number, String unit, String target,
			Comparator comparator, String low, String high, IndicatorMeasure measure, Mineral mineral) {
		Indicator i = F.createIndicator();
		i.setName(name);
		i.setTable(table);
		i.setNumber(number);
		i.setUnit(unit);
		i.setTargetText(target);
		i.setComparator(comparator);
		i.setTargetLow(low == null ? null : new BigDecimal(low));
		i.setTargetHigh(high == null ? null : new BigDecimal(high));
		i.setAttribute(IndicatorAttribute.EXPECTED);
		i.setMeasure(measure);
		i.setMineral(mineral);
		plan.getIndicators().add(i);
	}
}
