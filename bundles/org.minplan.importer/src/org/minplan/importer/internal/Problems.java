package org.minplan.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.minplan.core.i18n.Texts;
import org.minplan.importer.CountySubmissionImporter;
import org.minplan.importer.read.ImportProblem;
import org.minplan.importer.read.ImportProblem.Kind;
import org.minplan.importer.read.ProblemSink;
import org.minplan.importer.read.SourceLocation;

/**
 * Puts import problems into words — place (file, sheet, row, column), what is wrong, the value found and
 * what was expected — in the user's language, and passes them to a sink. The texts are the
 * {@code messages*.properties} of {@code org.minplan.importer}.
 */
public final class Problems {

	private final ProblemSink sink;
	private final Locale locale;
	private final Texts texts;
	private int errors;

	public Problems(ProblemSink sink, Locale locale) {
		this.sink = sink;
		this.locale = locale;
		this.texts = Texts.of(CountySubmissionImporter.class, locale);
	}

	/** @return the language of the messages */
	public Locale locale() {
		return locale;
	}

	/** @return the importer's texts in the user's language */
	public Texts texts() {
		return texts;
	}

	/** @return how many errors were reported through this object */
	public int errors() {
		return errors;
	}

	/**
	 * Reports an error. The detail is the message key {@code problem.<key>}, what was expected
	 * {@code expected.<expectedKey>}; both get {@code arguments}.
	 */
	public void error(SourceLocation where, String found, String key, String expectedKey, Object... arguments) {
		report(Kind.ERROR, where, found, texts.get("problem." + key, arguments),
				texts.get("expected." + expectedKey, arguments));
	}

	/** Reports a warning; see {@link #error}. */
	public void warning(SourceLocation where, String found, String key, String expectedKey, Object... arguments) {
		report(Kind.WARNING, where, found, texts.get("problem." + key, arguments),
				texts.get("expected." + expectedKey, arguments));
	}

	/** Reports a problem whose detail and expectation are already in words. */
	public void report(Kind kind, SourceLocation where, String found, String detail, String expected) {
		String message = texts.get(found == null ? "format.noValue" : "format", where(where), detail,
				found == null ? "" : shorten(found), expected);
		if (kind == Kind.ERROR) {
			errors++;
		}
		sink.report(new ImportProblem(kind, where, found, expected, message));
	}

	/** @return e.g. {@code tuoli.xlsx, sheet 区块, row 5, column 拐点坐标} / {@code tuoli.xlsx 工作表“区块” 第5行 “拐点坐标”列} */
	public String where(SourceLocation where) {
		List<String> parts = new ArrayList<>();
		parts.add(where.file() == null || where.file().getFileName() == null ? "?" : where.file().getFileName().toString());
		if (where.part() != null) {
			parts.add(texts.get("where.part", where.part()));
		}
		if (where.row() > 0) {
			parts.add(texts.get("where.row", String.valueOf(where.row())));
		}
		if (where.field() != null) {
			parts.add(texts.get("where.field", where.field()));
		}
		return String.join(texts.get("where.separator"), parts);
	}

	/** Long values (a whole coordinate list) are cut in messages; the problem keeps the full value. */
	private static String shorten(String value) {
		String oneLine = value.replaceAll("\\s*\\R\\s*", " ");
		return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "…";
	}
}
