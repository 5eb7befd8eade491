package org.minplan.report.review.internal;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.minplan.core.i18n.Texts;
import org.minplan.core.persistence.PlanFileException;
import org.minplan.core.persistence.PlanStore;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Plan;
import org.minplan.model.edit.PlanLabels;
import org.minplan.model.spatial.Shape;
import org.minplan.report.Report;
import org.minplan.report.ReportDocument;
import org.minplan.report.ReportDocument.Cell;
import org.minplan.report.ReportDocument.Heading;
import org.minplan.report.ReportDocument.Paragraph;
import org.minplan.report.ReportDocument.ParagraphStyle;
import org.minplan.report.ReportDocument.Table;
import org.minplan.report.ReportException;
import org.minplan.report.ReportInput;
import org.minplan.report.ReportParameter;

/**
 * {@code plan.changes} (规划变更对照): what changed from another plan file ("before", parameter {@code other}) to the
 * plan reported on ("after") — elements added, removed and changed field by field (old → new), grouped by element
 * type, with the counts on top. Elements are matched by id, else by code ({@link PlanDiff}).
 */
public final class PlanChangesReport implements Report {

	/** The report's id. */
	public static final String ID = "plan.changes";
	/** The parameter naming the other ("before") plan file. */
	public static final String OTHER = "other";
	/** Longest value shown in a cell; longer texts are cut with an ellipsis. */
	private static final int MAX_VALUE = 80;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String title(Locale locale) {
		return ReviewSupport.texts(locale).get("changes.title");
	}

	@Override
	public List<ReportParameter> parameters() {
		return List.of(new ReportParameter(OTHER, l -> ReviewSupport.texts(l).get("changes.parameter"),
				ReportParameter.Kind.FILE, true, null, null));
	}

	@Override
	public ReportDocument generate(ReportInput input, IProgressMonitor monitor) throws ReportException {
		Locale locale = input.locale();
		Texts texts = ReviewSupport.texts(locale);
		String other = input.parameter(OTHER);
		if (other == null || other.isBlank()) {
			throw new ReportException(texts.get("changes.noOther", OTHER));
		}
		Path otherFile = Path.of(other.trim());
		if (!Files.isRegularFile(otherFile)) {
			throw new ReportException(texts.get("changes.otherMissing", OTHER, otherFile.toAbsolutePath()));
		}
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		Plan before;
		try {
			before = new PlanStore().load(otherFile);
		} catch (PlanFileException e) {
			throw new ReportException(texts.get("changes.otherUnreadable", OTHER, e.message(locale)), e);
		}
		progress.worked(1);
		PlanDiff diff = PlanDiff.between(before, input.plan());
		ModelNames names = new ModelNames(locale);
		progress.worked(1);

		ReportDocument doc = ReviewSupport.document(input, title(locale));
		doc.subtitle().add(texts.get("changes.compared", otherFile.toAbsolutePath(),
				ReviewSupport.fileName(input.planFile(), input.plan())));
		int added = 0, removed = 0, changed = 0;
		List<List<Cell>> counts = new ArrayList<>();
		for (PlanDiff.Section s : diff.sections()) {
			if (s.isEmpty()) {
				continue;
			}
			counts.add(List.of(ReviewSupport.cell(names.type(s.type())), ReviewSupport.count(s.added().size(), false),
					ReviewSupport.count(s.removed().size(), false), ReviewSupport.count(s.changed().size(), false)));
			added += s.added().size();
			removed += s.removed().size();
			changed += s.changed().size();
		}
		doc.add(new Heading(1, texts.get("changes.summary")));
		doc.add(new Paragraph(texts.get("changes.summaryText", added, removed, changed, diff.planFields().size()),
				ParagraphStyle.NORMAL));
		if (added + removed + changed == 0 && diff.planFields().isEmpty()) {
			doc.add(new Paragraph(texts.get("changes.none"), ParagraphStyle.NORMAL));
			return doc;
		}
		counts.add(List.of(ReviewSupport.cell(texts.get("total")).bold(), ReviewSupport.count(added, false).bold(),
				ReviewSupport.count(removed, false).bold(), ReviewSupport.count(changed, false).bold()));
		doc.add(new Table(texts.get("sheet.changeCounts"), texts.get("changes.countsCaption"), null,
				List.of(ReviewSupport.header(texts.get("col.type"), texts.get("col.added"), texts.get("col.removed"),
						texts.get("col.changed"))),
				counts, List.of(texts.get("changes.matchNote")), false));

		if (!diff.planFields().isEmpty()) {
			doc.add(new Heading(2, texts.get("changes.planFields")));
			List<List<Cell>> rows = new ArrayList<>();
			for (PlanDiff.FieldChange f : diff.planFields()) {
				rows.add(List.of(ReviewSupport.cell(names.feature(f.feature())), ReviewSupport.cell(value(f.before(), texts, names)),
						ReviewSupport.cell(value(f.after(), texts, names))));
			}
			doc.add(new Table(texts.get("sheet.planFields"), texts.get("changes.planFields"), null,
					List.of(ReviewSupport.header(texts.get("col.field"), texts.get("col.before"),
							texts.get("col.after"))),
					rows, List.of(), false));
		}
		int sheet = 0;
		for (PlanDiff.Section s : diff.sections()) {
			if (s.isEmpty()) {
				continue;
			}
			sheet++;
			section(doc, s, sheet, texts, names);
		}
		progress.worked(1);
		return doc;
	}

	private void section(ReportDocument doc, PlanDiff.Section s, int sheet, Texts texts, ModelNames names) {
		String type = names.type(s.type());
		doc.add(new Heading(2, texts.get("changes.sectionHeading", type, s.added().size(), s.removed().size(),
				s.changed().size())));
		List<List<Cell>> rows = new ArrayList<>();
		for (EObject e : s.added()) {
			rows.add(elementRow(doc, texts.get("change.added"), e, "", "", ""));
		}
		for (EObject e : s.removed()) {
			rows.add(elementRow(doc, texts.get("change.removed"), e, "", "", ""));
		}
		for (PlanDiff.Changed c : s.changed()) {
			for (PlanDiff.FieldChange f : c.fields()) {
				String before = value(f.before(), texts, names);
				String after = value(f.after(), texts, names);
				if (before.equals(after)) {
					// e.g. a vertex moved: the summaries agree, the coordinates do not
					after = texts.get("value.coordinatesChanged", after);
				}
				rows.add(elementRow(doc, texts.get("change.changed"), c.after(), names.feature(f.feature()),
						before, after));
			}
		}
		String name = sheet + " " + type;
		doc.add(new Table(name.length() > 31 ? name.substring(0, 31) : name, texts.get("changes.sectionCaption", type),
				null,
				List.of(ReviewSupport.header(texts.get("col.change"), texts.get("col.code"), texts.get("col.name"),
						texts.get("col.county"), texts.get("col.field"), texts.get("col.before"),
						texts.get("col.after"))),
				rows, List.of(), true));
	}

	private static List<Cell> elementRow(ReportDocument doc, String change, EObject e, String field, String before,
			String after) {
		boolean synthetic = ReviewSupport.synthetic(e);
		if (synthetic) {
			doc.setSynthetic(true);
		}
		String code = ReviewSupport.code(e);
		String name = ReviewSupport.name(e);
		if (code.isEmpty() && name.isEmpty()) {
			name = PlanLabels.text(e);
		}
		return List.of(ReviewSupport.cell(change), ReviewSupport.text(code, synthetic), ReviewSupport.text(name, synthetic),
				ReviewSupport.cell(ReviewSupport.countyOf(e).map(AdministrativeDivision::getName).orElse("")), ReviewSupport.cell(field),
				ReviewSupport.cell(before), ReviewSupport.cell(after));
	}

	/** @return a field's value as the report prints it */
	static String value(Object value, Texts texts, ModelNames names) {
		if (value == null) {
			return "—";
		}
		if (value instanceof List<?> list) {
			List<String> parts = new ArrayList<>();
			for (Object o : list) {
				parts.add(value(o, texts, names));
			}
			return cut(parts.isEmpty() ? "—" : String.join("、", parts));
		}
		if (value instanceof Shape shape) {
			return texts.get("value.shape", texts.get("value.shape." + shape.kind().name().toLowerCase(Locale.ROOT)),
					shape.vertexCount(), shape.srid());
		}
		if (value instanceof Boolean b) {
			return texts.get(b ? "value.true" : "value.false");
		}
		if (value instanceof BigDecimal d) {
			return d.toPlainString();
		}
		if (value instanceof Enumerator e) {
			return names.literal(e);
		}
		if (value instanceof EObject e) {
			return cut(PlanLabels.text(e));
		}
		return cut(value.toString());
	}

	private static String cut(String s) {
		return s.length() <= MAX_VALUE ? s : s.substring(0, MAX_VALUE - 1) + "…";
	}
}
