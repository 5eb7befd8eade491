package org.minplan.report.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.minplan.model.Plan;
import org.minplan.report.Report;
import org.minplan.report.ReportDocument;
import org.minplan.report.ReportDocument.Heading;
import org.minplan.report.ReportDocument.Paragraph;
import org.minplan.report.ReportDocument.ParagraphStyle;
import org.minplan.report.ReportDocument.Table;
import org.minplan.report.plan.internal.AllPlanTablesReport;
import org.minplan.report.plan.internal.PlanTableReport;
import org.minplan.report.plan.internal.PlanTables;

/** All tables in one document, the contributions to the extension point, titles in both languages. */
class AllPlanTablesReportTest {

	private static final List<String> SHEETS = List.of("专栏4", "专栏5", "专栏6", "专栏13", "专栏14", "专栏17", "专栏18",
			"专栏19", "专栏20", "专栏21", "专栏22", "专栏23");

	@Test
	void oneSheetPerTableUnderItsOwnHeading() {
		ReportDocument document = Sample.generate(new AllPlanTablesReport(), Sample.plan(), Sample.ZH);
		List<Table> tables = document.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
		assertEquals(SHEETS, tables.stream().map(Table::sheetName).toList());
		List<String> headings = document.blocks().stream().filter(Heading.class::isInstance)
				.map(b -> ((Heading) b).text()).toList();
		assertEquals(tables.stream().map(Table::caption).toList(), headings);
		assertTrue(document.synthetic());
		for (Table table : tables) {
			new Grid(table); // every row fills the width, spans do not overlap
			assertTrue(table.sheetName().length() <= 31);
		}
	}

	@Test
	void captionsAreThePlansTitles() {
		Map<String, String> captions = new HashMap<>();
		for (PlanTableReport report : PlanTables.all()) {
			captions.put(report.number(), Sample.table(Sample.generate(report, Sample.plan(), Sample.ZH)).caption());
		}
		assertEquals("专栏5 塔城地区主要矿产资源量基本情况表（2020年末）", captions.get("专栏5"));
		assertEquals("专栏17 塔城地区拟设勘查规划区块一览表", captions.get("专栏17"));
		assertEquals("专栏20 塔城地区砂石土集中开采区设置表", captions.get("专栏20"), "the seed misprints it as 专栏18");
		assertEquals("专栏13 2025年重点矿种年开采总量主要规划指标", captions.get("专栏13"));
	}

	@Test
	void englishReportsHaveEnglishTitlesAndHeaders() {
		ReportDocument document = Sample.generate(PlanTables.all().get(5),
				Sample.plan(), Locale.ENGLISH);
		Table table = Sample.table(document);
		assertEquals("Table 17 Planned exploration blocks of 塔城地区", table.caption());
		assertEquals(List.of("County", "New blocks", "Minerals"), new Grid(table).headers());
		assertEquals("Total", new Grid(table).text(table.bodyRows().size() - 1, 0));
		assertEquals("Table 17 Planned exploration blocks", PlanTables.all().get(5).title(Locale.ENGLISH));
		assertEquals("专栏17 拟设勘查规划区块一览表", PlanTables.all().get(5).title(Locale.CHINESE));
		assertTrue(document.blocks().stream().anyMatch(b -> b instanceof Paragraph p && p.style() == ParagraphStyle.WARNING
				&& p.text().contains("synthetic")), "synthetic notice in English");
	}

	@Test
	void generatingDoesNotChangeThePlan() {
		Plan plan = Sample.fresh();
		Plan before = EcoreUtil.copy(plan);
		Sample.generate(new AllPlanTablesReport(), plan, Sample.ZH);
		assertTrue(EcoreUtil.equals(before, plan));
	}

	@Test
	void everyReportIsContributedOnceUnderItsOwnId() throws CoreException {
		List<String> ids = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry()
				.getConfigurationElementsFor("org.minplan.report.reports")) {
			if (!"org.minplan.report.plan".equals(element.getContributor().getName())) {
				continue;
			}
			Report report = (Report) element.createExecutableExtension("class");
			assertEquals(element.getAttribute("id"), report.id());
			assertFalse(report.title(Locale.CHINESE).contains("!"), report.title(Locale.CHINESE));
			ids.add(report.id());
		}
		List<String> expected = new ArrayList<>(SHEETS.stream().map(s -> "plan.zl" + String.format("%02d",
				Integer.parseInt(s.substring(2)))).toList());
		expected.add("plan.tables");
		assertEquals(expected, ids);
	}
}
