package org.minplan.report.plan.tests.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.minplan.model.Plan;
import org.minplan.report.ReportDocument;
import org.minplan.report.ReportInput;
import org.minplan.report.plan.internal.AllPlanTablesReport;
import org.minplan.report.plan.internal.PlanTableReport;
import org.minplan.report.plan.internal.PlanTables;
import org.minplan.sample.TachengSampleBuilder;

/**
 * How long the plan table reports take on the Tacheng sample built 1, 10 and 100 times larger (the generated
 * blocks, areas and mines multiplied): {@code plan.tables} as a whole and each table alone, median of 10 runs
 * after 3 warm-ups, and the heap the document and its plan occupy. Run by {@code benchmark.sh}; results in
 * {@code bundles/org.minplan.report.plan/BENCHMARK.md}.
 */
public final class ReportBenchmark {

	private static final int WARM_UP = 3;
	private static final int RUNS = 10;

	private ReportBenchmark() {
	}

	/** @param args the seed-tables folder, then the scales (default 1 10 100) */
	public static void main(String[] args) throws Exception {
		Path seedTables = Path.of(args.length > 0 ? args[0] : "bundles/org.minplan.sample/seed-tables");
		List<Integer> scales = args.length > 1 ? Arrays.stream(args).skip(1).map(Integer::valueOf).toList()
				: List.of(1, 10, 100);
		System.out.printf("java %s, %d processors, max heap %d MB%n", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
		for (int scale : scales) {
			Plan plan = TachengSampleBuilder.fromFolder(seedTables).scale(scale).build().plan();
			System.out.printf("%nscale %d: %d exploration blocks, %d mining blocks, %d concentrated areas, %d mines, %d statements%n",
					scale, plan.getExplorationBlocks().size(), plan.getMiningBlocks().size(),
					plan.getConcentratedAreas().size(), plan.getMines().size(), plan.getStatements().size());
			ReportInput input = new ReportInput(plan, null, Map.of(), Locale.CHINESE);
			long before = usedHeap();
			ReportDocument[] keep = new ReportDocument[1];
			double all = median(() -> keep[0] = new AllPlanTablesReport().generate(input, new NullProgressMonitor()));
			long after = usedHeap();
			System.out.printf("  plan.tables: %.1f ms (median of %d), document + garbage held: %d KB, %d blocks%n", all,
					RUNS, Math.max(0, after - before) >> 10, keep[0].blocks().size());
			for (PlanTableReport report : PlanTables.all()) {
				double ms = median(() -> report.generate(input, new NullProgressMonitor()));
				System.out.printf("  %-12s %8.2f ms%n", report.id(), ms);
			}
		}
	}

	private interface Run {
		void run() throws Exception;
	}

	private static double median(Run run) throws Exception {
		for (int i = 0; i < WARM_UP; i++) {
			run.run();
		}
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			run.run();
			times.add((System.nanoTime() - start) / 1e6);
		}
		times.sort(null);
		return (times.get(RUNS / 2 - 1) + times.get(RUNS / 2)) / 2;
	}

	private static long usedHeap() {
		Runtime rt = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return rt.totalMemory() - rt.freeMemory();
	}
}
