package org.minplan.importer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.minplan.cli.CliCommand;
import org.minplan.cli.CliContext;
import org.minplan.core.geometry.Crs;
import org.minplan.core.i18n.Texts;
import org.minplan.core.persistence.PlanFileException;
import org.minplan.core.persistence.PlanStore;
import org.minplan.importer.County;
import org.minplan.importer.CountyRegistry;
import org.minplan.importer.CountySubmissionImporter;
import org.minplan.importer.ElementChange;
import org.minplan.importer.FieldChange;
import org.minplan.importer.ImportOptions;
import org.minplan.importer.ImportSession;
import org.minplan.importer.read.ImportProblem;
import org.minplan.model.Plan;
import org.minplan.validation.Finding;
import org.minplan.validation.RuleSettings;

/**
 * {@code minplan import PLAN FILE --county CODE [--dry-run] [--out NEW_PLAN] [--encoding E] [--crs EPSG]}:
 * imports a county's submission into a plan file and prints what it found and did — the counts of new,
 * changed and removed elements, each change, each problem and each validation finding on its own line.
 * <p>
 * Exit codes: 0 applied, or nothing to change; 1 rejected (the submission has errors; nothing written);
 * 2 wrong command line (also an unknown county); 3 a file cannot be read or written. The plan is saved
 * atomically to {@code --out}, else back to PLAN; {@code --dry-run} writes nothing.
 */
public final class ImportCommand implements CliCommand {

	private final Supplier<CountySubmissionImporter> importer;
	private final Supplier<CountyRegistry> counties;

	/** The command with the readers, rules and counties of the running platform. */
	public ImportCommand() {
		this(CountySubmissionImporter::fromPlatform, CountyRegistry::fromPlatform);
	}

	/** The command with given registries (tests). */
	public ImportCommand(Supplier<CountySubmissionImporter> importer, Supplier<CountyRegistry> counties) {
		this.importer = importer;
		this.counties = counties;
	}

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String summary(CliContext context) {
		return texts(context).get("cli.summary");
	}

	@Override
	public String usage(CliContext context) {
		return "minplan import PLAN FILE --county CODE [--dry-run] [--out NEW_PLAN] [--encoding E] [--crs EPSG]\n\n"
				+ texts(context).get("cli.details");
	}

	private static Texts texts(CliContext context) {
		return Texts.of(ImportCommand.class, context.locale());
	}

	@Override
	public int run(List<String> args, CliContext context) {
		Texts texts = texts(context);
		String planArg = null;
		String fileArg = null;
		String countyArg = null;
		String outArg = null;
		String encodingArg = null;
		String crsArg = null;
		boolean dryRun = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			String option = arg;
			String value = null;
			if (arg.startsWith("--") && arg.contains("=")) {
				option = arg.substring(0, arg.indexOf('='));
				value = arg.substring(arg.indexOf('=') + 1);
			}
			switch (option) {
			case "--dry-run" -> dryRun = true;
			case "--county", "--out", "--encoding", "--crs" -> {
				if (value == null) {
					if (i + 1 >= args.size()) {
						return usageError(context, texts.get("cli.missingValue", option));
					}
					value = args.get(++i);
				}
				switch (option) {
				case "--county" -> countyArg = value;
				case "--out" -> outArg = value;
				case "--encoding" -> encodingArg = value;
				default -> crsArg = value;
				}
			}
			default -> {
				if (arg.startsWith("-")) {
					return usageError(context, texts.get("cli.unknownOption", arg));
				} else if (planArg == null) {
					planArg = arg;
				} else if (fileArg == null) {
					fileArg = arg;
				} else {
					return usageError(context, texts.get("cli.extraArgument", arg));
				}
			}
			}
		}
		if (planArg == null || fileArg == null) {
			return usageError(context, texts.get("cli.missingFiles"));
		}
		if (countyArg == null) {
			return usageError(context, texts.get("cli.noCounty", known(counties.get(), context.locale())));
		}
		CountyRegistry registry = counties.get();
		County county = registry.county(countyArg).orElse(null);
		if (county == null) {
			return usageError(context, texts.get("cli.unknownCounty", countyArg, known(registry, context.locale())));
		}
		ImportOptions options = ImportOptions.defaults(context.locale());
		if (encodingArg != null) {
			try {
				options = options.withEncoding(Charset.forName(encodingArg));
			} catch (RuntimeException e) {
				return usageError(context, texts.get("cli.unknownEncoding", encodingArg));
			}
		}
		if (crsArg != null) {
			int epsg;
			try {
				epsg = Integer.parseInt(crsArg.replaceFirst("(?i)^EPSG:", "").trim());
			} catch (NumberFormatException e) {
				epsg = -1;
			}
			if (Crs.fromEpsg(epsg).isEmpty()) {
				return usageError(context, texts.get("cli.unknownCrs", crsArg));
			}
			options = options.withEpsg(epsg);
		}
		Path planFile = Path.of(planArg);
		Path submission = Path.of(fileArg);
		Path out = outArg != null ? Path.of(outArg) : planFile;
		PlanStore store = new PlanStore();
		Plan plan;
		try {
			plan = store.load(planFile);
			options = options.withSettings(RuleSettings.loadFor(planFile));
		} catch (PlanFileException e) {
			context.err().println(e.message(context.locale()));
			return IO_ERROR;
		} catch (IOException e) {
			context.err().println(texts.get("cli.settingsUnreadable", RuleSettings.fileFor(planFile), e.getMessage()));
			return IO_ERROR;
		}
		if (!Files.isReadable(submission) || Files.isDirectory(submission)) {
			context.err().println(texts.get("cli.submissionUnreadable", submission));
			return IO_ERROR;
		}
		ImportSession session = importer.get().prepare(plan, submission, county, options, null);
		print(session, context, texts);
		if (session.isRejected()) {
			context.out().println(texts.get("cli.rejected", session.problems(ImportProblem.Kind.ERROR).size()));
			return PROBLEMS;
		}
		if (session.preview().isEmpty()) {
			context.out().println(texts.get("cli.noChanges"));
		}
		if (dryRun) {
			context.out().println(texts.get("cli.dryRun"));
			return OK;
		}
		boolean changed = session.apply(new BasicCommandStack());
		if (!changed && !session.preview().isEmpty()) {
			context.err().println(texts.get("cli.applyFailed"));
			return PROBLEMS;
		}
		if (changed || !out.equals(planFile)) {
			try {
				store.save(plan, out);
			} catch (IOException e) {
				context.err().println(texts.get("cli.unwritable", out.toAbsolutePath(), String.valueOf(e.getMessage())));
				return IO_ERROR;
			}
			context.out().println(texts.get("cli.saved", out));
		}
		return OK;
	}

	private static void print(ImportSession session, CliContext context, Texts texts) {
		PrintStream out = context.out();
		Locale locale = context.locale();
		out.println(texts.get("cli.header", session.county().displayName(locale), session.county().code(),
				session.file().getFileName()));
		for (ImportProblem problem : session.problems()) {
			(problem.kind() == ImportProblem.Kind.ERROR ? context.err() : out)
					.println((problem.kind() == ImportProblem.Kind.ERROR ? texts.get("cli.error") : texts.get("cli.warning"))
							+ " " + problem.message());
		}
		if (session.isRejected()) {
			return;
		}
		var preview = session.preview();
		out.println(texts.get("cli.counts", preview.count(ElementChange.Kind.NEW), preview.count(ElementChange.Kind.CHANGED),
				preview.count(ElementChange.Kind.REMOVED)));
		for (ElementChange change : preview.changes()) {
			out.println("  " + change.kind().label(locale) + " " + change.typeLabel(locale) + " " + change.label());
			for (FieldChange field : change.fields()) {
				out.println("      " + field.label(locale) + ": " + field.oldText(locale) + " \u2192 " + field.newText(locale));
			}
		}
		for (Finding finding : session.findings()) {
			out.println(texts.get("cli.finding", finding.severity().label(locale), finding.ruleId(),
					finding.message(locale)));
		}
	}

	private static String known(CountyRegistry registry, Locale locale) {
		StringBuilder s = new StringBuilder();
		for (County county : registry.counties()) {
			s.append(s.length() == 0 ? "" : ", ").append(county.code()).append(' ').append(county.displayName(locale));
		}
		return s.toString();
	}

	private static int usageError(CliContext context, String message) {
		context.err().println(message);
		context.err().println(texts(context).get("cli.seeUsage"));
		return USAGE;
	}
}
