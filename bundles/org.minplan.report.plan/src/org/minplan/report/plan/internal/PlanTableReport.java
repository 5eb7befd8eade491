package org.minplan.report.plan.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.minplan.core.i18n.Texts;
import org.minplan.model.Plan;
import org.minplan.report.Report;
import org.minplan.report.ReportDocument;
import org.minplan.report.ReportDocument.Paragraph;
import org.minplan.report.ReportDocument.ParagraphStyle;
import org.minplan.report.ReportException;
import org.minplan.report.ReportInput;
import org.minplan.report.ReportParameter;

/**
 * One of the plan's tables (专栏) as a report: the table regenerated from the model, on its own. Subclasses
 * build the table; this class makes the document around it (title, plan, synthetic-data notice).
 */
public abstract class PlanTableReport implements Report {

	private final String id;
	private final String number;

	/**
	 * @param id     permanent report id, e.g. {@code plan.zl17}
	 * @param number the table's number as the plan prints it, e.g. 专栏17 (also the XLSX sheet name)
	 */
	protected PlanTableReport(String id, String number) {
		this.id = id;
		this.number = number;
	}

	@Override
	public String id() {
		return id;
	}

	/** @return the table's number, e.g. 专栏17; the sheet name of its table */
	public String number() {
		return number;
	}

	@Override
	public String title(Locale locale) {
		Texts texts = Texts.of(PlanTableReport.class, locale);
		return texts.get("title", texts.get("number", digits()), texts.get(id + ".title"));
	}

	/** @return the table's number without 专栏: 17 */
	private String digits() {
		return number.replaceAll("\\D", "");
	}

	@Override
	public List<ReportParameter> parameters() {
		return List.of();
	}

	@Override
	public ReportDocument generate(ReportInput input, IProgressMonitor monitor) throws ReportException {
		Plan plan = PlanTables.requirePlan(input);
		TableBuilder table = table(plan, input.locale());
		ReportDocument document = new ReportDocument(table.caption());
		PlanTables.subtitle(document, input);
		PlanTables.addTable(document, table, input.locale());
		return document;
	}

	/**
	 * Builds the table from the plan's elements.
	 *
	 * @param plan   the plan (not changed)
	 * @param locale language of headers, labels and notes; data stay as the plan holds them
	 * @return the table and whether it shows synthetic data
	 */
	public final TableBuilder table(Plan plan, Locale locale) {
		TableBuilder table = newTable(plan, locale, null);
		build(plan, table, Texts.of(PlanTableReport.class, locale));
		return table;
	}

	/**
	 * @param part what the table is restricted to (a county), added to the caption, or null
	 * @return an empty table with the caption of this report
	 */
	final TableBuilder newTable(Plan plan, Locale locale, String part) {
		Texts texts = Texts.of(PlanTableReport.class, locale);
		String region = plan.getRegion() == null ? "" : plan.getRegion();
		String caption = texts.get("title", texts.get("number", digits()), texts.get(id + ".caption", region));
		return new TableBuilder(number, part == null ? caption : texts.get("caption.part", caption, part), texts);
	}

	/** Fills the table: header rows, body rows, totals, notes. */
	protected abstract void build(Plan plan, TableBuilder table, Texts texts);

	/** @return a paragraph in the warning style */
	static Paragraph warning(String text) {
		return new Paragraph(text, ParagraphStyle.WARNING);
	}
}
