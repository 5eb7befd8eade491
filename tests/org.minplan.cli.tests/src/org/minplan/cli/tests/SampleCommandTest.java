package org.minplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minplan.cli.CliCommand;
import org.minplan.cli.CliContext;
import org.minplan.cli.MinplanCommandLine;
import org.minplan.core.persistence.PlanStore;
import org.minplan.model.Plan;

/** {@code minplan sample}: regenerating the bundled sample plan from a terminal. */
class SampleCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(Locale locale, String... args) {
		CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), locale);
		return new MinplanCommandLine().run(args, context);
	}

	@Test
	void writesThePlanAndPrintsWhatItHolds() throws Exception {
		Path file = dir.resolve("plans/tacheng.minplan");
		assertEquals(CliCommand.OK, run(Locale.ENGLISH, "sample", "--out", file.toString()));
		String text = out.toString(StandardCharsets.UTF_8);
		assertTrue(text.startsWith("Built the Tacheng sample plan (scale 1) in "), text);
		assertTrue(text.contains("  exploration blocks: 261"), text);
		assertTrue(text.contains("  mines: 256"), text);
		assertTrue(text.contains("not in the catalogue") && text.contains("锰矿"), text);
		assertTrue(text.lines().anyMatch(l -> l.startsWith("Saved " + file)), text);
		Plan plan = new PlanStore().load(file);
		assertEquals(91, plan.getConcentratedAreas().size());
	}

	@Test
	void speaksChineseInAChineseLocale() {
		assertEquals(CliCommand.OK, run(Locale.SIMPLIFIED_CHINESE, "sample", "--out", dir.resolve("t.minplan").toString()));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("  勘查规划区块：261"), out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void withoutOutIsAUsageError() {
		assertEquals(CliCommand.USAGE, run(Locale.ENGLISH, "sample"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("--out FILE is required"));
	}

	@Test
	void badScaleIsAUsageErrorAndWritesNothing() {
		Path file = dir.resolve("t.minplan");
		assertEquals(CliCommand.USAGE, run(Locale.ENGLISH, "sample", "--out", file.toString(), "--scale", "zero"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("--scale needs a whole number of 1 or more, got \"zero\""));
		assertFalse(Files.exists(file));
	}
}
