package org.minplan.sample.internal;

import java.io.IOException;

import org.minplan.model.Comparator;
import org.minplan.model.Indicator;
import org.minplan.model.IndicatorAttribute;
import org.minplan.model.IndicatorMeasure;

/**
 * The indicators (规划指标) of 专栏8, 11, 12, 13, 14 and 19, as printed, with the merged 属性 cells filled down
 * as the tables mean them and targets read into comparator and bounds (see {@link TargetText}).
 */
final class IndicatorSection {

	private final SampleContext context;

	IndicatorSection(SampleContext context) {
		this.context = context;
	}

	void build() throws IOException {
		surveyAchievements();
		simple("zl11_survey_targets.tsv", "专栏11", "“十四五”基础地质调查主要指标", null, "工作内容", "单位", "规划目标任务",
				"目标属性", Comparator.AT_LEAST);
		simple("zl12_exploration_targets.tsv", "专栏12", "“十四五”矿产资源勘查主要规划指标", "序号", "指标名称", "单位", "规划目标",
				"指标属性", Comparator.AT_LEAST);
		simple("zl13_production_targets.tsv", "专栏13", "2025年重点矿种年开采总量主要规划指标", "序号", "指标名称", "单位",
				"2025年规划目标", "属性", Comparator.AT_MOST);
		simple("zl14_mine_structure_targets.tsv", "专栏14", "2025年矿山规模结构及绿色矿山建设主要规划指标", "序号", "指标名称", "单位",
				"规划目标", "属性", null);
		sandGravelClay();
	}

	/** 专栏8: targets and achievements of the previous period (no 属性 column). */
	private void surveyAchievements() throws IOException {
		Table table = context.tables().table("zl08_survey_indicators.tsv");
		for (Row row : table.rows()) {
			Indicator indicator = indicator("专栏8", "“十三五”期间基础地质调查指标完成情况", row, row.cell("序号"), "");
			indicator.setName(row.cell("指标名称"));
			indicator.setUnit(row.cell("单位"));
			target(indicator, row.cell("目标任务"), Comparator.AT_LEAST);
			indicator.setAchieved(row.decimal("“十三五”规划完成情况"));
			indicator.setRemarks("“十三五”规划完成情况：" + row.cell("“十三五”规划完成情况"));
		}
	}

	private void simple(String file, String code, String group, String numberColumn, String nameColumn,
			String unitColumn, String targetColumn, String attributeColumn, Comparator bareNumber) throws IOException {
		Table table = context.tables().table(file);
		String attribute = "";
		String parentName = "";
		for (Row row : table.rows()) {
			String number = numberColumn == null ? Integer.toString(row.number()) : row.cell(numberColumn);
			Indicator indicator = indicator(code, group, row, numberColumn == null ? "" : number, "");
			String name = row.cell(nameColumn);
			indicator.setName(name);
			indicator.setUnit(row.cell(unitColumn));
			// merged 属性 cells: printed on the first row of their group only
			if (!row.cell(attributeColumn).isEmpty()) {
				attribute = row.cell(attributeColumn);
			}
			indicator.setAttribute(attributeOf(attribute));
			if (name.isEmpty()) {
				// 专栏12's un-numbered sub-row "大中型处 1-3" of 新发现矿产地 (NOTES.md §1)
				indicator.setRemarks("印刷为无序号子行（单位栏“大中型处”），应读作“" + parentName + "（其中大中型）”，单位 处");
			} else {
				parentName = name;
			}
			String targetText = row.cell(targetColumn);
			target(indicator, targetText, bareNumber);
			measure(code, row.number(), name, indicator, row);
		}
	}

	private void measure(String code, int rowNumber, String name, Indicator indicator, Row row) {
		String where = code + " " + name + " (seed line " + seedLine(row) + ")";
		switch (code) {
		case "专栏12" -> {
			if (rowNumber > 2) { // rows from 煤 on are minerals; row 1 and its sub-row count deposits
				indicator.setMineral(context.mineral(name, where));
			}
		}
		case "专栏13" -> {
			indicator.setMeasure(IndicatorMeasure.ANNUAL_OUTPUT);
			indicator.setMineral(context.mineral(name, where));
		}
		case "专栏14" -> indicator.setMeasure(switch (rowNumber) {
		case 1 -> IndicatorMeasure.MINE_COUNT;
		case 2 -> IndicatorMeasure.LARGE_MEDIUM_SHARE;
		default -> IndicatorMeasure.NONE;
		});
		default -> {
			// 专栏11: survey areas, nothing in the model to measure
		}
		}
	}

	/** 专栏19: 2025 caps of mines and output per mineral, baselines from the 2020 columns. */
	private void sandGravelClay() throws IOException {
		Table table = context.tables().table("zl19_sand_gravel_clay_totals.tsv");
		String attribute = "";
		for (Row row : table.rows()) {
			if (!row.cell("指标类型").isEmpty()) {
				attribute = row.cell("指标类型");
			}
			String mineralText = row.cell("矿种");
			boolean total = mineralText.equals("合计");
			String where = "专栏19 " + mineralText + " (seed line " + row.seedLine() + ")";
			for (int column = 0; column < 2; column++) {
				boolean mines = column == 0;
				String label = mines ? "矿山数" : "年开采总量";
				Indicator indicator = indicator("专栏19", "砂石土资源开采总量调控规划表", row, "", mines ? "-mines" : "-output");
				indicator.setName(mineralText + " " + label);
				indicator.setUnit(mines ? "个" : "万立方米");
				indicator.setAttribute(attributeOf(attribute));
				String baseline = row.cell(mines ? "2020 年末现状/矿山数" : "2020 年末现状/年开采总量 (万立方米)");
				indicator.setBaselineText(baseline);
				indicator.setBaseline(PrintedNumbers.decimal(baseline));
				target(indicator, row.cell(mines ? "2025 年末调控目标/矿山数" : "2025 年末调控目标/年开采总量 (万立方米)"),
						Comparator.AT_MOST);
				if (total) {
					indicator.setMeasure(IndicatorMeasure.NONE);
					indicator.setRemarks("合计行：上两行之和（建筑用砂石料与砖瓦用粘土）");
				} else {
					indicator.setMeasure(mines ? IndicatorMeasure.MINE_COUNT_OF_MINERAL : IndicatorMeasure.ANNUAL_OUTPUT);
					indicator.setMineral(context.mineral(mineralText, where));
				}
			}
		}
	}

	private Indicator indicator(String code, String group, Row row, String number, String suffix) {
		Indicator indicator = context.identify(context.factory().createIndicator(),
				"indicator/" + code + "/" + row.number() + suffix);
		indicator.setTable(code);
		indicator.setGroup(group);
		indicator.setNumber(number);
		indicator.setCode(code + "-" + row.number() + suffix);
		indicator.setSource(code + " 第 " + row.number() + " 行 (seed line " + seedLine(row) + ")");
		context.plan().getIndicators().add(indicator);
		return indicator;
	}

	private static int seedLine(Row row) {
		return row.seedLine();
	}

	private static void target(Indicator indicator, String printed, Comparator bareNumber) {
		indicator.setTargetText(printed);
		TargetText target = TargetText.parse(printed, bareNumber);
		if (target.comparator() != null) {
			indicator.setComparator(target.comparator());
			indicator.setTargetLow(target.low());
			indicator.setTargetHigh(target.high());
		}
	}

	private static IndicatorAttribute attributeOf(String printed) {
		return printed.contains("约束") ? IndicatorAttribute.BINDING : IndicatorAttribute.EXPECTED;
	}
}
