package org.minplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minplan.tests.support.TestPlans.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minplan.cli.CliContext;
import org.minplan.cli.MinplanCommandLine;
import org.minplan.core.persistence.PlanStore;
import org.minplan.model.Plan;
import org.minplan.validation.RuleSettings;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code minplan validate}: what a reviewer or a submission pipeline sees. */
class ValidateCommandTest {

	@TempDir
	Path folder;

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

	private Path save(Plan plan, String name) throws IOException {
		Path file = folder.resolve(name);
		new PlanStore().save(plan, file);
		return file;
	}

	/** A plan with one error (two exploration blocks overlap) and one warning (a code of the wrong form). */
	private Path brokenPlan() throws IOException {
		Plan plan = validPlan();
		find(plan.getExplorationBlocks(), "654224K0002").setGeometry(square(500, 500, 1000));
		find(plan.getMiningBlocks(), "654224C0001").setCode("CK-654224-1");
		return save(plan, "broken.minplan");
	}

	@Test
	void aPlanWithoutErrorsExitsWithZero() throws IOException {
		Path file = save(validPlan(), "valid.minplan");
		assertEquals(0, run(Locale.ENGLISH, "validate", file.toString()), err());
		assertEquals("valid.minplan: 22 rules, 0 errors, 0 warnings, 0 infos\nNo findings.\n", out());
	}

	@Test
	void textGroupsFindingsBySeverityAndRuleWithCounts() throws IOException {
		Path file = brokenPlan();
		assertEquals(1, run(Locale.ENGLISH, "validate", file.toString()), err());
		String[] lines = out().split("\n");
		assertEquals("broken.minplan: 22 rules, 1 errors, 1 warnings, 0 infos", lines[0]);
		assertEquals("", lines[1]);
		assertEquals("Error (1)", lines[2]);
		assertEquals("  spatial.sameKindOverlap — Blocks of the same kind do not overlap (1)", lines[3]);
		assertEquals("    - 654224K0001 托里县金区块 and 654224K0002 托里县铜区块 overlap by 25 ha (both exploration blocks)",
				lines[4]);
		assertEquals("Warning (1)", lines[6]);
		assertEquals("  integrity.codeFormat — Block codes have the prescribed form (1)", lines[7]);
	}

	@Test
	void textIsChineseInAChineseLocale() throws IOException {
		assertEquals(1, run(Locale.SIMPLIFIED_CHINESE, "validate", brokenPlan().toString()));
		assertTrue(out().startsWith("broken.minplan：22 条规则，1 个错误，1 个警告，0 个提示"), out());
		assertTrue(out().contains("  spatial.sameKindOverlap —— 同类区块不得重叠（1）"), out());
		assertTrue(out().contains("重叠 25 公顷"), out());
	}

	@Test
	void jsonListsRulesAndFindingsWithElementsNumbersAndLocation() throws IOException {
		assertEquals(1, run(Locale.ENGLISH, "validate", brokenPlan().toString(), "--format", "json"));
		String json = out();
		assertTrue(json.startsWith("{\n  \"plan\": \""), json);
		assertTrue(json.contains("\"summary\": {\"rules\": 22, \"errors\": 1, \"warnings\": 1, \"infos\": 0}"), json);
		assertTrue(json.contains("{\"id\": \"spatial.sameKindOverlap\", \"category\": \"spatial\", \"severity\": \"error\", "
				+ "\"title\": \"Blocks of the same kind do not overlap\", \"checked\": 5, \"findings\": 1}"), json);
		assertTrue(json.contains("\"arguments\": [\"654224K0001 托里县金区块\", \"654224K0002 托里县铜区块\", \"25\", \"exploration blocks\"]"),
				json);
		assertTrue(json.contains("\"type\": \"ExplorationBlock\", \"label\": \"654224K0002 托里县铜区块\"}"), json);
		assertTrue(json.contains("\"location\": \"SRID=4537;POLYGON (("), json);
		assertTrue(json.contains("500500 5100500"), json);
		assertEquals(count(json, '{'), count(json, '}'));
		assertEquals(count(json, '['), count(json, ']'));
	}

	private static long count(String text, char c) {
		return text.chars().filter(x -> x == c).count();
	}

	@Test
	void junitHasOneSuitePerRuleAndErrorsAsFailures() throws Exception {
		assertEquals(1, run(Locale.ENGLISH, "validate", brokenPlan().toString(), "--format=junit"));
		Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(out.toByteArray()));
		Element root = xml.getDocumentElement();
		assertEquals("testsuites", root.getTagName());
		assertEquals("1", root.getAttribute("failures"));
		NodeList suites = root.getElementsByTagName("testsuite");
		assertEquals(22, suites.getLength());
		Element overlap = suite(suites, "spatial.sameKindOverlap");
		assertEquals("1", overlap.getAttribute("failures"));
		Element failure = (Element) overlap.getElementsByTagName("failure").item(0);
		assertEquals("654224K0001 托里县金区块 and 654224K0002 托里县铜区块 overlap by 25 ha (both exploration blocks)",
				failure.getAttribute("message"));
		assertEquals("654224K0001 托里县金区块 / 654224K0002 托里县铜区块",
				((Element) failure.getParentNode()).getAttribute("name"));
		Element format = suite(suites, "integrity.codeFormat");
		assertEquals("0", format.getAttribute("failures"));
		assertTrue(format.getElementsByTagName("system-out").item(0).getTextContent().startsWith("Warning: CK-654224-1"));
		Element clean = suite(suites, "integrity.uniqueCodes");
		assertEquals("7 elements checked, no findings",
				((Element) clean.getElementsByTagName("testcase").item(0)).getAttribute("name"));
	}

	private static Element suite(NodeList suites, String name) {
		for (int i = 0; i < suites.getLength(); i++) {
			if (name.equals(((Element) suites.item(i)).getAttribute("name"))) {
				return (Element) suites.item(i);
			}
		}
		throw new AssertionError("no suite " + name);
	}

	@Test
	void rulesOptionRunsOnlyTheRulesNamed() throws IOException {
		assertEquals(0, run(Locale.ENGLISH, "validate", brokenPlan().toString(), "--rules",
				"integrity.codeFormat,integrity.uniqueCodes"));
		assertTrue(out().startsWith("broken.minplan: 2 rules, 0 errors, 1 warnings, 0 infos"), out());
	}

	@Test
	void theSettingsFileNextToThePlanIsHonoured() throws IOException {
		Path file = brokenPlan();
		RuleSettings settings = new RuleSettings();
		settings.setSeverity("spatial.sameKindOverlap", org.minplan.validation.Severity.WARNING);
		settings.save(RuleSettings.fileFor(file));
		assertEquals(0, run(Locale.ENGLISH, "validate", file.toString()), out());
		assertTrue(out().startsWith("broken.minplan: 22 rules, 0 errors, 2 warnings"), out());
	}

	@Test
	void anUnknownRuleOrFormatIsAUsageError() throws IOException {
		Path file = brokenPlan();
		assertEquals(2, run(Locale.ENGLISH, "validate", file.toString(), "--rules", "spatial.overlap"));
		assertTrue(err().startsWith("minplan validate: no rule spatial.overlap. The rules are: integrity."), err());
		err.reset();
		assertEquals(2, run(Locale.ENGLISH, "validate", file.toString(), "--format", "xml"));
		assertTrue(err().startsWith("minplan validate: unknown format \"xml\"; use text, json or junit."), err());
		err.reset();
		assertEquals(2, run(Locale.ENGLISH, "validate"));
		assertTrue(err().startsWith("minplan validate: no plan file given."), err());
	}

	@Test
	void aMissingPlanFileIsUnusableInputNamingTheFile() {
		Path missing = folder.resolve("nowhere.minplan");
		assertEquals(2, run(Locale.ENGLISH, "validate", missing.toString()));
		assertTrue(err().contains(missing.toAbsolutePath().toString()), err());
		assertEquals("", out());
	}

	@Test
	void aCorruptPlanFileIsUnusableInputNamingTheFileAndLine() throws IOException {
		Path corrupt = folder.resolve("corrupt.minplan");
		Files.writeString(corrupt, "<?xml version=\"1.0\"?>\n<minplan:Plan xmlns:minplan=\"http://minplan.org/model/plan/1.0\">\n<divisions name=\"x\"\n",
				StandardCharsets.UTF_8);
		assertEquals(2, run(Locale.ENGLISH, "validate", corrupt.toString()));
		String message = err();
		assertTrue(message.contains(corrupt.toAbsolutePath().toString()), message);
		Matcher line = Pattern.compile("line (\\d+)").matcher(message);
		assertTrue(line.find(), message);
		assertEquals("", out());
	}

	@Test
	void helpListsTheValidateCommand() {
		assertEquals(0, run(Locale.ENGLISH, "help"));
		assertTrue(out().lines().anyMatch(l -> l.matches("\\s+validate\\s+Checks a plan with the validation rules.*")), out());
		out.reset();
		assertEquals(0, run(Locale.ENGLISH, "help", "validate"));
		assertTrue(out().startsWith("minplan validate PLAN [--rules ID[,ID...]] [--format text|json|junit]"), out());
		assertTrue(out().contains("Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 the plan"), out());
	}
}
