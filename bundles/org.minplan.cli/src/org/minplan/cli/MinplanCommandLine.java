package org.minplan.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

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

	/** The extension point other bundles contribute commands to. */
	public static final String EXTENSION_POINT = "org.minplan.cli.commands";

	private final Map<String, CliCommand> commands = new LinkedHashMap<>();

	/** A command line with the built-in commands. */
	public MinplanCommandLine() {
		add(new HelpCommand(this));
		add(new VersionCommand());
		add(new SampleCommand());
		add(new ValidateCommand());
	}

	/**
	 * @return a command line with the built-in commands and those contributed to the extension point
	 *         {@value #EXTENSION_POINT}; broken contributions are logged and skipped
	 */
	public static MinplanCommandLine withContributions() {
		MinplanCommandLine line = new MinplanCommandLine();
		IExtensionRegistry registry = Platform.getExtensionRegistry();
		if (registry == null) {
			return line;
		}
		Set<String> builtIn = Set.copyOf(line.commands.keySet());
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String name = element.getAttribute("name");
			String bundle = element.getContributor().getName();
			String problem;
			try {
				Object created = element.createExecutableExtension("class");
				if (!(created instanceof CliCommand command)) {
					problem = "class " + element.getAttribute("class") + " does not implement " + CliCommand.class.getName();
				} else if (!command.name().equals(name)) {
					problem = "plugin.xml names it '" + name + "' but the class says '" + command.name() + "'";
				} else if (builtIn.contains(name) || line.commands.containsKey(name)) {
					problem = "the command name is already taken";
				} else {
					line.add(command);
					continue;
				}
			} catch (CoreException | RuntimeException | LinkageError e) {
				problem = "class " + element.getAttribute("class") + " cannot be created: " + e.getMessage();
			}
			ILog.of(MinplanCommandLine.class).error("Broken minplan command contribution from bundle " + bundle
					+ " (command " + name + "): " + problem + ". The command is skipped.");
		}
		return line;
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
