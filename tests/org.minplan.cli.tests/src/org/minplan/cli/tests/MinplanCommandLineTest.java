package org.minplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.minplan.cli.CliCommand;
import org.minplan.cli.CliContext;
import org.minplan.cli.MinplanCommandLine;
import org.minplan.core.MinplanVersion;

/** What a user sees when typing {@code minplan …} in a terminal. */
class MinplanCommandLineTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(Locale locale, String... args) {
		CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), locale);
		return new MinplanCommandLine().run(args, context);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void versionPrintsTheBundleVersionWithItsBuildQualifier() {
		int code = run(Locale.ENGLISH, "--version");
		assertEquals(CliCommand.OK, code);
		String firstLine = out().lines().findFirst().orElse("");
		assertTrue(firstLine.matches("Mineral Plan Workbench 0\\.1\\.0\\.\\d{8,}"),
				"expected product name and built version, got: " + firstLine);
		assertEquals("Mineral Plan Workbench " + MinplanVersion.full(), firstLine);
		assertTrue(out().contains("Java " + System.getProperty("java.version")), out());
	}

	@Test
	void versionIsChineseInAChineseLocale() {
		assertEquals(CliCommand.OK, run(Locale.SIMPLIFIED_CHINESE, "-V"));
		assertTrue(out().startsWith("矿产资源总体规划工作台 " + MinplanVersion.full()), out());
	}

	@Test
	void helpListsEveryCommandWithASummary() {
		assertEquals(CliCommand.OK, run(Locale.ENGLISH, "help"));
		String text = out();
		assertTrue(text.contains("Usage: minplan COMMAND"), text);
		assertTrue(text.lines().anyMatch(l -> l.matches("\\s+help\\s+Lists the commands.*")), text);
		assertTrue(text.lines().anyMatch(l -> l.matches("\\s+version\\s+Prints the version.*")), text);
		assertTrue(text.contains("Exit codes: 0 ok"), text);
	}

	@Test
	void noArgumentsPrintsTheHelp() {
		assertEquals(CliCommand.OK, run(Locale.ENGLISH));
		assertTrue(out().contains("Usage: minplan COMMAND"), out());
	}

	@Test
	void helpForOneCommandShowsItsUsage() {
		assertEquals(CliCommand.OK, run(Locale.ENGLISH, "help", "version"));
		assertTrue(out().startsWith("minplan --version"), out());
	}

	@Test
	void unknownCommandIsAUsageErrorNamingTheCommand() {
		int code = run(Locale.ENGLISH, "valdate", "plan.minplan");
		assertEquals(CliCommand.USAGE, code);
		assertTrue(err().contains("unknown command \"valdate\""), err());
		assertTrue(err().contains("minplan help"), err());
		assertEquals("", out());
	}

	@Test
	void unknownCommandInChineseLocale() {
		assertEquals(CliCommand.USAGE, run(Locale.SIMPLIFIED_CHINESE, "frobnicate"));
		assertTrue(err().contains("未知命令“frobnicate”"), err());
	}
}
