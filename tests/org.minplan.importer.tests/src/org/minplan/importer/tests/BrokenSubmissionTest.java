package org.minplan.importer.tests;

import static org.junit.jupiter.api.Assertions.*;
import static org.minplan.importer.tests.Imports.*;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minplan.importer.ImportOptions;
import org.minplan.importer.ImportSession;
import org.minplan.importer.read.ImportProblem;
import org.minplan.model.Plan;

/**
 * Broken submissions are rejected as a whole, with messages naming the file, row and column, the value
 * found and what was expected; the plan saved before and after is byte-identical.
 */
class BrokenSubmissionTest {

	@TempDir
	Path folder;

	static Stream<Arguments> brokenCsv() {
		return Stream.of(
				Arguments.of("malformed-coordinates.csv", 2, "拐点坐标", "abc", "vertex 2"),
				Arguments.of("out-of-range-coordinates.csv", 2, "拐点坐标", "95.80", "latitude"),
				Arguments.of("unclosed-ring.csv", 2, "拐点坐标", "5040000,28462000", "closed"),
				Arguments.of("self-intersecting-ring.csv", 2, "拐点坐标", "5041500,28462000", "crosses itself"),
				Arguments.of("unknown-mineral.csv", 2, "矿种", "独角兽矿", "not in the plan catalogue"),
				Arguments.of("duplicate-codes.csv", 3, "区块编号", "654224K9106", "appears twice"),
				Arguments.of("wrong-county-code.csv", 2, "行政区代码", "654201", "expected 654224 (托里县)"),
				Arguments.of("bad-number.csv", 2, "面积", "约3平方公里", "expected a number greater than 0"),
				Arguments.of("truncated.csv", 2, null, null, "never closed"),
				Arguments.of("empty.csv", 0, null, null, "holds no table"),
				Arguments.of("header-only.csv", 0, null, null, "has a header but no rows"),
				Arguments.of("missing-columns.csv", 0, "拐点坐标", null, "required column 拐点坐标 is missing"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenCsv")
	void brokenCsvIsRejectedWithTheCellNamed(String fixture, int row, String column, String found, String says)
			throws Exception {
		Path file = FixtureFiles.copy(fixture, folder);
		assertRejected(file, row, column, found, says, ImportOptions.defaults(Locale.ENGLISH));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "zip bomb", "external entity", "truncated" })
	void hostileOrDamagedWorkbooksAreRefused(String kind) throws Exception {
		Path file = switch (kind) {
		case "zip bomb" -> FixtureFiles.zipBomb(folder, 20);
		case "external entity" -> FixtureFiles.externalEntity(folder);
		default -> FixtureFiles.truncatedWorkbook(folder);
		};
		String says = switch (kind) {
		case "zip bomb" -> "zip bomb";
		case "external entity" -> "external entity";
		default -> "not a readable Excel workbook";
		};
		long start = System.nanoTime();
		assertRejected(file, 0, null, null, says, ImportOptions.defaults(Locale.ENGLISH));
		assertTrue(System.nanoTime() - start < 30_000_000_000L, "refused without inflating it all");
	}

	@Test
	void aWorkbookOverTheSizeLimitIsRefused() throws Exception {
		Path file = FixtureFiles.validWorkbook(folder);
		ImportOptions small = ImportOptions.defaults(Locale.ENGLISH).withLimits(1000, 1_000_000);
		assertRejected(file, 0, null, null, "larger than the import accepts", small);
	}

	@Test
	void gbkBytesDeclaredUtf8AreRejectedWithTheLine() throws Exception {
		Path file = FixtureFiles.reencoded("tuoli-blocks-valid.csv", Charset.forName("GBK"), false, folder);
		ImportOptions utf8 = ImportOptions.defaults(Locale.ENGLISH).withEncoding(StandardCharsets.UTF_8);
		ImportProblem problem = assertRejected(file, 1, null, "0x", "not valid UTF-8 text", utf8);
		assertTrue(problem.expected().contains("choose the encoding"), problem.expected());
	}

	@Test
	void everyProblemOfAFileIsReportedNotOnlyTheFirst() throws Exception {
		Plan plan = sample();
		ImportSession session = prepare(plan, FixtureFiles.copy("many-problems.csv", folder));
		String all = messages(session.problems());
		assertTrue(session.isRejected());
		assertError(session, 2, "拐点坐标", all);
		assertError(session, 3, "矿种", all);
		assertError(session, 4, "勘查阶段", all);
		assertError(session, 5, "区块编号", all);
		assertError(session, 6, "行政区代码", all);
		assertError(session, 7, "坐标系", all);
	}

	@Test
	void messagesAreInChineseForChineseUsers() throws Exception {
		ImportSession session = IMPORTER.prepare(sample(), FixtureFiles.copy("unknown-mineral.csv", folder), tuoli(),
				ImportOptions.defaults(Locale.CHINESE), null);
		String message = session.problems(ImportProblem.Kind.ERROR).get(0).message();
		assertEquals("unknown-mineral.csv 第2行 “矿种”列：矿种不在规划矿种目录（专栏4）中（发现“独角兽矿”，应为规划矿种目录中的矿种或其别名）", message);
	}

	@Test
	void anUnknownExtraColumnIsAWarningOnly() throws Exception {
		ImportSession session = prepare(sample(), FixtureFiles.copy("extra-columns.csv", folder));
		assertFalse(session.isRejected(), messages(session.problems()));
		List<ImportProblem> warnings = session.problems(ImportProblem.Kind.WARNING);
		assertTrue(warnings.stream().anyMatch(w -> "审核意见".equals(w.where().field())
				&& w.message().contains("column 审核意见: unknown column, ignored")), messages(warnings));
		assertTrue(session.command().isPresent());
	}

	private static void assertError(ImportSession session, int row, String column, String all) {
		assertTrue(session.problems(ImportProblem.Kind.ERROR).stream()
				.anyMatch(p -> p.where().row() == row && column.equals(p.where().field())),
				"no error at row " + row + ", column " + column + " in:\n" + all);
	}

	private ImportProblem assertRejected(Path file, int row, String column, String found, String says,
			ImportOptions options) throws Exception {
		Plan plan = sample();
		byte[] before = saved(plan, folder, "before.minplan");
		ImportSession session = prepare(plan, file, options);
		String all = messages(session.problems());

		assertTrue(session.isRejected(), "not rejected:\n" + all);
		assertTrue(session.command().isEmpty());
		ImportProblem problem = session.problems(ImportProblem.Kind.ERROR).stream()
				.filter(p -> p.where().row() == row && (column == null || column.equals(p.where().field())))
				.findFirst().orElseThrow(() -> new AssertionError("no error at row " + row + ", column " + column
						+ " in:\n" + all));
		String message = problem.message();
		assertTrue(message.startsWith(file.getFileName().toString()), message);
		if (row > 0) {
			assertTrue(message.contains("row " + row), message);
		}
		if (column != null) {
			assertTrue(message.contains("column " + column), message);
		}
		if (found != null) {
			assertTrue(message.contains("found \u201c") && problem.found().contains(found), message);
		}
		assertTrue(message.contains(says), message);
		assertTrue(message.contains("expected"), message);
		assertArrayEquals(before, saved(plan, folder, "after.minplan"), "the plan is untouched");
		return problem;
	}
}
