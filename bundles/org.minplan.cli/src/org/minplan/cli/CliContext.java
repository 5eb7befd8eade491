package org.minplan.cli;

import java.io.PrintStream;
import java.util.Locale;

import org.minplan.core.i18n.Texts;

/**
 * What a command needs from its surroundings: the output streams and the language of the messages.
 *
 * @param out    normal output (results, summaries)
 * @param err    problems and usage errors
 * @param locale language of the messages
 */
public record CliContext(PrintStream out, PrintStream err, Locale locale) {

	/** @return the texts of the command-line bundle in this context's language */
	public Texts texts() {
		return Texts.of(CliContext.class, locale);
	}
}
