package org.minplan.importer.tests;

import static org.junit.jupiter.api.Assertions.*;
import static org.minplan.importer.tests.Imports.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minplan.cli.CliContext;
import org.minplan.cli.MinplanCommandLine;
import org.minplan.core.persistence.PlanStore;
import org.minplan.model.Plan;
import org.minplan.tests.support.TestPlans;

/** {@code minplan import}: what an operator or a submission pipeline sees, and the exit codes. */
class ImportCommandTest {

	@TempDir
	Path folder;

	private Path plan;
	private byte[] planBytes;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void samplePlanFile() throws Exception {
		plan = folder.resolve("tacheng.minplan");
		new PlanStore().save(sample(), plan);
		planBytes = Files.readAllBytes(plan);
	}

	private int run(Locale locale, String... args) {
		out.reset();
		err.reset();
		CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), locale);
		return MinplanCommandLine.withContributions().run(args, context);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void aValidSubmissionIsAppliedAndSavedToOut() throws Exception {
		Path file = FixtureFiles.copy("tuoli-blocks-valid.csv", folder);
		Path result = folder.resolve("new.minplan");

		int code = run(Locale.ENGLISH, "import", plan.toString(), file.toString(), "--county", "654224", "--out",
				result.toString());

		assertEquals(0, code, out() + err());
		assertTrue(out().contains("Import of Tuoli Xian (654224) from tuoli-blocks-valid.csv"), out());
		assertTrue(out().matches("(?s).*\\n3 new, 2 changed, \\d+ removed\\n.*"), out());
		assertTrue(out().contains("changed exploration block 654224K0001"), out());
		assertTrue(out().contains("design scale: 3.00 \u2192 4"), out());
		assertArrayEquals(planBytes, Files.readAllBytes(plan), "PLAN itself is untouched when --out is given");
		Plan imported = new PlanStore().load(result);
		assertEquals("金", TestPlans.find(imported.getExplorationBlocks(), "654224K9001").getMineral().getName());
	}

	@Test
	void withoutOutThePlanIsSavedInPlaceAndAgainIsNoChange() throws Exception {
		Path file = FixtureFiles.copy("tuoli-blocks-valid.csv", folder);
		assertEquals(0, run(Locale.ENGLISH, "import", plan.toString(), file.toString(), "--county=tuoli"), err());
		byte[] once = Files.readAllBytes(plan);
		assertFalse(java.util.Arrays.equals(planBytes, once));

		assertEquals(0, run(Locale.ENGLISH, "import", plan.toString(), file.toString(), "--county=tuoli"), err());
		assertTrue(out().contains("No changes"), out());
		assertArrayEquals(once, Files.readAllBytes(plan));
	}

	@Test
	void dryRunWritesNothing() throws Exception {
		Path file = FixtureFiles.validWorkbook(folder);
		assertEquals(0, run(Locale.CHINESE, "import", plan.toString(), file.toString(), "--county", "654224", "--dry-run"));
		assertTrue(out().contains("新增 4，修改 3，删除"), out());
		assertTrue(out().contains("试运行"), out());
		assertArrayEquals(planBytes, Files.readAllBytes(plan));
	}

	@Test
	void aBrokenSubmissionIsRejectedWithEachProblemOnItsLine() throws Exception {
		Path file = FixtureFiles.copy("many-problems.csv", folder);

		int code = run(Locale.ENGLISH, "import", plan.toString(), file.toString(), "--county", "654224");

		assertEquals(1, code);
		assertTrue(err().contains("ERROR many-problems.csv, row 3, column 矿种: the mineral is not in the plan catalogue"), err());
		assertTrue(err().lines().filter(l -> l.startsWith("ERROR many-problems.csv, row ")).count() >= 6, err());
		assertTrue(out().contains("Rejected"), out());
		assertArrayEquals(planBytes, Files.readAllBytes(plan), "nothing written");
	}

	@Test
	void wrongCommandLinesExitWith2() {
		Path file = folder.resolve("x.csv");
		assertEquals(2, run(Locale.ENGLISH, "import", plan.toString()));
		assertEquals(2, run(Locale.ENGLISH, "import", plan.toString(), file.toString()));
		assertTrue(err().contains("654224 Tuoli Xian"), "lists the known counties: " + err());
		assertEquals(2, run(Locale.ENGLISH, "import", plan.toString(), file.toString(), "--county", "999999"));
		assertEquals(2, run(Locale.ENGLISH, "import", plan.toString(), file.toString(), "--county", "tuoli", "--crs", "4326"));
		assertEquals(2, run(Locale.ENGLISH, "import", plan.toString(), file.toString(), "--county", "tuoli", "--bogus"));
	}

	@Test
	void unreadableAndUnwritableFilesExitWith3() throws Exception {
		Path file = FixtureFiles.copy("tuoli-blocks-valid.csv", folder);
		assertEquals(3, run(Locale.ENGLISH, "import", folder.resolve("missing.minplan").toString(), file.toString(),
				"--county", "tuoli"));
		assertEquals(3, run(Locale.ENGLISH, "import", plan.toString(), folder.resolve("missing.csv").toString(),
				"--county", "tuoli"));
		assertTrue(err().contains("missing.csv"), err());
		assertEquals(3, run(Locale.ENGLISH, "import", plan.toString(), file.toString(), "--county", "tuoli", "--out",
				folder.toString()));
		assertTrue(err().contains("cannot be saved"), err());
		assertArrayEquals(planBytes, Files.readAllBytes(plan));
	}

	@Test
	void helpListsTheContributedCommand() {
		assertEquals(0, run(Locale.ENGLISH, "help"));
		assertTrue(out().contains("import"), out());
		assertEquals(0, run(Locale.ENGLISH, "help", "import"));
		assertTrue(out().contains("--county CODE"), out());
	}
}
