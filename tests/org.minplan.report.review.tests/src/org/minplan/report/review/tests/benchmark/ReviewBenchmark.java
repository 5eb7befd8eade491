package org.minplan.report.review.tests.benchmark;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.minplan.core.persistence.PlanStore;
import org.minplan.model.Plan;
import org.minplan.render.MapExtent;
import org.minplan.render.MapRenderer;
import org.minplan.render.MapRequest;
import org.minplan.render.RenderedMap;
import org.minplan.report.ReportDocument;
import org.minplan.report.ReportInput;
import org.minplan.report.review.internal.CountySummaryReport;
import org.minplan.report.review.internal.ReviewFindingsReport;
import org.minplan.sample.SamplePlans;
import org.minplan.validation.Rule;
import org.minplan.validation.RuleRegistry;
import org.minplan.validation.rules.consistency.ConsistencyRules;
import org.minplan.validation.rules.integrity.IntegrityRules;
import org.minplan.validation.rules.policy.PolicyRules;
import org.minplan.validation.rules.spatial.SpatialRules;

/**
 * Benchmark of headless map rendering and the review reports (run by hand with {@code benchmark.sh}, results in
 * bundles/org.minplan.render/BENCHMARK.md): on the Tacheng sample and on the sample built N times larger, the
 * whole-plan map (1600 × 1200 px at 150 dpi, all layers and furniture) drawn, encoded as PNG and written as SVG;
 * a finding's map excerpt (120 × 80 mm at 150 dpi); the findings report and one county summary, all 22 rules.
 * Each figure is the median of 7 runs after 3 warm-up runs, in one JVM that has run everything once before.
 * <p>
 * Arguments: the scales of the larger plans, default 10.
 */
public final class ReviewBenchmark {

	private ReviewBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		System.setProperty("java.awt.headless", "true");
		List<Rule> rules = new ArrayList<>();
		rules.addAll(IntegrityRules.all());
		rules.addAll(PolicyRules.all());
		rules.addAll(SpatialRules.all());
		rules.addAll(ConsistencyRules.all());
		Supplier<RuleRegistry> registry = () -> RuleRegistry.of(rules);
		System.out.printf(Locale.ROOT, "Java %s, %d processors, font: %s%n", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), new MapRenderer().render(SamplePlans.loadTacheng(
						new PlanStore()), MapRequest.builder().pixels(200, 200, 96).build()).fontFamily());
		// a first pass unreported, so that the figures of the first plan are not those of a cold JIT
		PrintStream out = System.out;
		System.setOut(new PrintStream(OutputStream.nullOutputStream()));
		run("warm-up", SamplePlans.loadTacheng(new PlanStore()), registry);
		System.setOut(out);
		run("sample", SamplePlans.loadTacheng(new PlanStore()), registry);
		int[] scales = args.length == 0 ? new int[] { 10 } : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
		for (int scale : scales) {
			run("sample x" + scale, SamplePlans.build(scale), registry);
		}
	}

	private static void run(String name, Plan plan, Supplier<RuleRegistry> registry) throws Exception {
		int elements = plan.getExplorationBlocks().size() + plan.getMiningBlocks().size()
				+ plan.getConcentratedAreas().size() + plan.getMines().size() + plan.getZones().size()
				+ plan.getEnvironmentalZones().size() + plan.getAbandonedPits().size();
		System.out.printf(Locale.ROOT, "%n%s: %d elements on the map%n", name, elements);
		MapRenderer renderer = new MapRenderer();
		MapRequest whole = MapRequest.builder().pixels(1600, 1200, 150).title(plan.getName())
				.locale(Locale.CHINESE).build();
		RenderedMap[] last = new RenderedMap[1];
		time("whole-plan map, first of a plan (projects every geometry)",
				() -> new MapRenderer().render(plan, whole));
		time("whole-plan map: draw (layout, labels, display list)", () -> last[0] = renderer.render(plan, whole));
		time("whole-plan map: draw, paint with Java2D, encode PNG", () -> renderer.render(plan, whole).png());
		time("whole-plan map: write SVG", () -> last[0].svg());
		System.out.printf(Locale.ROOT, "  PNG %d kB, SVG %d kB, scale 1:%.0f, %d labels%n",
				last[0].png().length / 1024, last[0].svg().length() / 1024, last[0].scaleDenominator(),
				last[0].labels().size());
		MapRequest excerpt = MapRequest.builder().extent(MapExtent.around(List.of(plan.getMiningBlocks().get(0)), 2500))
				.millimetres(120, 80, 150).highlight(List.of(plan.getMiningBlocks().get(0))).legend(false)
				.locale(Locale.CHINESE).build();
		time("excerpt around a block: draw and encode PNG", () -> renderer.render(plan, excerpt).png());
		ReportInput input = new ReportInput(plan, null, Map.of(), Locale.CHINESE);
		ReportDocument[] doc = new ReportDocument[1];
		time("review.findings report (validation, tables, excerpts)",
				() -> doc[0] = new ReviewFindingsReport(registry).generate(input, null));
		long images = doc[0].blocks().stream().filter(ReportDocument.Image.class::isInstance).count();
		System.out.printf(Locale.ROOT, "  %d map excerpts%n", images);
		ReportInput county = new ReportInput(plan, null, Map.of(CountySummaryReport.COUNTY, "654202"),
				Locale.CHINESE);
		time("county.summary of one county (validation, tables, map)",
				() -> new CountySummaryReport(registry).generate(county, null));
	}

	private interface Task {
		void run() throws Exception;
	}

	private static void time(String what, Task task) throws Exception {
		for (int i = 0; i < 3; i++) {
			task.run();
		}
		long[] ms = new long[7];
		for (int i = 0; i < ms.length; i++) {
			long start = System.nanoTime();
			task.run();
			ms[i] = (System.nanoTime() - start) / 1_000_000;
		}
		Arrays.sort(ms);
		System.out.printf(Locale.ROOT, "  %-58s median %6d ms  (min %d, max %d)%n", what, ms[ms.length / 2], ms[0],
				ms[ms.length - 1]);
	}
}
