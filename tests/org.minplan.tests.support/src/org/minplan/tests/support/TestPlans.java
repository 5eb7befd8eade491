package org.minplan.tests.support;

import java.math.BigDecimal;
import java.util.List;

import org.minplan.core.persistence.PlanIds;
import org.minplan.model.AbandonedPit;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.AreaUnit;
import org.minplan.model.Comparator;
import org.minplan.model.ConcentratedMiningArea;
import org.minplan.model.ControlClass;
import org.minplan.model.DivisionKind;
import org.minplan.model.ElementSelector;
import org.minplan.model.EnvironmentalGrade;
import org.minplan.model.EnvironmentalZone;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.Indicator;
import org.minplan.model.IndicatorAttribute;
import org.minplan.model.IndicatorMeasure;
import org.minplan.model.Mine;
import org.minplan.model.MineScale;
import org.minplan.model.Mineral;
import org.minplan.model.MineralControl;
import org.minplan.model.MinimumScaleStandard;
import org.minplan.model.MiningBlock;
import org.minplan.model.MinplanFactory;
import org.minplan.model.NarrativeRow;
import org.minplan.model.NarrativeTable;
import org.minplan.model.Plan;
import org.minplan.model.PlanningZone;
import org.minplan.model.PrintedStatement;
import org.minplan.model.ReserveIncrease;
import org.minplan.model.ResourceReserve;
import org.minplan.model.StatementMeasure;
import org.minplan.model.ZoneKind;
import org.minplan.model.spatial.Shape;

/**
 * Small plans for tests, built in code: {@link #validPlan()} keeps every built-in validation rule (each rule
 * test breaks one thing in it), and helpers add elements to a plan.
 * <p>
 * Geometries are squares in CGCS2000 3° Gauss–Krüger zone 28 with zone prefix (EPSG:4516), placed by their
 * south-west corner in metres east and north of ({@value #EAST}, {@value #NORTH}) — about 84°E 46°N, in
 * Tacheng (塔城地区). A square of 1 000 m has an area of exactly 1 km² on that plane.
 */
public final class TestPlans {

	/** CGCS2000 3° Gauss–Krüger zone 28 (central meridian 84°E) with zone prefix. */
	public static final int GK28 = 4516;
	/** Easting of the origin of test squares: the central meridian of zone 28. */
	public static final double EAST = 28_500_000;
	/** Northing of the origin of test squares: about 46°N. */
	public static final double NORTH = 5_100_000;

	private static final MinplanFactory F = MinplanFactory.eINSTANCE;

	private TestPlans() {
	}

	/** @return a square of {@code size} metres with its south-west corner {@code (x, y)} m from the origin */
	public static Shape square(double x, double y, double size) {
		double e = EAST + x;
		double n = NORTH + y;
		return Shape.polygon(GK28, new double[] { e, n, e + size, n, e + size, n + size, e, n + size, e, n });
	}

	/** @return a plan with a name, region and period, and nothing else */
	public static Plan emptyPlan() {
		Plan plan = F.createPlan();
		plan.setId(PlanIds.random());
		plan.setName("测试规划");
		plan.setRegion("塔城地区");
		plan.setRegionCode("654200");
		plan.setBaseYear(2020);
		plan.setStartYear(2021);
		plan.setEndYear(2025);
		plan.setOutlookYear(2035);
		plan.setFormatVersion("1.0");
		return plan;
	}

	/**
	 * A plan that keeps every built-in rule: two counties (托里县 654224, 额敏县 654221); minerals 金, 铜, 建筑用砂,
	 * 砖瓦用粘土, 煤, 钨 with control classes (砂金 prohibited, 煤 prohibited under a condition, 钨 restricted);
	 * minimum scale standards for 金, 铜, 建筑用砂; exploration blocks 654224K0001 (金) and 654224K0002 (铜);
	 * mining block 654224C0001 (铜, 40 万吨/年); sand mining block 654221C0001 (10 万立方米/年) inside the
	 * concentrated area 654221J0001; a key treatment zone with an abandoned pit inside; a key exploration zone;
	 * three mines (large 铜, medium 金, small 建筑用砂); indicators met; reserves; 专栏17 statements with their
	 * breakdown and total; text statements on the mines with their breakdown by scale; a descriptive table.
	 */
	public static Plan validPlan() {
		Plan plan = emptyPlan();
		AdministrativeDivision tuoli = county(plan, "托里县", "654224");
		AdministrativeDivision emin = county(plan, "额敏县", "654221");
		Mineral gold = mineral(plan, "金", "金矿");
		Mineral copper = mineral(plan, "铜", "铜矿");
		Mineral sand = mineral(plan, "建筑用砂");
		mineral(plan, "砖瓦用粘土");
		Mineral coal = mineral(plan, "煤", "煤炭");
		Mineral tungsten = mineral(plan, "钨");

		control(plan, ControlClass.PROHIBITED, gold, "砂金", null);
		control(plan, ControlClass.PROHIBITED, coal, "煤", "灰分大于40%或含硫大于3%的煤");
		control(plan, ControlClass.RESTRICTED_MINING, tungsten, "钨", null);
		control(plan, ControlClass.KEY_MINING, copper, "铜", null);

		standard(plan, "10", "金（岩金）（地下/露天开采）", "矿石万吨", "15/15", "6/9", "3/-", gold);
		standard(plan, "5", "铜", "矿石万吨", "100", "30", "-", copper);
		standard(plan, "24", "建筑用砂", "万立方米", "30", "13", "6", sand);

		exploration(plan, "654224K0001", gold, tuoli, square(0, 0, 1000));
		exploration(plan, "654224K0002", copper, tuoli, square(2000, 0, 1000));
		mining(plan, "654224C0001", copper, tuoli, square(4000, 0, 1000), "40", "万吨/年");
		ConcentratedMiningArea area = concentratedArea(plan, "654221J0001", sand, emin, square(10_000, 0, 1000));
		area.setDesignScale(new BigDecimal("30"));
		mining(plan, "654221C0001", sand, emin, square(10_200, 200, 500), "10", "万立方米/年");

		EnvironmentalZone treatment = environmentalZone(plan, "塔额盆地矿山地质环境重点治理区", EnvironmentalGrade.KEY_TREATMENT,
				square(20_000, 0, 3000));
		pit(plan, "废弃砖厂采坑", square(20_500, 500, 200)).setEnvironmentalZone(treatment);
		zone(plan, "托里县金矿重点勘查区", ZoneKind.KEY_EXPLORATION_ZONE, square(30_000, 0, 2000));

		mine(plan, "某铜矿", copper, MineScale.LARGE, "50");
		mine(plan, "某金矿", gold, MineScale.MEDIUM, "5");
		mine(plan, "某砂场", sand, MineScale.SMALL, "10");

		indicator(plan, "矿山总数", "专栏14", IndicatorAttribute.EXPECTED, IndicatorMeasure.MINE_COUNT, Comparator.AT_MOST,
				null, "5", "个", null);
		indicator(plan, "大中型矿山比例", "专栏14", IndicatorAttribute.EXPECTED, IndicatorMeasure.LARGE_MEDIUM_SHARE,
				Comparator.AT_LEAST, "40", null, "%", null);
		indicator(plan, "建筑用砂石料", "专栏19", IndicatorAttribute.BINDING, IndicatorMeasure.ANNUAL_OUTPUT,
				Comparator.AT_MOST, null, "50", "万立方米", sand);

		reserve(plan, gold, "Au 吨", "100", "60");
		reserve(plan, copper, "Cu 万吨", "30", "12.5");
		increase(plan, gold, "Au 吨", "20");

		PrintedStatement tuoliRow = statement(plan, "专栏17", "托里县", "新设数量", "2");
		select(tuoliRow, "ExplorationBlock", StatementMeasure.COUNT).setCounty(tuoli);
		PrintedStatement tuoliGold = statement(plan, "专栏17", "托里县", "金", "1");
		ElementSelector s = select(tuoliGold, "ExplorationBlock", StatementMeasure.COUNT);
		s.setCounty(tuoli);
		s.getMinerals().add(gold);
		PrintedStatement tuoliCopper = statement(plan, "专栏17", "托里县", "铜", "1");
		s = select(tuoliCopper, "ExplorationBlock", StatementMeasure.COUNT);
		s.setCounty(tuoli);
		s.getMinerals().add(copper);
		PrintedStatement eminRow = statement(plan, "专栏17", "额敏县", "新设数量", "0");
		select(eminRow, "ExplorationBlock", StatementMeasure.COUNT).setCounty(emin);
		PrintedStatement total = statement(plan, "专栏17", "合计", "新设数量", "2");
		select(total, "ExplorationBlock", StatementMeasure.COUNT);
		total.setTotal(true);
		total.getParts().addAll(List.of(tuoliRow, eminRow));

		PrintedStatement mines = textStatement(plan, 194, "矿山 3 个", "3");
		select(mines, "Mine", StatementMeasure.COUNT);
		for (MineScale scale : List.of(MineScale.LARGE, MineScale.MEDIUM, MineScale.SMALL)) {
			PrintedStatement ofScale = textStatement(plan, 194, scale.getLiteral() + " 1 个", "1");
			ElementSelector byScale = select(ofScale, "Mine", StatementMeasure.COUNT);
			byScale.setUseScale(true);
			byScale.setScale(scale);
		}
		PrintedStatement output = textStatement(plan, 196, "年产矿石 65 万吨", "65");
		output.setUnit("万吨");
		select(output, "Mine", StatementMeasure.SUM_OUTPUT);

		NarrativeTable table = F.createNarrativeTable();
		table.setId(PlanIds.random());
		table.setName("专栏1 自然地理概况");
		table.getColumns().addAll(List.of("项目", "内容"));
		table.getRows().add(row("面积", "9.49 万平方公里"));
		table.getRows().add(row("人口", "100 万"));
		plan.getNarrativeTables().add(table);
		return plan;
	}

	private static NarrativeRow row(String... cells) {
		NarrativeRow row = F.createNarrativeRow();
		row.getCells().addAll(List.of(cells));
		return row;
	}

	/** @return the first element of the plan with that code or name */
	public static <T extends org.minplan.model.PlanElement> T find(List<T> elements, String codeOrName) {
		for (T element : elements) {
			if (codeOrName.equals(element.getCode()) || codeOrName.equals(element.getName())) {
				return element;
			}
		}
		throw new IllegalArgumentException("no element " + codeOrName);
	}

	public static AdministrativeDivision county(Plan plan, String name, String code) {
		AdministrativeDivision county = F.createAdministrativeDivision();
		county.setId(PlanIds.random());
		county.setName(name);
		county.setCode(code);
		county.setKind(DivisionKind.COUNTY);
		plan.getDivisions().add(county);
		return county;
	}

	public static Mineral mineral(Plan plan, String name, String... aliases) {
		Mineral mineral = F.createMineral();
		mineral.setId(PlanIds.random());
		mineral.setName(name);
		mineral.getAliases().addAll(List.of(aliases));
		plan.getMinerals().add(mineral);
		return mineral;
	}

	public static MineralControl control(Plan plan, ControlClass controlClass, Mineral mineral, String text,
			String condition) {
		MineralControl control = F.createMineralControl();
		control.setId(PlanIds.random());
		control.setControlClass(controlClass);
		control.setMineral(mineral);
		control.setMineralText(text);
		control.setCondition(condition);
		plan.getMineralControls().add(control);
		return control;
	}

	public static MinimumScaleStandard standard(Plan plan, String number, String name, String unit, String large,
			String medium, String small, Mineral... minerals) {
		MinimumScaleStandard standard = F.createMinimumScaleStandard();
		standard.setId(PlanIds.random());
		standard.setNumber(number);
		standard.setName(name);
		standard.setUnit(unit);
		standard.setLarge(large);
		standard.setMedium(medium);
		standard.setSmall(small);
		standard.getMinerals().addAll(List.of(minerals));
		plan.getMinimumScales().add(standard);
		return standard;
	}

	public static ExplorationBlock exploration(Plan plan, String code, Mineral mineral, AdministrativeDivision county,
			Shape shape) {
		ExplorationBlock block = F.createExplorationBlock();
		block(block, code, mineral, county, shape);
		plan.getExplorationBlocks().add(block);
		return block;
	}

	public static MiningBlock mining(Plan plan, String code, Mineral mineral, AdministrativeDivision county,
			Shape shape, String designScale, String unit) {
		MiningBlock block = F.createMiningBlock();
		block(block, code, mineral, county, shape);
		block.setDesignScale(new BigDecimal(designScale));
		block.setDesignScaleUnit(unit);
		plan.getMiningBlocks().add(block);
		return block;
	}

	public static ConcentratedMiningArea concentratedArea(Plan plan, String code, Mineral mineral,
			AdministrativeDivision county, Shape shape) {
		ConcentratedMiningArea area = F.createConcentratedMiningArea();
		block(area, code, mineral, county, shape);
		plan.getConcentratedAreas().add(area);
		return area;
	}

	private static void block(org.minplan.model.Block block, String code, Mineral mineral,
			AdministrativeDivision county, Shape shape) {
		block.setId(PlanIds.random());
		block.setCode(code);
		block.setName(county.getName() + mineral.getName() + "区块");
		block.setMineral(mineral);
		block.setCounty(county);
		block.setGeometry(shape);
	}

	public static PlanningZone zone(Plan plan, String name, ZoneKind kind, Shape shape) {
		PlanningZone zone = F.createPlanningZone();
		zone.setId(PlanIds.random());
		zone.setName(name);
		zone.setKind(kind);
		zone.setGeometry(shape);
		plan.getZones().add(zone);
		return zone;
	}

	public static EnvironmentalZone environmentalZone(Plan plan, String name, EnvironmentalGrade grade, Shape shape) {
		EnvironmentalZone zone = F.createEnvironmentalZone();
		zone.setId(PlanIds.random());
		zone.setName(name);
		zone.setGrade(grade);
		zone.setGeometry(shape);
		plan.getEnvironmentalZones().add(zone);
		return zone;
	}

	public static AbandonedPit pit(Plan plan, String name, Shape shape) {
		AbandonedPit pit = F.createAbandonedPit();
		pit.setId(PlanIds.random());
		pit.setName(name);
		pit.setGeometry(shape);
		plan.getAbandonedPits().add(pit);
		return pit;
	}

	public static Mine mine(Plan plan, String name, Mineral mineral, MineScale scale, String output) {
		Mine mine = F.createMine();
		mine.setId(PlanIds.random());
		mine.setName(name);
		mine.setMineral(mineral);
		mine.setScale(scale);
		mine.setOutput(output == null ? null : new BigDecimal(output));
		plan.getMines().add(mine);
		return mine;
	}

	public static Indicator indicator(Plan plan, String name, String table, IndicatorAttribute attribute,
			IndicatorMeasure measure, Comparator comparator, String low, String high, String unit, Mineral mineral) {
		Indicator indicator = F.createIndicator();
		indicator.setId(PlanIds.random());
		indicator.setName(name);
		indicator.setTable(table);
		indicator.setAttribute(attribute);
		indicator.setMeasure(measure);
		indicator.setComparator(comparator);
		indicator.setTargetLow(low == null ? null : new BigDecimal(low));
		indicator.setTargetHigh(high == null ? null : new BigDecimal(high));
		indicator.setTargetText(comparator == Comparator.AT_MOST ? "≤" + high : comparator == Comparator.AT_LEAST ? "≥" + low
				: low + "-" + high);
		indicator.setUnit(unit);
		indicator.setMineral(mineral);
		plan.getIndicators().add(indicator);
		return indicator;
	}

	public static ResourceReserve reserve(Plan plan, Mineral mineral, String unit, String cumulative, String retained) {
		ResourceReserve reserve = F.createResourceReserve();
		reserve.setId(PlanIds.random());
		reserve.setName(mineral.getName());
		reserve.setMineral(mineral);
		reserve.setUnit(unit);
		reserve.setCumulativeIdentified(cumulative == null ? null : new BigDecimal(cumulative));
		reserve.setRetained(retained == null ? null : new BigDecimal(retained));
		plan.getReserves().add(reserve);
		return reserve;
	}

	public static ReserveIncrease increase(Plan plan, Mineral mineral, String unit, String added) {
		ReserveIncrease increase = F.createReserveIncrease();
		increase.setId(PlanIds.random());
		increase.setName(mineral.getName());
		increase.setMineral(mineral);
		increase.setUnit(unit);
		increase.setAdded(new BigDecimal(added));
		plan.getReserveIncreases().add(increase);
		return increase;
	}

	/** @return a statement printed in a table cell */
	public static PrintedStatement statement(Plan plan, String table, String row, String column, String value) {
		PrintedStatement statement = F.createPrintedStatement();
		statement.setId(PlanIds.random());
		statement.setTable(table);
		statement.setRowLabel(row);
		statement.setColumnLabel(column);
		statement.setValueText(value);
		statement.setValue(new BigDecimal(value));
		plan.getStatements().add(statement);
		return statement;
	}

	/** @return a statement printed in the running text at a line */
	public static PrintedStatement textStatement(Plan plan, int line, String quote, String value) {
		PrintedStatement statement = F.createPrintedStatement();
		statement.setId(PlanIds.random());
		statement.setSeedLine(line);
		statement.setQuote(quote);
		statement.setValueText(value);
		statement.setValue(new BigDecimal(value));
		plan.getStatements().add(statement);
		return statement;
	}

	/** @return a new selector of the statement */
	public static ElementSelector select(PrintedStatement statement, String elementType, StatementMeasure measure) {
		ElementSelector selector = F.createElementSelector();
		selector.setElementType(elementType);
		selector.setMeasure(measure);
		statement.getSelector().add(selector);
		return selector;
	}

	/** @return the stated area of a square of that size in km², as printed with 2 decimals */
	public static BigDecimal squareKilometres(double size) {
		return BigDecimal.valueOf(size * size / 1_000_000).setScale(2, java.math.RoundingMode.HALF_UP);
	}

	/** Sets the stated area (km²) of a block. */
	public static void statedArea(org.minplan.model.SpatialElement element, String km2) {
		element.setStatedArea(new BigDecimal(km2));
		element.setStatedAreaUnit(AreaUnit.SQUARE_KILOMETRE);
	}
}
