package org.minplan.report;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A report the workbench can produce from a plan, contributed through the extension point
 * {@code org.minplan.report.reports}. It builds a {@link ReportDocument}; writers turn the document
 * into each format, so a report never deals with XLSX, PDF or HTML itself.
 */
public interface Report {

	/** @return permanent id, e.g. {@code plan.zl05}, {@code review.findings} */
	String id();

	/** @return the title in the user's language (Chinese, English fallback), e.g. 专栏5 主要矿产资源储量表 */
	String title(Locale locale);

	/** @return the parameters the user can set (may be empty) */
	List<ReportParameter> parameters();

	/** @return the formats the report can be written in; usually all of {@link ReportFormat} */
	default Set<ReportFormat> formats() {
		return Set.of(ReportFormat.values());
	}

	/**
	 * Builds the report. Must not change the plan.
	 *
	 * @param input   the plan, its file, the parameter values, the language
	 * @param monitor progress and cancel
	 * @return the document to write
	 * @throws ReportException when a parameter is missing or wrong, naming it and what was expected
	 */
	ReportDocument generate(ReportInput input, IProgressMonitor monitor) throws ReportException;
}
