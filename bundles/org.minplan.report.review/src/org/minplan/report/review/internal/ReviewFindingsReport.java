package org.minplan.report.review.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.minplan.core.i18n.Texts;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.SpatialElement;
import org.minplan.render.MapExtent;
import org.minplan.render.MapRenderer;
import org.minplan.render.MapRequest;
import org.minplan.render.RenderedMap;
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
import org.minplan.validation.Finding;
import org.minplan.validation.Rule;
import org.minplan.validation.RuleCategory;
import org.minplan.validation.RuleRegistry;
import org.minplan.validation.Severity;
import org.minplan.validation.ValidationResult;

/**
 * {@code review.findings}, the reviewer's validation report (审查意见): runs every contributed rule as
 * {@code minplan validate} does; page one counts the findings by severity and by rule category; then the findings
 * grouped by severity and rule, each with its element (code, name, county) and message, and for the first
 * {@value #EXCERPTS_PER_RULE} findings of each rule that have a place on the map, a small map excerpt around the
 * element, highlighted in red.
 */
public final class ReviewFindingsReport implements Report {

	/** The report's id. */
	public static final String ID = "review.findings";
	/** Map excerpts per rule: enough to see the kind of problem, few enough to keep the report fast and short. */
	public static final int EXCERPTS_PER_RULE = 3;
	/** Ground distance kept around an element in its excerpt. */
	private static final double EXCERPT_MARGIN_METRES = 2500;

	private final Supplier<RuleRegistry> rules;

	/** The report with the rules contributed to the platform. */
	public ReviewFindingsReport() {
		this(RuleRegistry::fromPlatform);
	}

	/** The report with the rules of {@code rules} (tests). */
	public ReviewFindingsReport(Supplier<RuleRegistry> rules) {
		this.rules = rules;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String title(Locale locale) {
		return ReviewSupport.texts(locale).get("findings.title");
	}

	@Override
	public List<ReportParameter> parameters() {
		return List.of();
	}

	@Override
	public ReportDocument generate(ReportInput input, IProgressMonitor monitor) throws ReportException {
		Locale locale = input.locale();
		Texts texts = ReviewSupport.texts(locale);
		RuleRegistry registry = rules.get();
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		ValidationResult result = ReviewValidation.run(registry, input, progress.split(4));
		ReportDocument doc = ReviewSupport.document(input, title(locale));
		summary(doc, registry, result, locale, texts);

		MapRenderer renderer = new MapRenderer();
		SubMonitor detail = progress.split(6).setWorkRemaining(Math.max(1, result.findings().size()));
		int number = 0;
		for (Severity severity : Severity.values()) {
			List<Finding> ofSeverity = result.findings().stream().filter(f -> f.severity() == severity).toList();
			if (ofSeverity.isEmpty()) {
				continue;
			}
			doc.add(new Heading(1, texts.get("findings.severityHeading", severity.label(locale), ofSeverity.size())));
			for (String ruleId : result.rules()) {
				List<Finding> ofRule = ofSeverity.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
				if (ofRule.isEmpty()) {
					continue;
				}
				if (detail.isCanceled()) {
					throw new OperationCanceledException();
				}
				number = rule(doc, input, registry, ruleId, severity, ofRule, number, renderer, texts);
				detail.worked(ofRule.size());
			}
		}
		return doc;
	}

	private static void summary(ReportDocument doc, RuleRegistry registry, ValidationResult result, Locale locale,
			Texts texts) {
		doc.add(new Heading(1, texts.get("findings.summary")));
		doc.add(new Paragraph(texts.get("findings.summaryText", result.rules().size(), result.findings().size(),
				result.count(Severity.ERROR), result.count(Severity.WARNING), result.count(Severity.INFO)),
				ParagraphStyle.NORMAL));
		List<List<Cell>> bySeverity = new ArrayList<>();
		for (Severity s : Severity.values()) {
			bySeverity.add(List.of(ReviewSupport.cell(s.label(locale)), ReviewSupport.count(result.count(s), false)));
		}
		bySeverity.add(List.of(ReviewSupport.cell(texts.get("total")).bold(),
				ReviewSupport.count(result.findings().size(), false).bold()));
		doc.add(new Table(texts.get("sheet.bySeverity"), texts.get("findings.bySeverity"), null,
				List.of(ReviewSupport.header(texts.get("col.severity"), texts.get("col.findings"))), bySeverity,
				List.of(), false));

		Map<RuleCategory, long[]> byCategory = new EnumMap<>(RuleCategory.class);
		for (RuleCategory c : RuleCategory.values()) {
			byCategory.put(c, new long[Severity.values().length + 1]);
		}
		for (Finding f : result.findings()) {
			RuleCategory c = registry.rule(f.ruleId()).map(Rule::category).orElse(RuleCategory.INTEGRITY);
			byCategory.get(c)[f.severity().ordinal()]++;
			byCategory.get(c)[Severity.values().length]++;
		}
		List<List<Cell>> rows = new ArrayList<>();
		long[] totals = new long[Severity.values().length + 1];
		for (Map.Entry<RuleCategory, long[]> e : byCategory.entrySet()) {
			List<Cell> row = new ArrayList<>();
			row.add(ReviewSupport.cell(e.getKey().label(locale)));
			for (int i = 0; i < e.getValue().length; i++) {
				row.add(ReviewSupport.count(e.getValue()[i], false));
				totals[i] += e.getValue()[i];
			}
			rows.add(row);
		}
		List<Cell> total = new ArrayList<>();
		total.add(ReviewSupport.cell(texts.get("total")).bold());
		for (long t : totals) {
			total.add(ReviewSupport.count(t, false).bold());
		}
		rows.add(total);
		List<String> header = new ArrayList<>();
		header.add(texts.get("col.category"));
		for (Severity s : Severity.values()) {
			header.add(s.label(locale));
		}
		header.add(texts.get("total"));
		doc.add(new Table(texts.get("sheet.byCategory"), texts.get("findings.byCategory"), null,
				List.of(ReviewSupport.header(header.toArray(new String[0]))), rows, List.of(), false));
		doc.add(new Paragraph(texts.get("findings.excerptNote", EXCERPTS_PER_RULE), ParagraphStyle.NOTE));
		doc.add(new ReportDocument.PageBreak());
	}

	/** Adds one rule's findings and their excerpts; @return the last finding number used */
	private static int rule(ReportDocument doc, ReportInput input, RuleRegistry registry, String ruleId,
			Severity severity, List<Finding> findings, int number, MapRenderer renderer, Texts texts) {
		Locale locale = input.locale();
		String title = registry.rule(ruleId).map(r -> r.title(locale)).orElse(ruleId);
		doc.add(new Heading(2, texts.get("findings.ruleHeading", title, ruleId, findings.size())));
		registry.rule(ruleId).ifPresent(r -> doc.add(new Paragraph(r.description(locale), ParagraphStyle.NOTE)));
		List<List<Cell>> rows = new ArrayList<>();
		List<Finding> mapped = new ArrayList<>();
		int n = number;
		for (Finding f : findings) {
			n++;
			EObject element = f.element().orElse(null);
			boolean synthetic = element != null && ReviewSupport.synthetic(element);
			if (synthetic) {
				doc.setSynthetic(true);
			}
			String county = element == null ? ""
					: ReviewSupport.countyOf(element).map(AdministrativeDivision::getName).orElse("");
			String name = element == null ? String.join("; ", f.elementLabels()) : ReviewSupport.name(element);
			rows.add(List.of(ReviewSupport.count(n, false), ReviewSupport.text(
					element == null ? "" : ReviewSupport.code(element), synthetic), ReviewSupport.text(name, synthetic),
					ReviewSupport.cell(county), ReviewSupport.cell(f.message(locale))));
			if (mapped.size() < EXCERPTS_PER_RULE && placed(f)) {
				mapped.add(f);
			}
		}
		// XLSX sheet names: at most 31 characters and unique, hence the number of the rule's first finding
		String sheet = (number + 1) + " " + ruleId;
		doc.add(new Table(sheet.length() > 31 ? sheet.substring(0, 31) : sheet,
				texts.get("findings.tableCaption", title, severity.label(locale)), null,
				List.of(ReviewSupport.header(texts.get("col.number"), texts.get("col.code"), texts.get("col.name"),
						texts.get("col.county"), texts.get("col.message"))),
				rows, List.of(), true));
		for (Finding f : mapped) {
			List<EObject> spatial = f.elements().stream().filter(ReviewFindingsReport::hasGeometry).toList();
			EObject first = spatial.get(0);
			RenderedMap map = renderer.render(input.plan(), MapRequest.builder()
					.extent(MapExtent.around(spatial, EXCERPT_MARGIN_METRES)).millimetres(120, 80, 150)
					.highlight(spatial).legend(false).countyNames(true).labels(true).title(null).locale(locale)
					.build());
			if (map.synthetic()) {
				doc.setSynthetic(true);
			}
			String label = (ReviewSupport.code(first) + " " + ReviewSupport.name(first)).trim();
			String message = f.message(locale);
			// most messages already start with the element's code and name: do not say it twice
			String what = message.startsWith(ReviewSupport.code(first)) ? message
					: texts.get("findings.excerptWhat", label, message);
			doc.add(new ReportDocument.Image(map.png(), null, 120,
					texts.get("findings.excerptCaption", what, "1:"
							+ String.format(Locale.ROOT, "%,d", Math.round(map.scaleDenominator())).replace(',', ' '))));
		}
		if (mapped.size() < findings.stream().filter(ReviewFindingsReport::placed).count()) {
			doc.add(new Paragraph(texts.get("findings.moreExcerpts", mapped.size(),
					findings.stream().filter(ReviewFindingsReport::placed).count()), ParagraphStyle.NOTE));
		}
		return n;
	}

	/** @return whether a finding has an element that can be shown on the map */
	private static boolean placed(Finding f) {
		return f.elements().stream().anyMatch(ReviewFindingsReport::hasGeometry);
	}

	private static boolean hasGeometry(EObject e) {
		return e instanceof SpatialElement s && s.getGeometry() != null
				&& !(e instanceof AdministrativeDivision d && d.getParent() == null);
	}
}
