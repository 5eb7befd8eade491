package org.minplan.sample.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.minplan.model.LayoutTier;
import org.minplan.model.LayoutUnit;
import org.minplan.model.NarrativeRow;
import org.minplan.model.NarrativeTable;
import org.minplan.model.ProcessingBase;
import org.minplan.model.Project;
import org.minplan.model.ProjectKind;

/**
 * What the plan prints as it is, with nothing generated: the descriptive tables 专栏1, 2, 3, 7 and 10
 * (verbatim cells), the layout units of 专栏15, the projects of 专栏24 and 25 and the processing bases of
 * 专栏26.
 */
final class TablesSection {

	/** Narrative tables: file, code, title as printed (README of seed-tables). */
	private static final String[][] NARRATIVE = {
			{ "zl01_natural_resources.tsv", "专栏1", "塔城地区自然资源概况" },
			{ "zl02_economy.tsv", "专栏2", "经济社会发展概况" },
			{ "zl03_geological_survey.tsv", "专栏3", "基础地质调查情况汇总表" },
			{ "zl07_achievements.tsv", "专栏7", "“十三五”取得的重要成效" },
			{ "zl10_demand_analysis.tsv", "专栏10", "主要矿产资源需求分析" } };

	private static final Map<String, LayoutTier> TIERS = Map.of("一翼", LayoutTier.WING, "两带", LayoutTier.BELT, "五区",
			LayoutTier.DISTRICT);

	private final SampleContext context;
	private final Map<String, LayoutUnit> layoutUnits = new LinkedHashMap<>();

	TablesSection(SampleContext context) {
		this.context = context;
	}

	void build() throws IOException {
		narrativeTables();
		readLayoutUnits();
		projects();
		processingBases();
	}

	/** @return the layout units by name as printed */
	Map<String, LayoutUnit> layoutUnits() {
		return layoutUnits;
	}

	private void narrativeTables() throws IOException {
		for (String[] spec : NARRATIVE) {
			Table table = context.tables().table(spec[0]);
			NarrativeTable narrative = context.identify(context.factory().createNarrativeTable(), "narrative/" + spec[1]);
			narrative.setCode(spec[1]);
			narrative.setName(spec[2]);
			narrative.getColumns().addAll(table.header());
			for (Row row : table.rows()) {
				NarrativeRow printed = context.factory().createNarrativeRow();
				printed.getCells().addAll(Arrays.asList(row.cells()));
				narrative.getRows().add(printed);
			}
			int first = table.rows().get(0).seedLine();
			int last = table.rows().get(table.rows().size() - 1).seedLine();
			narrative.setSource(spec[1] + " (seed lines " + first + "–" + last + ")");
			context.plan().getNarrativeTables().add(narrative);
		}
	}

	private void readLayoutUnits() throws IOException {
		Table table = context.tables().table("layout_units.tsv");
		for (Row row : table.rows()) {
			String name = row.cell("unit_name");
			LayoutTier tier = TIERS.get(row.cell("tier"));
			if (tier == null) {
				throw row.error("tier", "one of " + TIERS.keySet());
			}
			LayoutUnit unit = context.identify(context.factory().createLayoutUnit(), "layout/" + name);
			unit.setName(name);
			unit.setTier(tier);
			unit.setResources(row.cell("main_resources"));
			unit.setDirection(row.cell("development_direction"));
			unit.setRemarks(row.cell("text_location").isEmpty() ? row.cell("text_quote")
					: row.cell("text_location") + "；" + row.cell("text_quote"));
			unit.setSource("专栏15 (seed line " + row.cell("table_seed_line") + "); text seed line "
					+ row.cell("text_seed_line"));
			context.plan().getLayoutUnits().add(unit);
			layoutUnits.put(name, unit);
		}
	}

	private void projects() throws IOException {
		Table survey = context.tables().table("zl24_geo_survey_projects.tsv");
		for (Row row : survey.rows()) {
			Project project = context.identify(context.factory().createProject(), "project/专栏24/" + row.cell("序号"));
			project.setKind(ProjectKind.GEOLOGICAL_SURVEY);
			project.setTable("专栏24");
			project.setNumber(row.cell("序号"));
			project.setName(row.cell("主要工程名称"));
			project.setTarget(row.cell("目标任务"));
			project.setSource("专栏24 序号 " + row.cell("序号") + " (seed line " + row.seedLine() + ")");
			context.plan().getProjects().add(project);
		}
		Table evaluation = context.tables().table("zl25_evaluation_projects.tsv");
		for (Row row : evaluation.rows()) {
			Project project = context.identify(context.factory().createProject(), "project/专栏25/" + row.number());
			project.setKind(ProjectKind.EVALUATION);
			project.setTable("专栏25");
			project.setName(row.cell("矿种"));
			project.setTarget(row.cell("部署区域"));
			project.setStage(row.cell("勘查阶段"));
			project.setSource("专栏25 第 " + row.number() + " 行 (seed line " + row.seedLine() + ")");
			context.plan().getProjects().add(project);
		}
	}

	private void processingBases() throws IOException {
		Table table = context.tables().table("zl26_processing_bases.tsv");
		for (Row row : table.rows()) {
			String where = "专栏26 序号 " + row.cell("序号") + " (seed line " + row.seedLine() + ")";
			ProcessingBase base = context.identify(context.factory().createProcessingBase(),
					"processing-base/" + row.cell("序号"));
			base.setNumber(row.cell("序号"));
			base.setName(row.cell("名称"));
			base.setCountyText(row.cell("所在行政区"));
			base.setCounty(context.county(row.cell("所在行政区"), where));
			base.setMineralText(row.cell("主要矿种"));
			base.getMinerals().addAll(context.minerals(row.cell("主要矿种"), where));
			base.setMiningAreas(row.cell("主要矿区"));
			base.setSource(where);
			context.plan().getProcessingBases().add(base);
		}
	}
}
