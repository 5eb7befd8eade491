package org.minplan.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.minplan.report.ReportRegistry;

/** The reports the workbench offers: those contributed, broken contributions skipped and named. */
class ReportRegistryTest {

	@Test
	void contributedReportsAreListedByIdAndBrokenOnesSkipped() {
		ReportRegistry registry = ReportRegistry.fromPlatform();
		List<String> ids = registry.ids().stream().filter(id -> id.startsWith("test.")).toList();
		assertEquals(List.of("test.county", "test.tables"), ids);
		assertTrue(registry.report("test.tables").orElseThrow() instanceof TablesReport);
	}

	@Test
	void eachBrokenContributionIsReportedWithItsBundleAndReason() {
		List<String> problems = ReportRegistry.fromPlatform().problems();
		assertEquals(3, problems.stream().filter(p -> p.contains("org.minplan.report.tests")).count(),
				String.join("\n", problems));
		assertTrue(problems.stream().anyMatch(p -> p.contains("test.missingClass") && p.contains("cannot be created")),
				String.join("\n", problems));
		assertTrue(problems.stream().anyMatch(p -> p.contains("test.notAReport") && p.contains("does not implement")),
				String.join("\n", problems));
		assertTrue(problems.stream().anyMatch(p -> p.contains("test.mismatch") && p.contains("test.other")),
				String.join("\n", problems));
	}

	@Test
	void twoReportsWithOneIdAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> ReportRegistry.of(new TablesReport(), new TablesReport()));
	}
}
