package org.minplan.core.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.minplan.core.i18n.Texts;

/**
 * A .minplan file that cannot be read: corrupt, not a plan, or written by a newer version. The message
 * names the file, the line and column where known, and what was expected.
 */
public class PlanFileException extends IOException {

	private static final long serialVersionUID = 1L;

	/** What went wrong, so callers can react (e.g. suggest upgrading for {@link #NEWER_FORMAT}). */
	public enum Reason {
		/** The file is not well-formed XML, or an element or value is not what the format allows. */
		CORRUPT,
		/** The file was written by a newer version of the workbench. */
		NEWER_FORMAT,
		/** The file is a valid XML/XMI file but does not hold a plan. */
		NOT_A_PLAN,
		/** The file cannot be read at all (missing, no permission). */
		UNREADABLE
	}

	private final transient Path file;
	private final Reason reason;
	private final int line;
	private final int column;
	private final String key;
	private final transient Object[] args;

	PlanFileException(Path file, Reason reason, int line, int column, String key, Object[] args, Throwable cause) {
		super(Texts.of(PlanFileException.class, Locale.ENGLISH).get(key, args), cause);
		this.file = file;
		this.reason = reason;
		this.line = line;
		this.column = column;
		this.key = key;
		this.args = args;
	}

	/** @return the file that could not be read */
	public Path file() {
		return file;
	}

	/** @return why */
	public Reason reason() {
		return reason;
	}

	/** @return the line of the problem, when known */
	public Optional<Integer> line() {
		return line > 0 ? Optional.of(line) : Optional.empty();
	}

	/** @return the column of the problem, when known */
	public Optional<Integer> column() {
		return column > 0 ? Optional.of(column) : Optional.empty();
	}

	/** @return the message in the given language */
	public String message(Locale locale) {
		return Texts.of(PlanFileException.class, locale).get(key, args);
	}
}
