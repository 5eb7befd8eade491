package org.minplan.importer.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.minplan.core.persistence.PlanStore;
import org.minplan.importer.County;
import org.minplan.importer.CountyRegistry;
import org.minplan.importer.CountySubmissionImporter;
import org.minplan.importer.ImportOptions;
import org.minplan.importer.ImportSession;
import org.minplan.importer.read.ImportProblem;
import org.minplan.model.Plan;
import org.minplan.sample.SamplePlans;

/** What the import tests share: the sample plan, the platform's importer and counties, plan bytes. */
final class Imports {

	static final CountySubmissionImporter IMPORTER = CountySubmissionImporter.fromPlatform();
	static final CountyRegistry COUNTIES = CountyRegistry.fromPlatform();

	private Imports() {
	}

	static County tuoli() {
		return COUNTIES.county("654224").orElseThrow(() -> new AssertionError("托里县 not contributed"));
	}

	static Plan sample() throws IOException {
		return SamplePlans.loadTacheng(new PlanStore());
	}

	/** @return the plan as saved: what a user's file would hold */
	static byte[] saved(Plan plan, Path folder, String name) throws IOException {
		Path file = folder.resolve(name);
		new PlanStore().save(plan, file);
		return Files.readAllBytes(file);
	}

	static ImportSession prepare(Plan plan, Path file) {
		return IMPORTER.prepare(plan, file, tuoli(), ImportOptions.defaults(Locale.ENGLISH), null);
	}

	static ImportSession prepare(Plan plan, Path file, ImportOptions options) {
		return IMPORTER.prepare(plan, file, tuoli(), options, null);
	}

	/** @return every problem message, one a line, for assertion messages */
	static String messages(List<ImportProblem> problems) {
		return problems.stream().map(p -> p.kind() + " " + p.message()).collect(Collectors.joining("\n"));
	}
}
