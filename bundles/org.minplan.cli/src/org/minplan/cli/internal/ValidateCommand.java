package org.minplan.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.minplan.cli.CliCommand;
import org.minplan.cli.CliContext;
import org.minplan.core.i18n.Texts;
import org.minplan.core.persistence.PlanFileException;
import org.minplan.core.persistence.PlanStore;
import org.minplan.model.Plan;
import org.minplan.validation.Rule;
import org.minplan.validation.RuleRegistry;
import org.minplan.validation.RuleSettings;
import org.minplan.validation.ValidationEngine;
import org.minplan.validation.ValidationResult;

/**
 * {@code minplan validate PLAN [--rules ID,…] [--format text|json|junit]}: runs the validation rules over a
 * plan file and prints the findings. The plan's settings file ({@code <plan>.validation.properties}, see
 * {@link RuleSettings#fileFor}) is honoured; {@code --rules} runs only the rules named.
 * <p>
 * Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 unusable input — a plan file that is missing
 * or cannot be read, an unreadable settings file — or a wrong command line.
 */
public final class ValidateCommand implements CliCommand {

	/** Exit code for a plan or settings file that cannot be used (issue 6: "2 on unusable input"). */
	public static final int UNUSABLE_INPUT = 2;

	private final Supplier<RuleRegistry> registry;

	/** The command with the rules contributed to the running platform. */
	public ValidateCommand() {
		this(RuleRegistry::fromPlatform);
	}

	/** The command with the rules of a registry (tests, tools outside OSGi). */
	public ValidateCommand(Supplier<RuleRegistry> registry) {
		this.registry = registry;
	}

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String summary(CliContext context) {
		return context.texts().get("validate.summary");
	}

	@Override
	public String usage(CliContext context) {
		return "minplan validate PLAN [--rules ID[,ID...]] [--format text|json|junit]\n\n"
				+ context.texts().get("validate.details");
	}

	private enum Format {
		TEXT, JSON, JUNIT
	}

	@Override
	public int run(List<String> args, CliContext context) {
		Texts texts = context.texts();
		String planArgument = null;
		Format format = Format.TEXT;
		Set<String> only = new LinkedHashSet<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			String value = null;
			String option = arg;
			if (arg.startsWith("--") && arg.contains("=")) {
				option = arg.substring(0, arg.indexOf('='));
				value = arg.substring(arg.indexOf('=') + 1);
			}
			if (option.equals("--rules") || option.equals("--format")) {
				if (value == null) {
					if (i + 1 >= args.size()) {
						return usageError(context, texts.get("validate.missingValue", option));
					}
					value = args.get(++i);
				}
				if (option.equals("--rules")) {
					Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(only::add);
				} else {
					try {
						format = Format.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
					} catch (IllegalArgumentException e) {
						return usageError(context, texts.get("validate.unknownFormat", value));
					}
				}
			} else if (arg.startsWith("-")) {
				return usageError(context, texts.get("validate.unknownOption", arg));
			} else if (planArgument == null) {
				planArgument = arg;
			} else {
				return usageError(context, texts.get("validate.extraArgument", arg));
			}
		}
		if (planArgument == null) {
			return usageError(context, texts.get("validate.noPlan"));
		}
		RuleRegistry rules = registry.get();
		List<String> unknown = new ArrayList<>();
		for (String id : only) {
			if (rules.rule(id).isEmpty()) {
				unknown.add(id);
			}
		}
		if (!unknown.isEmpty()) {
			return usageError(context, texts.get("validate.unknownRules", String.join(", ", unknown),
					String.join(", ", rules.rules().stream().map(Rule::id).toList())));
		}
		Path file = Path.of(planArgument);
		Plan plan;
		try {
			plan = new PlanStore().load(file);
		} catch (PlanFileException e) {
			context.err().println(e.message(context.locale()));
			return UNUSABLE_INPUT;
		}
		RuleSettings settings;
		try {
			settings = RuleSettings.loadFor(file);
		} catch (IOException e) {
			context.err().println(texts.get("validate.settingsUnreadable", RuleSettings.fileFor(file).toAbsolutePath(),
					String.valueOf(e.getMessage())));
			return UNUSABLE_INPUT;
		}
		if (!only.isEmpty()) {
			for (Rule rule : rules.rules()) {
				settings.setEnabled(rule.id(), only.contains(rule.id()));
			}
		}
		ValidationResult result = new ValidationEngine(rules).validate(plan, settings, null);
		FindingsReport report = new FindingsReport(file, rules, result, context.locale());
		switch (format) {
		case TEXT -> report.text(context.out());
		case JSON -> report.json(context.out());
		case JUNIT -> report.junit(context.out());
		}
		context.out().flush();
		return result.hasErrors() ? PROBLEMS : OK;
	}

	private static int usageError(CliContext context, String message) {
		context.err().println(message);
		context.err().println(context.texts().get("validate.seeUsage"));
		return USAGE;
	}
}
