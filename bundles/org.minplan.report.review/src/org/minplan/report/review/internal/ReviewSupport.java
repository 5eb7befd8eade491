package org.minplan.report.review.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.minplan.core.MinplanVersion;
import org.minplan.core.i18n.Texts;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.AreaUnit;
import org.minplan.model.DivisionKind;
import org.minplan.model.Plan;
import org.minplan.model.PlanElement;
import org.minplan.model.SpatialElement;
import org.minplan.report.ReportDocument;
import org.minplan.report.ReportDocument.Cell;
import org.minplan.report.ReportInput;
import org.minplan.report.ReportParameter.Choice;

/** What the three review reports share: texts, the title lines, counties, cells. */
final class ReviewSupport {

	private ReviewSupport() {
	}

	/** @return the texts of the review reports in {@code locale} */
	static Texts texts(Locale locale) {
		return Texts.of(ReviewSupport.class, locale);
	}

	/** @return a document titled "plan name — report title" with the usual lines under the title */
	static ReportDocument document(ReportInput input, String reportTitle) {
		Texts texts = texts(input.locale());
		Plan plan = input.plan();
		String planName = plan.getName() == null || plan.getName().isBlank() ? texts.get("untitledPlan")
				: plan.getName();
		ReportDocument doc = new ReportDocument(texts.get("documentTitle", planName, reportTitle));
		if (input.planFile() != null) {
			doc.subtitle().add(texts.get("subtitle.file", input.planFile().toAbsolutePath()));
		}
		doc.subtitle().add(texts.get("subtitle.generated",
				LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
				MinplanVersion.full()));
		return doc;
	}

	/** @return the county-level units (县级行政区) of the plan, in plan order */
	static List<AdministrativeDivision> counties(Plan plan) {
		List<AdministrativeDivision> out = new ArrayList<>();
		for (AdministrativeDivision d : plan.getDivisions()) {
			if (d.getKind() == DivisionKind.COUNTY || d.getKind() == DivisionKind.COUNTY_LEVEL_CITY
					|| d.getKind() == DivisionKind.AUTONOMOUS_COUNTY) {
				out.add(d);
			}
		}
		return out;
	}

	/** @return the counties as choices of a parameter: value = code, label = "code name" */
	static List<Choice> countyChoices(ReportInput input) {
		List<Choice> out = new ArrayList<>();
		for (AdministrativeDivision d : counties(input.plan())) {
			if (d.getCode() != null) {
				out.add(new Choice(d.getCode(), d.getCode() + " " + d.getName()));
			}
		}
		return out;
	}

	/** @return the county an element lies in (the county itself for a county) */
	static Optional<AdministrativeDivision> countyOf(EObject element) {
		if (element instanceof AdministrativeDivision d && d.getKind() != DivisionKind.PREFECTURE) {
			return Optional.of(d);
		}
		if (element instanceof SpatialElement s) {
			return Optional.ofNullable(s.getCounty());
		}
		return Optional.empty();
	}

	/** @return the element's code, or "" */
	static String code(EObject element) {
		return element instanceof PlanElement p && p.getCode() != null ? p.getCode() : "";
	}

	/** @return the element's name, or "" */
	static String name(EObject element) {
		return element instanceof PlanElement p && p.getName() != null ? p.getName() : "";
	}

	/** @return whether the element is synthetic (示例生成) data */
	static boolean synthetic(EObject element) {
		return element instanceof PlanElement p && p.isSynthetic();
	}

	/** @return a text cell ("" for null) */
	static Cell cell(String text) {
		return Cell.text(text == null ? "" : text);
	}

	/** @return a text cell, marked synthetic when {@code synthetic} */
	static Cell text(String text, boolean synthetic) {
		Cell c = Cell.text(text == null ? "" : text);
		return synthetic ? c.markSynthetic() : c;
	}

	/** @return a count cell */
	static Cell count(long n, boolean synthetic) {
		Cell c = Cell.number(n, Long.toString(n), "0");
		return synthetic ? c.markSynthetic() : c;
	}

	/** @return an area cell in km² with two decimals */
	static Cell km2(double value, boolean synthetic) {
		Cell c = Cell.number(value, String.format(Locale.ROOT, "%.2f", value), "0.00");
		return synthetic ? c.markSynthetic() : c;
	}

	/** @return header cells */
	static List<Cell> header(String... texts) {
		List<Cell> row = new ArrayList<>();
		for (String t : texts) {
			row.add(Cell.text(t).bold());
		}
		return row;
	}

	/** @return the stated area (规划所列面积) in km², 0 when none is stated */
	static double statedKm2(SpatialElement e) {
		BigDecimal a = e.getStatedArea();
		if (a == null) {
			return 0;
		}
		AreaUnit unit = e.getStatedAreaUnit();
		double v = a.doubleValue();
		if (unit == AreaUnit.HECTARE) {
			return v / 100;
		}
		if (unit == AreaUnit.SQUARE_METRE) {
			return v / 1_000_000;
		}
		return v;
	}

	/** @return the plan file's name for a caption, or the plan's name */
	static String fileName(Path file, Plan plan) {
		return file == null ? String.valueOf(plan.getName()) : String.valueOf(file.getFileName());
	}
}
