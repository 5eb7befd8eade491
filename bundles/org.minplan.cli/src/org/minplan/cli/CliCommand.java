package org.minplan.cli;

import java.util.List;

/**
 * One sub-command of the headless {@code minplan} tool, e.g. {@code validate} or {@code report}.
 */
public interface CliCommand {

	/** Exit code: the command did what was asked and found nothing wrong. */
	int OK = 0;
	/** Exit code: the command ran but the plan or input has problems (findings, rejected import). */
	int PROBLEMS = 1;
	/** Exit code: the command line itself is wrong (unknown command, missing argument). */
	int USAGE = 2;
	/** Exit code: a file could not be read or written. */
	int IO_ERROR = 3;

	/** @return the word typed after {@code minplan}, e.g. {@code validate} */
	String name();

	/** @return one line for {@code minplan help}, in the user's language */
	String summary(CliContext context);

	/** @return the usage line(s) shown by {@code minplan help <command>} */
	String usage(CliContext context);

	/**
	 * Runs the command.
	 *
	 * @param args    the arguments after the command name
	 * @param context where to print and which language to use
	 * @return one of the exit codes of this interface
	 */
	int run(List<String> args, CliContext context);
}
