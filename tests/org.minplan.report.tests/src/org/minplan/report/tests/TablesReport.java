package org.minplan.report.tests;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.minplan.report.Report;
import org.minplan.report.ReportDocument;
import org.minplan.report.ReportInput;
import org.minplan.report.ReportParameter;

/** Test report {@code test.tables}: {@link SampleDocuments#tables(String)} for the plan. */
public class TablesReport implements Report {

	@Override
	public String id() {
		return "test.tables";
	}

	@Override
	public String title(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? "测试报表（表格与图）" : "Test report (tables and pictures)";
	}

	@Override
	public List<ReportParameter> parameters() {
		return List.of();
	}

	@Override
	public ReportDocument generate(ReportInput input, IProgressMonitor monitor) {
		return SampleDocuments.tables(input.plan().getName());
	}
}
