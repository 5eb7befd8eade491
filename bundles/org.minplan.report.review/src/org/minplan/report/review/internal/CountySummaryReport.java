package org.minplan.report.review.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.minplan.core.i18n.Texts;
import org.minplan.model.AbandonedPit;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Block;
import org.minplan.model.ConcentratedMiningArea;
import org.minplan.model.EnvironmentalZone;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.Indicator;
import org.minplan.model.Mine;
import org.minplan.model.MineScale;
import org.minplan.model.Mineral;
import org.minplan.model.MiningBlock;
import org.minplan.model.Plan;
import org.minplan.model.PlanningZone;
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
import org.minplan.validation.RuleRegistry;
import org.minplan.validation.Severity;
import org.minplan.validation.ValidationResult;

/**
 * {@code county.summary} (县级汇总): per county-level unit its planning blocks by mineral (exploration, mining,
 * sand-gravel concentrated areas), its mines by scale, its zones and other areas, the indicators that concern it
 * (those of a mineral it explores or mines), its validation findings and a map of the county. Parameter
 * {@code county}: one county's code; without it, every county after an overview table.
 */
public final class CountySummaryReport implements Report {

	/** The report's id. */
	public static final String ID = "county.summary";
	/** The parameter naming the county. */
	public static final String COUNTY = "county";

	private final Supplier<RuleRegistry> rules;

	/** The report with the rules contributed to the platform. */
	public CountySummaryReport() {
		this(RuleRegistry::fromPlatform);
	}

	/** The report with the rules of {@code rules} (tests). */
	public CountySummaryReport(Supplier<RuleRegistry> rules) {
		this.rules = rules;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String title(Locale locale) {
		return ReviewSupport.texts(locale).get("county.title");
	}

	@Override
	public List<ReportParameter> parameters() {
		return List.of(new ReportParameter(COUNTY, l -> ReviewSupport.texts(l).get("county.parameter"),
				ReportParameter.Kind.CHOICE, false, null, ReviewSupport::countyChoices));
	}

	@Override
	public ReportDocument generate(ReportInput input, IProgressMonitor monitor) throws ReportException {
		Texts texts = ReviewSupport.texts(input.locale());
		Plan plan = input.plan();
		List<AdministrativeDivision> counties = ReviewSupport.counties(plan);
		String code = input.parameter(COUNTY);
		if (code != null && !code.isBlank()) {
			AdministrativeDivision chosen = counties.stream().filter(c -> code.trim().equals(c.getCode())).findFirst()
					.orElseThrow(() -> new ReportException(texts.get("county.unknown", code, String.join(", ",
							ReviewSupport.countyChoices(input).stream().map(ReportParameter.Choice::label).toList()))));
			counties = List.of(chosen);
		}
		SubMonitor progress = SubMonitor.convert(monitor, counties.size() + 2);
		RuleRegistry registry = rules.get();
		ValidationResult result = ReviewValidation.run(registry, input, progress.split(1));
		ReportDocument doc = ReviewSupport.document(input, title(input.locale()));
		MapRenderer renderer = new MapRenderer();
		if (counties.size() > 1) {
			overview(doc, plan, counties, result, texts);
		}
		for (AdministrativeDivision county : counties) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			county(doc, plan, county, result, registry, renderer, input.locale(), texts);
			progress.worked(1);
		}
		return doc;
	}

	/** The elements of one county, collected once. */
	private record CountyContent(List<ExplorationBlock> exploration, List<MiningBlock> mining,
			List<ConcentratedMiningArea> concentrated, List<Mine> mines, List<SpatialElement> areas,
			List<Finding> findings) {

		static CountyContent of(Plan plan, AdministrativeDivision county, ValidationResult result) {
			List<SpatialElement> areas = new ArrayList<>();
			areas.addAll(in(plan.getZones(), county));
			areas.addAll(in(plan.getEnvironmentalZones(), county));
			areas.addAll(in(plan.getAbandonedPits(), county));
			List<Finding> findings = new ArrayList<>();
			for (Finding f : result.findings()) {
				if (f.elements().stream().anyMatch(e -> ReviewSupport.countyOf(e).orElse(null) == county)) {
					findings.add(f);
				}
			}
			return new CountyContent(in(plan.getExplorationBlocks(), county), in(plan.getMiningBlocks(), county),
					in(plan.getConcentratedAreas(), county), in(plan.getMines(), county), areas, findings);
		}

		private static <T extends SpatialElement> List<T> in(List<T> elements, AdministrativeDivision county) {
			return elements.stream().filter(e -> e.getCounty() == county).toList();
		}

		long count(Severity severity) {
			return findings.stream().filter(f -> f.severity() == severity).count();
		}
	}

	private void overview(ReportDocument doc, Plan plan, List<AdministrativeDivision> counties,
			ValidationResult result, Texts texts) {
		doc.add(new Heading(1, texts.get("county.overview")));
		List<List<Cell>> rows = new ArrayList<>();
		long[] totals = new long[6];
		for (AdministrativeDivision county : counties) {
			CountyContent c = CountyContent.of(plan, county, result);
			long[] n = { c.exploration().size(), c.mining().size(), c.concentrated().size(), c.mines().size(),
					c.count(Severity.ERROR), c.count(Severity.WARNING) };
			List<Cell> row = new ArrayList<>();
			row.add(ReviewSupport.cell(county.getCode()));
			row.add(ReviewSupport.cell(county.getName()));
			boolean[] synthetic = { any(c.exploration()), any(c.mining()), any(c.concentrated()), any(c.mines()),
					false, false };
			for (int i = 0; i < n.length; i++) {
				row.add(ReviewSupport.count(n[i], synthetic[i]));
				totals[i] += n[i];
				if (synthetic[i]) {
					doc.setSynthetic(true);
				}
			}
			rows.add(row);
		}
		List<Cell> total = new ArrayList<>();
		total.add(ReviewSupport.cell(texts.get("total")).bold().span(2, 1));
		for (long t : totals) {
			total.add(ReviewSupport.count(t, false).bold());
		}
		rows.add(total);
		doc.add(new Table(texts.get("county.overview.sheet"), texts.get("county.overview.caption"), null,
				List.of(ReviewSupport.header(texts.get("col.countyCode"), texts.get("col.county"),
						texts.get("col.explorationBlocks"), texts.get("col.miningBlocks"),
						texts.get("col.concentratedAreas"), texts.get("col.mines"), texts.get("col.errors"),
						texts.get("col.warnings"))),
				rows, List.of(texts.get("county.overview.note")), false));
		doc.add(new ReportDocument.PageBreak());
	}

	private void county(ReportDocument doc, Plan plan, AdministrativeDivision county, ValidationResult result,
			RuleRegistry registry, MapRenderer renderer, Locale locale, Texts texts) {
		CountyContent c = CountyContent.of(plan, county, result);
		String name = county.getName();
		String code = county.getCode();
		doc.add(new Heading(1, texts.get("county.heading", name, code)));
		doc.add(new Paragraph(texts.get("county.facts", c.exploration().size(), c.mining().size(),
				c.concentrated().size(), c.mines().size(), c.findings().size(), c.count(Severity.ERROR),
				c.count(Severity.WARNING)), ParagraphStyle.NORMAL));
		if (county.isSynthetic() || county.isApproximateGeometry()) {
			doc.setSynthetic(true);
		}

		RenderedMap map = renderer.render(plan, MapRequest.builder().extent(MapExtent.county(code))
				.millimetres(170, 150, 150).title(texts.get("county.mapTitle", name)).locale(locale).build());
		doc.add(new ReportDocument.Image(map.png(), map.svg(), 170, texts.get("county.mapCaption", name,
				"1:" + String.format(Locale.ROOT, "%,d", Math.round(map.scaleDenominator())).replace(',', ' '))));
		if (map.synthetic()) {
			doc.setSynthetic(true);
			doc.add(new Paragraph(texts.get("county.mapSynthetic"), ParagraphStyle.WARNING));
		}

		blocksByMineral(doc, c, code, name, texts);
		ModelNames names = new ModelNames(locale);
		minesByScale(doc, c, code, name, texts, names);
		areas(doc, c, code, name, texts, names);
		indicators(doc, plan, county, code, name, texts, names);
		findings(doc, c, registry, code, name, locale, texts);
		doc.add(new ReportDocument.PageBreak());
	}

	private static void blocksByMineral(ReportDocument doc, CountyContent c, String code, String name, Texts texts) {
		Map<String, double[]> byMineral = new LinkedHashMap<>();
		Map<String, Boolean> synthetic = new LinkedHashMap<>();
		List<List<? extends Block>> kinds = List.of(c.exploration(), c.mining(), c.concentrated());
		for (int k = 0; k < kinds.size(); k++) {
			for (Block b : kinds.get(k)) {
				String mineral = mineralName(b.getMineral(), b.getMineralText(), texts);
				double[] v = byMineral.computeIfAbsent(mineral, m -> new double[6]);
				v[2 * k]++;
				v[2 * k + 1] += ReviewSupport.statedKm2(b);
				synthetic.merge(mineral, b.isSynthetic(), Boolean::logicalOr);
			}
		}
		List<List<Cell>> rows = new ArrayList<>();
		double[] totals = new double[6];
		for (Map.Entry<String, double[]> e : byMineral.entrySet()) {
			boolean s = synthetic.get(e.getKey());
			List<Cell> row = new ArrayList<>();
			row.add(ReviewSupport.cell(e.getKey()));
			for (int i = 0; i < 6; i++) {
				row.add(i % 2 == 0 ? ReviewSupport.count((long) e.getValue()[i], s)
						: ReviewSupport.km2(e.getValue()[i], s));
				totals[i] += e.getValue()[i];
			}
			if (s) {
				doc.setSynthetic(true);
			}
			rows.add(row);
		}
		List<Cell> total = new ArrayList<>();
		total.add(ReviewSupport.cell(texts.get("total")).bold());
		for (int i = 0; i < 6; i++) {
			total.add((i % 2 == 0 ? ReviewSupport.count((long) totals[i], false) : ReviewSupport.km2(totals[i], false))
					.bold());
		}
		rows.add(total);
		doc.add(new Heading(2, texts.get("county.blocks")));
		doc.add(new Table(sheet(code, texts.get("sheet.blocks")), texts.get("county.blocks.caption", name), null,
				List.of(ReviewSupport.header(texts.get("col.mineral"), texts.get("col.explorationBlocks"),
						texts.get("col.explorationArea"), texts.get("col.miningBlocks"), texts.get("col.miningArea"),
						texts.get("col.concentratedAreas"), texts.get("col.concentratedArea"))),
				rows, List.of(texts.get("county.blocks.note")), true));
	}

	private static String mineralName(Mineral mineral, String text, Texts texts) {
		if (mineral != null && mineral.getName() != null) {
			return mineral.getName();
		}
		return text == null || text.isBlank() ? texts.get("unknownMineral") : text;
	}

	private static void minesByScale(ReportDocument doc, CountyContent c, String code, String name, Texts texts,
			ModelNames names) {
		List<List<Cell>> rows = new ArrayList<>();
		List<MineScale> scales = new ArrayList<>(MineScale.VALUES);
		scales.add(null);
		long totalMines = 0, totalGreen = 0;
		for (MineScale scale : scales) {
			List<Mine> ofScale = c.mines().stream().filter(m -> m.getScale() == scale).toList();
			if (ofScale.isEmpty() && scale == null) {
				continue;
			}
			boolean s = any(ofScale);
			long green = ofScale.stream().filter(Mine::isGreenMine).count();
			rows.add(List.of(ReviewSupport.cell(scale == null ? texts.get("unknownScale") : names.literal(scale)),
					ReviewSupport.count(ofScale.size(), s), ReviewSupport.count(green, s)));
			totalMines += ofScale.size();
			totalGreen += green;
			if (s) {
				doc.setSynthetic(true);
			}
		}
		rows.add(List.of(ReviewSupport.cell(texts.get("total")).bold(), ReviewSupport.count(totalMines, false).bold(),
				ReviewSupport.count(totalGreen, false).bold()));
		doc.add(new Heading(2, texts.get("county.mines")));
		doc.add(new Table(sheet(code, texts.get("sheet.mines")), texts.get("county.mines.caption", name), null,
				List.of(ReviewSupport.header(texts.get("col.scale"), texts.get("col.mines"), texts.get("col.green"))),
				rows, List.of(), false));
	}

	private static void areas(ReportDocument doc, CountyContent c, String code, String name, Texts texts,
			ModelNames names) {
		doc.add(new Heading(2, texts.get("county.areas")));
		if (c.areas().isEmpty()) {
			doc.add(new Paragraph(texts.get("county.areas.none"), ParagraphStyle.NOTE));
			return;
		}
		List<List<Cell>> rows = new ArrayList<>();
		for (SpatialElement e : c.areas()) {
			boolean s = e.isSynthetic();
			String kind = e instanceof PlanningZone z && z.getKind() != null ? names.literal(z.getKind())
					: e instanceof EnvironmentalZone z && z.getGrade() != null ? names.literal(z.getGrade())
							: e instanceof AbandonedPit p && p.getNumber() != null ? p.getNumber() : "";
			rows.add(List.of(ReviewSupport.cell(names.type(e.eClass())), ReviewSupport.text(e.getCode(), s),
					ReviewSupport.text(e.getName(), s), ReviewSupport.cell(kind),
					e.getStatedArea() == null ? ReviewSupport.cell("—") : ReviewSupport.km2(ReviewSupport.statedKm2(e), s)));
			if (s) {
				doc.setSynthetic(true);
			}
		}
		doc.add(new Table(sheet(code, texts.get("sheet.areas")), texts.get("county.areas.caption", name), null,
				List.of(ReviewSupport.header(texts.get("col.type"), texts.get("col.code"), texts.get("col.name"),
						texts.get("col.kind"), texts.get("col.area"))),
				rows, List.of(), false));
	}

	/** @return the indicators of a mineral the county explores or mines (indicators are set for the whole plan) */
	static List<Indicator> indicatorsOf(Plan plan, AdministrativeDivision county) {
		Set<Mineral> minerals = new LinkedHashSet<>();
		for (List<? extends Block> blocks : List.of(plan.getExplorationBlocks(), plan.getMiningBlocks(),
				plan.getConcentratedAreas())) {
			for (Block b : blocks) {
				if (b.getCounty() == county && b.getMineral() != null) {
					minerals.add(b.getMineral());
				}
			}
		}
		for (Mine m : plan.getMines()) {
			if (m.getCounty() == county && m.getMineral() != null) {
				minerals.add(m.getMineral());
			}
		}
		return plan.getIndicators().stream().filter(i -> i.getMineral() != null && minerals.contains(i.getMineral()))
				.toList();
	}

	private static void indicators(ReportDocument doc, Plan plan, AdministrativeDivision county, String code,
			String name, Texts texts, ModelNames names) {
		doc.add(new Heading(2, texts.get("county.indicators")));
		List<Indicator> indicators = indicatorsOf(plan, county);
		if (indicators.isEmpty()) {
			doc.add(new Paragraph(texts.get("county.indicators.none"), ParagraphStyle.NOTE));
			return;
		}
		List<List<Cell>> rows = new ArrayList<>();
		for (Indicator i : indicators) {
			rows.add(List.of(ReviewSupport.cell(i.getTable()), ReviewSupport.cell(i.getCode()), ReviewSupport.cell(i.getName()),
					ReviewSupport.cell(i.getUnit()), ReviewSupport.cell(i.getBaselineText()), ReviewSupport.cell(i.getTargetText()),
					ReviewSupport.cell(i.getAttribute() == null ? "" : names.literal(i.getAttribute()))));
		}
		doc.add(new Table(sheet(code, texts.get("sheet.indicators")), texts.get("county.indicators.caption", name),
				null,
				List.of(ReviewSupport.header(texts.get("col.table"), texts.get("col.code"), texts.get("col.indicator"),
						texts.get("col.unit"), texts.get("col.baseline"), texts.get("col.target"),
						texts.get("col.attribute"))),
				rows, List.of(texts.get("county.indicators.note")), true));
	}

	private static void findings(ReportDocument doc, CountyContent c, RuleRegistry registry, String code,
			String name, Locale locale, Texts texts) {
		doc.add(new Heading(2, texts.get("county.findings")));
		if (c.findings().isEmpty()) {
			doc.add(new Paragraph(texts.get("county.findings.none"), ParagraphStyle.NOTE));
			return;
		}
		List<List<Cell>> rows = new ArrayList<>();
		for (Severity severity : Severity.values()) {
			for (Finding f : c.findings()) {
				if (f.severity() != severity) {
					continue;
				}
				EObject element = f.element().orElse(null);
				String label = element == null ? String.join("; ", f.elementLabels())
						: (ReviewSupport.code(element) + " " + ReviewSupport.name(element)).trim();
				rows.add(List.of(ReviewSupport.cell(severity.label(locale)),
						ReviewSupport.cell(registry.rule(f.ruleId()).map(r -> r.title(locale)).orElse(f.ruleId())),
						ReviewSupport.text(label, element != null && ReviewSupport.synthetic(element)),
						ReviewSupport.cell(f.message(locale))));
			}
		}
		doc.add(new Table(sheet(code, texts.get("sheet.findings")), texts.get("county.findings.caption", name), null,
				List.of(ReviewSupport.header(texts.get("col.severity"), texts.get("col.rule"), texts.get("col.element"),
						texts.get("col.message"))),
				rows, List.of(), true));
	}

	private static boolean any(List<? extends SpatialElement> elements) {
		return elements.stream().anyMatch(SpatialElement::isSynthetic);
	}

	private static String sheet(String code, String what) {
		String name = (code == null ? "" : code + " ") + what;
		return name.length() > 31 ? name.substring(0, 31) : name;
	}
}
