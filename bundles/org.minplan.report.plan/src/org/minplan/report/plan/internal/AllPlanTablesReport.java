package org.minplan.report.plan.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.minplan.core.i18n.Texts;
import org.minplan.model.Plan;
import org.minplan.report.Report;
import org.minplan.report.ReportDocument;
import org.minplan.report.ReportDocument.Heading;
import org.minplan.report.ReportException;
import org.minplan.report.ReportInput;
import org.minplan.report.ReportParameter;

/** All of the plan's tables in one document ({@code plan.tables}): one chapter, and in XLSX one sheet, each. */
public final class AllPlanTablesReport implements Report {

	/** The report's id. */
	public static final String ID = "plan.tables";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String title(Locale locale) {
		return Texts.of(PlanTables.class, locale).get("all.title");
	}

	@Override
	public List<ReportParameter> parameters() {
		return List.of();
	}

	@Override
	public ReportDocument generate(ReportInput input, IProgressMonitor monitor) throws ReportException {
		Plan plan = PlanTables.requirePlan(input);
		List<PlanTableReport> reports = PlanTables.all();
		SubMonitor progress = SubMonitor.convert(monitor, title(input.locale()), reports.size());
		String region = plan.getRegion() == null ? "" : plan.getRegion();
		ReportDocument document = new ReportDocument(Texts.of(PlanTables.class, input.locale()).get("all.caption", region));
		PlanTables.subtitle(document, input);
		for (PlanTableReport report : reports) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			TableBuilder table = report.table(plan, input.locale());
			document.add(new Heading(1, table.caption()));
			PlanTables.addTable(document, table, input.locale());
			progress.worked(1);
		}
		return document;
	}
}
