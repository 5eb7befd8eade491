package org.minplan.report.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minplan.model.Plan;
import org.minplan.report.ReportDocument;
import org.minplan.report.ReportDocument.Heading;
import org.minplan.report.ReportDocument.Table;
import org.minplan.report.review.internal.ReviewFindingsReport;
import org.minplan.validation.RuleRegistry;
import org.minplan.validation.RuleSettings;
import org.minplan.validation.Severity;
import org.minplan.validation.ValidationEngine;
import org.minplan.validation.ValidationResult;

/** {@code review.findings} on the Tacheng sample against a validation run made here. */
class ReviewFindingsReportTest {

	private static ValidationResult engine;
	private static ReportDocument doc;

	@BeforeAll
	static void generate() throws Exception {
		Plan plan = Documents.sample();
		engine = new ValidationEngine(RuleRegistry.fromPlatform()).validate(plan, new RuleSettings(), null);
		doc = new ReviewFindingsReport().generate(Documents.input(plan, Map.of()), null);
	}

	private static List<Table> findingTables() {
		return Documents.tables(doc).stream().filter(t -> t.headerRows().get(0).get(0).text().equals("序号")).toList();
	}

	@Test
	void listsEveryFindingOfTheEngineOnce() {
		assertTrue(engine.findings().size() > 10, "the sample has findings: " + engine.findings().size());
		int rows = findingTables().stream().mapToInt(t -> t.bodyRows().size()).sum();
		assertEquals(engine.findings().size(), rows);
		List<String> numbers = findingTables().stream().flatMap(t -> t.bodyRows().stream())
				.map(r -> r.get(0).text()).toList();
		for (int i = 0; i < numbers.size(); i++) {
			assertEquals(Integer.toString(i + 1), numbers.get(i), "findings numbered in order");
		}
	}

	@Test
	void pageOneCountsBySeverityAsTheEngine() {
		Table bySeverity = Documents.table(doc, "按严重程度").orElseThrow();
		for (Severity s : Severity.values()) {
			assertEquals(engine.count(s),
					Documents.number(Documents.row(bySeverity, s.label(Locale.CHINESE)).orElseThrow().get(1)));
		}
		Table byCategory = Documents.table(doc, "按规则类别").orElseThrow();
		List<ReportDocument.Cell> total = Documents.row(byCategory, "合计").orElseThrow();
		assertEquals(engine.findings().size(), Documents.number(total.get(total.size() - 1)));
	}

	@Test
	void groupedBySeverityThenRule() {
		List<ReportDocument.Block> blocks = doc.blocks();
		List<String> severityHeadings = new ArrayList<>();
		for (ReportDocument.Block b : blocks) {
			if (b instanceof Heading h && h.level() == 1 && !h.text().equals("审查概况")) {
				severityHeadings.add(h.text());
			}
		}
		List<String> expected = new ArrayList<>();
		for (Severity s : Severity.values()) {
			if (engine.count(s) > 0) {
				expected.add(s.label(Locale.CHINESE) + "（" + engine.count(s) + " 条）");
			}
		}
		assertEquals(expected, severityHeadings);
		// each rule's table, under its rule's heading, holds exactly that rule's findings of that severity
		Severity severity = null;
		String ruleId = null;
		int tables = 0;
		java.util.regex.Pattern rule = java.util.regex.Pattern.compile("（([^（）]+)）：\\d+ 条$");
		for (ReportDocument.Block b : blocks) {
			if (b instanceof Heading h && h.level() == 1) {
				severity = java.util.Arrays.stream(Severity.values())
						.filter(s -> h.text().startsWith(s.label(Locale.CHINESE) + "（")).findFirst().orElse(null);
			} else if (b instanceof Heading h && h.level() == 2) {
				java.util.regex.Matcher m = rule.matcher(h.text());
				assertTrue(m.find(), h.text());
				ruleId = m.group(1);
			} else if (b instanceof Table t && findingTables().contains(t)) {
				Severity of = severity;
				long n = engine.findings(ruleId).stream().filter(f -> f.severity() == of).count();
				assertEquals(n, t.bodyRows().size(), ruleId + " " + severity);
				tables++;
			}
		}
		assertEquals(findingTables().size(), tables);
	}

	@Test
	void mapExcerptsAreCappedPerRuleAndHighlightTheElement() throws Exception {
		List<ReportDocument.Image> images = Documents.images(doc);
		assertTrue(!images.isEmpty(), "spatial findings get map excerpts");
		assertTrue(images.size() <= ReviewFindingsReport.EXCERPTS_PER_RULE * findingTables().size(),
				images.size() + " excerpts for " + findingTables().size() + " rules");
		assertTrue(images.size() < engine.findings().size(), "not every finding gets a map");
		int i = 0;
		for (ReportDocument.Image image : images) {
			BufferedImage png = Documents.decode(image);
			assertEquals(Math.round(120 / 25.4 * 150), png.getWidth());
			int red = 0;
			for (int y = 0; y < png.getHeight(); y += 1) {
				for (int x = 0; x < png.getWidth(); x += 1) {
					int p = png.getRGB(x, y);
					if (Math.abs((p >> 16 & 0xFF) - 0xE0) < 16 && (p >> 8 & 0xFF) < 40 && (p & 0xFF) < 40) {
						red++;
					}
				}
			}
			assertTrue(red > 50, "the finding's element is drawn in red in " + image.caption());
			assertTrue(image.caption().matches("[^（].{8,}（比例尺 1:[0-9 ]+）"),
					"caption names the element and the scale: " + image.caption());
			if (i < 6) {
				Files.write(Documents.output("finding-excerpt-" + i++ + ".png"), image.png());
			}
		}
	}
}
