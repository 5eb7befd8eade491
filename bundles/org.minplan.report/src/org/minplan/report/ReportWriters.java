package org.minplan.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;

import org.minplan.core.persistence.AtomicFileWriter;
import org.minplan.report.internal.DocumentWriter;
import org.minplan.report.internal.HtmlReportWriter;
import org.minplan.report.internal.PdfReportWriter;
import org.minplan.report.internal.XlsxReportWriter;

/**
 * Writes a {@link ReportDocument} as XLSX, PDF or HTML; the one place the report wizard and {@code minplan
 * report} turn documents into files.
 * <ul>
 * <li>XLSX: a first sheet 说明 (title, subtitle, synthetic-data notice, headings, paragraphs, pictures and a
 * link to each table's sheet), then one sheet per table with caption, unit, frozen header rows and real
 * numeric cells. Synthetic values are shown in grey italics, explained in a note under the table.</li>
 * <li>PDF: embedded Chinese font (subset, Identity-H), A4 portrait, A3 landscape for wide tables, header rows
 * repeated on each page, 第 n 页 共 m 页.</li>
 * <li>HTML: one self-contained UTF-8 file (inline CSS and pictures), well-formed XHTML.</li>
 * </ul>
 */
public final class ReportWriters {

	private ReportWriters() {
	}

	/**
	 * Writes a document to a stream (not closed).
	 *
	 * @param locale language of the texts the writer adds (sheet names, page numbers, notices)
	 * @throws ReportException when the format cannot be produced here, e.g. no Chinese font for a PDF
	 */
	public static void write(ReportDocument document, ReportFormat format, Locale locale, OutputStream out)
			throws IOException, ReportException {
		writer(format).write(document, locale, out);
	}

	/**
	 * Writes a document to {@code folder/<baseName>.<extension>} atomically: the file holds either its previous
	 * content or the complete report, never a half-written one.
	 *
	 * @return the file written
	 */
	public static Path writeFile(ReportDocument document, ReportFormat format, Locale locale, Path folder,
			String baseName) throws IOException, ReportException {
		Path file = folder.resolve(baseName + "." + format.extension());
		DocumentWriter writer = writer(format);
		try {
			new AtomicFileWriter().write(file, out -> {
				try {
					writer.write(document, locale, out);
				} catch (ReportException e) {
					throw new Carrier(e);
				}
			});
		} catch (Carrier c) {
			throw c.report;
		}
		return file;
	}

	private static DocumentWriter writer(ReportFormat format) {
		return switch (format) {
		case XLSX -> new XlsxReportWriter();
		case PDF -> new PdfReportWriter();
		case HTML -> new HtmlReportWriter();
		};
	}

	/** Carries a ReportException through the atomic writer, which only passes IOExceptions. */
	private static final class Carrier extends IOException {
		private static final long serialVersionUID = 1L;
		final transient ReportException report;

		Carrier(ReportException report) {
			super(report.getMessage(), report);
			this.report = report;
		}
	}
}
