package org.minplan.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minplan.validation.RuleSettings;
import org.minplan.validation.Severity;

class RuleSettingsTest {

	@TempDir
	Path folder;

	@Test
	void settingsLiveNextToThePlanAndSurviveARoundTrip() throws IOException {
		Path plan = folder.resolve("tacheng.minplan");
		Path file = RuleSettings.fileFor(plan);
		assertEquals(folder.resolve("tacheng.validation.properties"), file);
		RuleSettings settings = new RuleSettings();
		settings.setEnabled("integrity.codeFormat", false);
		settings.setSeverity("spatial.miningOverExploration", Severity.ERROR);
		settings.setParameter("spatial.prohibitedArea", "markers", "生态保护红线,水源保护区");
		settings.save(file);
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.contains("integrity.codeFormat.enabled = false"), text);
		assertTrue(text.contains("spatial.prohibitedArea.param.markers = 生态保护红线,水源保护区"), text);

		RuleSettings read = RuleSettings.loadFor(plan);
		assertFalse(read.isEnabled("integrity.codeFormat"));
		assertTrue(read.isEnabled("integrity.uniqueCodes"));
		assertEquals(Optional.of(Severity.ERROR), read.severity("spatial.miningOverExploration"));
		assertEquals(Optional.of("生态保护红线,水源保护区"), read.parameter("spatial.prohibitedArea", "markers"));
	}

	@Test
	void aPlanWithoutSettingsFileRunsEveryRuleWithItsDefaults() throws IOException {
		RuleSettings settings = RuleSettings.loadFor(folder.resolve("other.minplan"));
		assertTrue(settings.isEnabled("anything"));
		assertEquals(Optional.empty(), settings.severity("anything"));
	}
}
