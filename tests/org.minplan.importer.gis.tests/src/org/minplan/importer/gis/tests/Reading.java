package org.minplan.importer.gis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.minplan.importer.read.ImportProblem;
import org.minplan.importer.read.ReadOptions;
import org.minplan.importer.read.SourceTable;
import org.minplan.importer.read.SubmissionReader;

/** One run of a reader on a file: the tables it returned and every problem it reported. */
final class Reading {

	/** The fixtures folder of this bundle (tests run in the bundle folder). */
	static final Path FIXTURES = Path.of("fixtures");

	final List<SourceTable> tables;
	final List<ImportProblem> problems = new ArrayList<>();

	private Reading(SubmissionReader reader, Path file, ReadOptions options) {
		tables = reader.read(file, options, problems::add, new NullProgressMonitor());
	}

	/** Reads a fixture with default options and English messages. */
	static Reading fixture(SubmissionReader reader, String path) {
		return of(reader, FIXTURES.resolve(path), ReadOptions.defaults(Locale.ENGLISH));
	}

	static Reading of(SubmissionReader reader, Path file, ReadOptions options) {
		return new Reading(reader, file, options);
	}

	List<ImportProblem> errors() {
		return problems.stream().filter(p -> p.kind() == ImportProblem.Kind.ERROR).toList();
	}

	List<ImportProblem> warnings() {
		return problems.stream().filter(p -> p.kind() == ImportProblem.Kind.WARNING).toList();
	}

	/** @return the only table, failing when there is not exactly one */
	SourceTable table() {
		assertEquals(1, tables.size(), () -> "tables; problems: " + problems);
		return tables.get(0);
	}

	/** @return the only error, failing when there is not exactly one */
	ImportProblem onlyError() {
		assertEquals(1, errors().size(), () -> "errors: " + problems);
		return errors().get(0);
	}

	/** Fails unless no problem at all was reported. */
	void assertClean() {
		assertTrue(problems.isEmpty(), () -> "expected no problems, got " + problems);
	}

	/** Fails unless the message contains every one of the texts. */
	static void assertMentions(ImportProblem problem, String... texts) {
		for (String text : texts) {
			assertTrue(problem.message().contains(text), () -> "'" + text + "' missing in: " + problem.message());
		}
	}
}
