package org.minplan.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.minplan.core.i18n.Texts;
import org.minplan.report.ReportDocument;
import org.minplan.report.ReportException;

/** Turns a {@link ReportDocument} into one file format. */
public interface DocumentWriter {

	/**
	 * @param document what to write
	 * @param locale   language of the texts the writer adds (sheet 说明, page numbers, notices)
	 * @param out      where to write; not closed
	 * @throws ReportException when the format cannot be produced here (e.g. no Chinese font for PDF)
	 */
	void write(ReportDocument document, Locale locale, OutputStream out) throws IOException, ReportException;

	/** @return the texts the writers add, in that language */
	static Texts texts(Locale locale) {
		return Texts.of(DocumentWriter.class, locale);
	}
}
