package org.minplan.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minplan.cli.CliCommand;
import org.minplan.cli.CliContext;
import org.minplan.cli.MinplanCommandLine;
import org.minplan.core.persistence.PlanStore;
import org.minplan.tests.support.TestPlans;

/** {@code minplan report} as typed in a terminal: the command comes from the report bundle's contribution. */
class ReportCommandTest {

	@TempDir
	Path dir;

	private Path plan;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void savePlan() throws Exception {
		plan = dir.resolve("测试.minplan");
		new PlanStore().save(TestPlans.validPlan(), plan);
	}

	private int run(String... args) {
		CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), Locale.SIMPLIFIED_CHINESE);
		return MinplanCommandLine.withContributions().run(args, context);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void listPrintsOneReportALineIdFirstThenTitle() {
		assertEquals(CliCommand.OK, run("report", "--list"));
		assertTrue(out().lines().anyMatch(l -> l.equals("test.tables\t测试报表（表格与图）")), out());
		assertTrue(out().lines().anyMatch(l -> l.equals("test.county\t测试县级汇总")), out());
		assertFalse(out().contains("test.mismatch"), out());
	}

	@Test
	void listInEnglish() {
		assertEquals(CliCommand.OK, run("report", "--list", "--lang", "en"));
		assertTrue(out().lines().anyMatch(l -> l.equals("test.tables\tTest report (tables and pictures)")), out());
	}

	@Test
	void writesTheReportInEachFormatNamedByItsId() throws Exception {
		Path target = dir.resolve("out");
		for (String format : new String[] { "xlsx", "pdf", "html" }) {
			assertEquals(CliCommand.OK, run("report", plan.toString(), "--report", "test.tables", "--format", format,
					"--out", target.toString()), err());
			Path file = target.resolve("test.tables." + format);
			assertTrue(Files.size(file) > 1000, file + " " + Files.size(file));
			assertTrue(out().contains(file.toString()), out());
		}
		assertTrue(Files.readString(target.resolve("test.tables.html")).contains(SampleDocuments.CAPTION));
		try (var files = Files.list(target)) {
			assertEquals(3, files.count(), "no temporary files are left");
		}
	}

	@Test
	void unknownReportIsAUsageErrorListingTheIds() {
		assertEquals(CliCommand.USAGE, run("report", plan.toString(), "--report", "plan.zl99", "--format", "pdf",
				"--out", dir.toString()));
		assertTrue(err().contains("plan.zl99"), err());
		assertTrue(err().contains("test.county, test.tables"), err());
	}

	@Test
	void unknownFormatAndMissingOptionsAreUsageErrors() {
		assertEquals(CliCommand.USAGE,
				run("report", plan.toString(), "--report", "test.tables", "--format", "docx", "--out", dir.toString()));
		assertTrue(err().contains("docx"), err());
		assertEquals(CliCommand.USAGE, run("report", plan.toString(), "--report", "test.tables", "--format", "pdf"));
		assertTrue(err().contains("--out"), err());
	}

	@Test
	void unreadablePlanOrFolderIsAnIoError() throws Exception {
		assertEquals(CliCommand.IO_ERROR, run("report", dir.resolve("missing.minplan").toString(), "--report",
				"test.tables", "--format", "html", "--out", dir.toString()));
		assertTrue(err().contains("missing.minplan"), err());
		Path file = Files.writeString(dir.resolve("a-file"), "x");
		assertEquals(CliCommand.IO_ERROR, run("report", plan.toString(), "--report", "test.tables", "--format",
				"html", "--out", file.resolve("sub").toString()));
	}

	@Test
	void aReportThatFailsGivesOneAndNamesTheParameter() {
		assertEquals(CliCommand.PROBLEMS, run("report", plan.toString(), "--report", "test.county", "--format", "html",
				"--out", dir.toString()));
		assertTrue(err().contains("county"), err());
		assertFalse(Files.exists(dir.resolve("test.county.html")));
	}

	@Test
	void aChoiceOutsideThePlanIsRefusedWithTheAllowedValues() {
		assertEquals(CliCommand.PROBLEMS, run("report", plan.toString(), "--report", "test.county", "--format", "html",
				"--out", dir.toString(), "--param", "county=999999"));
		assertTrue(err().contains("999999") && err().contains("654224 (托里县)"), err());
	}

	@Test
	void parametersReachTheReportAndDefaultsAreFilledIn() throws Exception {
		assertEquals(CliCommand.OK, run("report", plan.toString(), "--report", "test.county", "--format", "html",
				"--out", dir.toString(), "--param", "county=654224"), err());
		String html = Files.readString(dir.resolve("test.county.html"));
		assertTrue(html.contains("托里县 汇总"), html);
		assertTrue(html.contains("明细：false"), html);
	}

	@Test
	void allWritesEveryReportThatCanRunAndNamesTheParameterTheOthersNeed() {
		assertEquals(CliCommand.OK, run("report", plan.toString(), "--report", "all", "--format", "pdf", "--out",
				dir.toString()));
		assertTrue(Files.exists(dir.resolve("test.tables.pdf")));
		assertFalse(Files.exists(dir.resolve("test.county.pdf")), "a report whose required parameter is missing is left out");
		assertTrue(out().contains("test.county") && out().contains("--param county="), out());
	}

	@Test
	void allSkipsReportsThatCannotBeWrittenInTheFormat() {
		assertEquals(CliCommand.OK, run("report", plan.toString(), "--report", "all", "--format", "xlsx", "--out",
				dir.toString(), "--param", "county=654224"));
		assertTrue(Files.exists(dir.resolve("test.tables.xlsx")));
		assertFalse(Files.exists(dir.resolve("test.county.xlsx")));
		assertTrue(out().contains("test.county"), out());
	}

	@Test
	void aParameterTheReportDoesNotHaveIsAUsageError() {
		assertEquals(CliCommand.USAGE, run("report", plan.toString(), "--report", "test.county", "--format", "html",
				"--out", dir.toString(), "--param", "county=654224", "--param", "contry=1"));
		assertTrue(err().contains("contry") && err().contains("county, detail"), err());
	}
}
