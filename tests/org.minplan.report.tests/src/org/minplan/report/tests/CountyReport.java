package org.minplan.report.tests;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.minplan.model.AdministrativeDivision;
import org.minplan.report.Report;
import org.minplan.report.ReportDocument;
import org.minplan.report.ReportDocument.Paragraph;
import org.minplan.report.ReportDocument.ParagraphStyle;
import org.minplan.report.ReportFormat;
import org.minplan.report.ReportInput;
import org.minplan.report.ReportParameter;
import org.minplan.report.ReportParameter.Choice;
import org.minplan.report.ReportParameter.Kind;

/** Test report {@code test.county}: needs a county code among the plan's counties; only HTML and PDF. */
public class CountyReport implements Report {

	@Override
	public String id() {
		return "test.county";
	}

	@Override
	public String title(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? "测试县级汇总" : "Test county summary";
	}

	@Override
	public List<ReportParameter> parameters() {
		return List.of(
				new ReportParameter("county", l -> "县（市）代码", Kind.CHOICE, true, null,
						input -> input.plan().getDivisions().stream()
								.map(d -> new Choice(d.getCode(), d.getName())).toList()),
				new ReportParameter("detail", l -> "明细", Kind.BOOLEAN, false, "false", null));
	}

	@Override
	public Set<ReportFormat> formats() {
		return Set.of(ReportFormat.HTML, ReportFormat.PDF);
	}

	@Override
	public ReportDocument generate(ReportInput input, IProgressMonitor monitor) {
		String code = input.parameter("county");
		String name = input.plan().getDivisions().stream().filter(d -> code.equals(d.getCode()))
				.map(AdministrativeDivision::getName).findFirst().orElse(code);
		ReportDocument document = new ReportDocument(name + " 汇总");
		document.add(new Paragraph("明细：" + input.parameter("detail"), ParagraphStyle.NORMAL));
		return document;
	}
}
