package org.minplan.report.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.minplan.cli.CliCommand;
import org.minplan.cli.CliContext;
import org.minplan.core.i18n.Texts;
import org.minplan.core.persistence.PlanFileException;
import org.minplan.core.persistence.PlanStore;
import org.minplan.model.Plan;
import org.minplan.report.Report;
import org.minplan.report.ReportException;
import org.minplan.report.ReportFormat;
import org.minplan.report.ReportInput;
import org.minplan.report.ReportRegistry;
import org.minplan.report.ReportParameter;
import org.minplan.report.ReportRunner;
import org.minplan.report.internal.Log;

/**
 * {@code minplan report PLAN --report ID|all --format xlsx|pdf|html --out DIR [--param KEY=VALUE]... [--lang zh|en]}
 * writes a report of a plan file to {@code DIR/<report id>.<format>}; {@code minplan report --list} lists the
 * reports, one a line: id, then title. Exit codes: 0 every file written, 1 a report failed (the others are
 * still written), 2 wrong command line (an unknown report id lists the ids), 3 the plan cannot be read or the
 * folder cannot be written.
 */
public final class ReportCommand implements CliCommand {

	private final Supplier<ReportRegistry> registry;

	/** The command with the reports contributed to the running platform. */
	public ReportCommand() {
		this(ReportRegistry::fromPlatform);
	}

	/** The command with the reports of a registry (tests, tools outside OSGi). */
	public ReportCommand(Supplier<ReportRegistry> registry) {
		this.registry = registry;
	}

	@Override
	public String name() {
		return "report";
	}

	@Override
	public String summary(CliContext context) {
		return texts(context.locale()).get("cli.summary");
	}

	@Override
	public String usage(CliContext context) {
		return "minplan report PLAN --report ID|all --format xlsx|pdf|html --out DIR [--param KEY=VALUE]... [--lang zh|en]\n"
				+ "minplan report --list [--lang zh|en]\n\n" + texts(context.locale()).get("cli.details");
	}

	private static Texts texts(Locale locale) {
		return Texts.of(ReportCommand.class, locale);
	}

	@Override
	public int run(List<String> args, CliContext context) {
		Locale locale = context.locale();
		String planArgument = null;
		String reportId = null;
		String formatWord = null;
		String out = null;
		boolean list = false;
		Map<String, String> parameters = new LinkedHashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			String option = arg;
			String value = null;
			if (arg.startsWith("--") && arg.contains("=")) {
				option = arg.substring(0, arg.indexOf('='));
				value = arg.substring(arg.indexOf('=') + 1);
			}
			switch (option) {
			case "--list" -> list = true;
			case "--report", "--format", "--out", "--param", "--lang" -> {
				if (value == null) {
					if (i + 1 >= args.size()) {
						return usageError(context, locale, texts(locale).get("cli.missingValue", option));
					}
					value = args.get(++i);
				}
				switch (option) {
				case "--report" -> reportId = value.trim();
				case "--format" -> formatWord = value.trim();
				case "--out" -> out = value;
				case "--lang" -> {
					Locale chosen = ReportRunner.locale(value.trim());
					if (chosen == null) {
						return usageError(context, locale, texts(locale).get("cli.badLanguage", value));
					}
					locale = chosen;
				}
				default -> {
					int eq = value.indexOf('=');
					if (eq <= 0) {
						return usageError(context, locale, texts(locale).get("cli.badParam", value));
					}
					parameters.put(value.substring(0, eq).trim(), value.substring(eq + 1));
				}
				}
			}
			default -> {
				if (arg.startsWith("-")) {
					return usageError(context, locale, texts(locale).get("cli.unknownOption", arg));
				} else if (planArgument == null) {
					planArgument = arg;
				} else {
					return usageError(context, locale, texts(locale).get("cli.extraArgument", arg));
				}
			}
			}
		}
		Texts texts = texts(locale);
		ReportRegistry reports = registry.get();
		if (list) {
			for (Report report : reports.reports()) {
				context.out().println(report.id() + "\t" + report.title(locale));
			}
			context.out().flush();
			return OK;
		}
		if (planArgument == null) {
			return usageError(context, locale, texts.get("cli.noPlan"));
		}
		if (reportId == null) {
			return usageError(context, locale, texts.get("cli.noReport", String.join(", ", reports.ids())));
		}
		if (formatWord == null) {
			return usageError(context, locale, texts.get("cli.noFormat"));
		}
		if (out == null) {
			return usageError(context, locale, texts.get("cli.noOut"));
		}
		ReportFormat format = null;
		for (ReportFormat f : ReportFormat.values()) {
			if (f.extension().equalsIgnoreCase(formatWord)) {
				format = f;
			}
		}
		if (format == null) {
			return usageError(context, locale, texts.get("cli.unknownFormat", formatWord));
		}
		boolean all = reportId.equals("all");
		List<Report> chosen = new ArrayList<>();
		if (all) {
			chosen.addAll(reports.reports());
		} else {
			Report report = reports.report(reportId).orElse(null);
			if (report == null) {
				return usageError(context, locale, texts.get("cli.unknownReport", reportId,
						reports.ids().isEmpty() ? texts.get("cli.noReports") : String.join(", ", reports.ids())));
			}
			chosen.add(report);
			for (String key : parameters.keySet()) {
				if (report.parameters().stream().noneMatch(p -> p.id().equals(key))) {
					return usageError(context, locale, texts.get("cli.unknownParam", report.id(), key,
							report.parameters().isEmpty() ? texts.get("cli.noParams")
									: String.join(", ", report.parameters().stream().map(p -> p.id()).toList())));
				}
			}
		}
		Path planFile = Path.of(planArgument);
		Plan plan;
		try {
			plan = new PlanStore().load(planFile);
		} catch (PlanFileException e) {
			context.err().println(e.message(locale));
			return IO_ERROR;
		}
		Path folder = Path.of(out).toAbsolutePath();
		try {
			Files.createDirectories(folder);
		} catch (IOException | RuntimeException e) {
			context.err().println(texts.get("cli.folderUnwritable", folder, String.valueOf(e.getMessage())));
			return IO_ERROR;
		}
		if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
			context.err().println(texts.get("cli.folderUnwritable", folder, texts.get("cli.notWritable")));
			return IO_ERROR;
		}
		int failed = 0;
		for (Report report : chosen) {
			if (all && !report.formats().contains(format)) {
				context.out().println(texts.get("cli.skippedFormat", report.id(), format.extension()));
				continue;
			}
			if (all) {
				// with --report all, a report needing a value nobody gave (the other plan of a change report) is
				// left out, said so, and not counted as a failure
				List<String> missing = report.parameters().stream()
						.filter(p -> p.required() && p.defaultValue() == null && !parameters.containsKey(p.id()))
						.map(ReportParameter::id).toList();
				if (!missing.isEmpty()) {
					context.out().println(texts.get("cli.skippedParameter", report.id(), String.join(", ", missing)));
					continue;
				}
			}
			long start = System.nanoTime();
			try {
				ReportInput input = ReportRunner.input(report, plan, planFile.toAbsolutePath(), parameters, !all,
						locale);
				Path file = ReportRunner.run(report, input, format, folder, null);
				long ms = (System.nanoTime() - start) / 1_000_000;
				context.out().println(texts.get("cli.written", file, Files.size(file), ms));
			} catch (ReportException e) {
				failed++;
				context.err().println(texts.get("cli.reportFailed", report.id(), e.getMessage()));
			} catch (IOException e) {
				context.err().println(texts.get("cli.writeFailed", folder.resolve(ReportRunner.fileName(report.id())
						+ "." + format.extension()), String.valueOf(e.getMessage())));
				Log.error("minplan report " + report.id() + ": cannot write into " + folder, e);
				return IO_ERROR;
			} catch (RuntimeException e) {
				failed++;
				context.err().println(texts.get("cli.reportCrashed", report.id(), e.toString()));
				Log.error("Report " + report.id() + " failed on " + planFile.toAbsolutePath(), e);
			}
		}
		context.out().flush();
		return failed == 0 ? OK : PROBLEMS;
	}

	private static int usageError(CliContext context, Locale locale, String message) {
		context.err().println(message);
		context.err().println(texts(locale).get("cli.seeUsage"));
		return USAGE;
	}
}
