package org.minplan.cli.internal;

import java.util.List;

import org.minplan.cli.CliCommand;
import org.minplan.cli.CliContext;
import org.minplan.cli.MinplanCommandLine;
import org.minplan.core.i18n.Texts;

/** {@code minplan help [command]}: lists the commands, or shows one command's usage. */
public final class HelpCommand implements CliCommand {

	private final MinplanCommandLine commandLine;

	public HelpCommand(MinplanCommandLine commandLine) {
		this.commandLine = commandLine;
	}

	@Override
	public String name() {
		return "help";
	}

	@Override
	public String summary(CliContext context) {
		return context.texts().get("help.summary");
	}

	@Override
	public String usage(CliContext context) {
		return "minplan help [COMMAND]";
	}

	@Override
	public int run(List<String> args, CliContext context) {
		Texts texts = context.texts();
		if (!args.isEmpty()) {
			return commandLine.command(args.get(0)).map(c -> {
				context.out().println(c.usage(context));
				context.out().println();
				context.out().println(c.summary(context));
				return OK;
			}).orElseGet(() -> {
				context.err().println(texts.get("cli.unknownCommand", args.get(0)));
				return USAGE;
			});
		}
		context.out().println(texts.get("help.title"));
		context.out().println();
		context.out().println(texts.get("help.usage"));
		context.out().println();
		context.out().println(texts.get("help.commands"));
		int width = commandLine.commands().stream().mapToInt(c -> c.name().length()).max().orElse(8);
		for (CliCommand command : commandLine.commands()) {
			context.out().printf("  %-" + width + "s  %s%n", command.name(), command.summary(context));
		}
		context.out().println();
		context.out().println(texts.get("help.exitCodes"));
		return OK;
	}
}
