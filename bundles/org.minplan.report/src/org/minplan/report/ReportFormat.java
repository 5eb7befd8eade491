package org.minplan.report;

/** The formats a {@link ReportDocument} is written in. */
public enum ReportFormat {
	/** Excel workbook: one sheet per table, real numeric cells, units in headers, frozen header rows. */
	XLSX("xlsx"),
	/** PDF with an embedded CJK font, A4 (A3 landscape for wide tables), page numbers. */
	PDF("pdf"),
	/** One self-contained HTML file (images inline as data: URIs or inline SVG). */
	HTML("html");

	private final String extension;

	ReportFormat(String extension) {
		this.extension = extension;
	}

	/** @return the file name ending and the word used on the command line: xlsx, pdf, html */
	public String extension() {
		return extension;
	}
}
