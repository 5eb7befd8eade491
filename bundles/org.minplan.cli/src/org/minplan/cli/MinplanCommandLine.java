package org.minplan.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minplan.cli.internal.HelpCommand;
import org.minplan.cli.internal.SampleCommand;
import org.minplan.cli.internal.ValidateCommand;
import org.minplan.cli.internal.VersionCommand;

/**
 * Parses {@code minplan <command> [args]} and dispatches to the matching {@link CliCommand}.
 * <p>
 * {@code --version}/{@code -V} and {@code --help}/{@code -h} are accepted as aliases of the
 * {@code version} and {@code help} commands; no argument at all prints the help.
 */
public final class MinplanCommandLine {

	private final Map<String, CliCommand> commands = new LinkedHashMap<>();

	/** A command line with the built-in commands. */
	public MinplanCommandLine() {
		add(new HelpCommand(this));
		add(new VersionCommand());
		add(new SampleCommand());
		add(new ValidateCommand());
	}

	/** Adds (or replaces) a command. */
	public void add(CliCommand command) {
		commands.put(command.name(), command);
	}

	/** @return the commands in the order they were added */
	public List<CliCommand> commands() {
		return Collections.unmodifiableList(new ArrayList<>(commands.values()));
	}

	/** @return the command of that name, if any */
	public Optional<CliCommand> command(String name) {
		return Optional.ofNullable(commands.get(name));
	}

	/**
	 * @param args    the words after {@code minplan}
	 * @param context output streams and language
	 * @return the process exit code
	 */
	public int run(String[] args, CliContext context) {
		List<String> words = new ArrayList<>(Arrays.asList(args));
		String name = words.isEmpty() ? "help" : words.remove(0);
		name = switch (name) {
		case "--version", "-V", "-version" -> "version";
		case "--help", "-h", "-?", "-help" -> "help";
		default -> name;
		};
		CliCommand command = commands.get(name);
		if (command == null) {
			context.err().println(context.texts().get("cli.unknownCommand", name));
			context.err().println(context.texts().get("cli.seeHelp"));
			return CliCommand.USAGE;
		}
		return command.run(words, context);
	}
}
