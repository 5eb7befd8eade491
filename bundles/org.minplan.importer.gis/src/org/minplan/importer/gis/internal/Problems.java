package org.minplan.importer.gis.internal;

import java.nio.file.Path;
import java.util.Locale;

import org.minplan.core.i18n.Texts;
import org.minplan.importer.read.ImportProblem;
import org.minplan.importer.read.ImportProblem.Kind;
import org.minplan.importer.read.ProblemSink;
import org.minplan.importer.read.SourceLocation;

/**
 * Writes the problems of one submission file in the user's language: every message starts with where the
 * problem is (file, layer, feature, field) and ends with the value found and what was expected, so a
 * message alone lets the user find and fix the cell.
 */
public final class Problems {

	private final ProblemSink sink;
	private final Texts texts;
	private int errors;

	public Problems(ProblemSink sink, Locale locale) {
		this.sink = sink;
		this.texts = Texts.of(Problems.class, locale == null ? Locale.ROOT : locale);
	}

	/** @return a text of this bundle's messages in the user's language */
	public String text(String key, Object... args) {
		return texts.get(key, args);
	}

	/** @return how many errors were reported so far */
	public int errorCount() {
		return errors;
	}

	/**
	 * Reports an error (the import will be rejected).
	 *
	 * @param found    the value as written in the file, or null when nothing was there
	 * @param expected what was expected, in the user's language (a text of {@link #text})
	 * @param detail   what is wrong, in the user's language, without place, found and expected
	 */
	public void error(SourceLocation where, String found, String expected, String detail) {
		errors++;
		report(Kind.ERROR, where, found, expected, detail);
	}

	/** Reports a warning (shown in the preview; the import may go on). Arguments as for {@link #error}. */
	public void warning(SourceLocation where, String found, String expected, String detail) {
		report(Kind.WARNING, where, found, expected, detail);
	}

	private void report(Kind kind, SourceLocation where, String found, String expected, String detail) {
		String place = place(where);
		String message;
		if (found != null && expected != null) {
			message = texts.get("problem.foundExpected", place, detail, found, expected);
		} else if (expected != null) {
			message = texts.get("problem.nothingExpected", place, detail, expected);
		} else {
			message = texts.get("problem", place, detail);
		}
		sink.report(new ImportProblem(kind, where, found, expected, message));
	}

	/** @return e.g. "tuoli.shp, feature 3, field 区块编号" */
	public String place(SourceLocation where) {
		StringBuilder text = new StringBuilder(fileName(where.file()));
		String separator = texts.get("where.separator");
		if (where.part() != null) {
			text.append(separator).append(texts.get("where.layer", where.part()));
		}
		if (where.row() > 0) {
			text.append(separator).append(texts.get("where.feature", Integer.toString(where.row())));
		}
		if (where.field() != null) {
			text.append(separator).append(texts.get("where.field", where.field()));
		}
		return text.toString();
	}

	/** @return the file's name, with the archive's name in front when it was read from a ZIP archive */
	static String fileName(Path file) {
		Path name = file.getFileName();
		if (name == null) {
			return file.toString();
		}
		Path parent = file.getParent();
		if (parent != null && parent.getFileName() != null
				&& parent.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
			return parent.getFileName() + "/" + name;
		}
		return name.toString();
	}
}
