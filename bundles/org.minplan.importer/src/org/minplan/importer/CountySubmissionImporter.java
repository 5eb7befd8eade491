package org.minplan.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.minplan.core.geometry.CrsTransformer;
import org.minplan.core.i18n.Texts;
import org.minplan.importer.internal.MappedSubmission;
import org.minplan.importer.internal.Problems;
import org.minplan.importer.internal.SubmissionDiff;
import org.minplan.importer.internal.SubmissionMapper;
import org.minplan.importer.internal.ValidationCopy;
import org.minplan.importer.read.ImportProblem;
import org.minplan.importer.read.SourceLocation;
import org.minplan.importer.read.SourceTable;
import org.minplan.importer.read.SubmissionReader;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Plan;
import org.minplan.validation.Finding;
import org.minplan.validation.Rule;
import org.minplan.validation.RuleRegistry;

/**
 * Imports what a county submits (县级报送数据) into the open plan: the facade the import wizard and
 * {@code minplan import} use.
 * <ol>
 * <li>{@link #prepare}: read the file with the reader its type and the county's profile select, map rows
 * to blocks and mines, compare them with the county's elements in the plan, and validate the plan as it
 * would be (the county's own rules {@code county.<id>.*} and the built-in rules, on the imported
 * elements). Nothing in the plan changes.</li>
 * <li>Show {@link ImportSession#problems()}, {@link ImportSession#preview()} and
 * {@link ImportSession#findings()}.</li>
 * <li>{@link ImportSession#apply} on the plan's command stack — one undoable command — or drop the
 * session.</li>
 * </ol>
 * Thread-safe: one importer serves the application; prepare off the UI thread (it reports progress and
 * honours cancel), apply on the thread that owns the plan.
 */
public final class CountySubmissionImporter {

	private final ReaderRegistry readers;
	private final RuleRegistry rules;
	private final CrsTransformer transformer = new CrsTransformer();

	/** An importer with these readers and rules. */
	public CountySubmissionImporter(ReaderRegistry readers, RuleRegistry rules) {
		this.readers = readers;
		this.rules = rules;
	}

	/** @return an importer with the readers and rules contributed to the running platform */
	public static CountySubmissionImporter fromPlatform() {
		return new CountySubmissionImporter(ReaderRegistry.fromPlatform(), RuleRegistry.fromPlatform());
	}

	/** @return the readers this importer chooses from */
	public ReaderRegistry readers() {
		return readers;
	}

	/**
	 * Reads, maps, compares and validates a submission; changes nothing.
	 *
	 * @param plan    the open plan
	 * @param file    the submission file
	 * @param county  the county submitting
	 * @param options encoding/CRS overrides, language, rule settings, limits
	 * @param monitor progress and cancel (may be null); cancelling throws
	 *                {@link org.eclipse.core.runtime.OperationCanceledException}
	 * @return the session: problems, preview, findings, and the command to apply
	 */
	public ImportSession prepare(Plan plan, Path file, County county, ImportOptions options, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		List<ImportProblem> problems = new ArrayList<>();
		Problems sink = new Problems(problems::add, options.locale());
		Texts texts = sink.texts();
		String label = texts.get("command.label", county.displayName(options.locale()), file.getFileName());
		SourceLocation whole = SourceLocation.ofFile(file);
		Optional<AdministrativeDivision> division = county.division(plan);
		if (division.isEmpty()) {
			sink.error(whole, county.code(), "countyNotInPlan", "countyOfPlan", county.name());
			return rejected(plan, file, county, problems, label);
		}
		if (!Files.isRegularFile(file)) {
			sink.error(whole, null, "unreadable", "readableFile", texts.get("problem.noSuchFile"));
			return rejected(plan, file, county, problems, label);
		}
		Optional<SubmissionReader> reader = readers.readerFor(file, county.profile().readerIds());
		if (reader.isEmpty()) {
			Optional<SubmissionReader> any = readers.readerFor(file, java.util.Set.of());
			if (any.isPresent()) {
				sink.error(whole, any.get().id(), "readerNotAccepted", "acceptedReaders", county.name(),
						String.join(", ", county.profile().readerIds()));
			} else {
				sink.error(whole, fileType(file), "unknownFileType", "fileTypes", String.join(", ", fileTypes()));
			}
			return rejected(plan, file, county, problems, label);
		}
		progress.subTask(texts.get("progress.read", file.getFileName()));
		List<SourceTable> tables = reader.get().read(file, options.readOptions(county.profile()), problems::add,
				progress.split(40));
		progress.subTask(texts.get("progress.map"));
		MappedSubmission mapped = new SubmissionMapper(file, plan, county, division.get(), options.epsg(), sink, transformer)
				.map(tables);
		progress.worked(20);
		List<ElementChange> changes = new SubmissionDiff(plan, division.get(), sink).diff(mapped);
		progress.worked(5);
		ImportPreview preview = new ImportPreview(county, changes);
		List<Finding> findings = List.of();
		boolean rejected = problems.stream().anyMatch(p -> p.kind() == ImportProblem.Kind.ERROR);
		if (!rejected && !changes.isEmpty()) {
			progress.subTask(texts.get("progress.validate"));
			findings = ValidationCopy.findings(plan, changes, rulesFor(county), options.settings(), progress.split(35));
		}
		return new ImportSession(plan, file, county, problems, preview, findings, label);
	}

	private static ImportSession rejected(Plan plan, Path file, County county, List<ImportProblem> problems,
			String label) {
		return new ImportSession(plan, file, county, problems, new ImportPreview(county, List.of()), List.of(), label);
	}

	/** @return the built-in rules and the county's own ones (not other counties') */
	private List<Rule> rulesFor(County county) {
		return rules.rules().stream()
				.filter(r -> !r.id().startsWith("county.") || r.id().startsWith(county.rulePrefix())).toList();
	}

	private List<String> fileTypes() {
		List<String> types = new ArrayList<>();
		readers.readers().forEach(r -> types.addAll(r.extensions().stream().sorted().toList()));
		return types;
	}

	private static String fileType(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? name : name.substring(dot + 1);
	}
}
