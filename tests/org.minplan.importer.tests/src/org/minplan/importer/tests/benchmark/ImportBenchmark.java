package org.minplan.importer.tests.benchmark;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.minplan.core.persistence.PlanStore;
import org.minplan.importer.County;
import org.minplan.importer.CountySubmissionImporter;
import org.minplan.importer.ImportOptions;
import org.minplan.importer.ImportSession;
import org.minplan.importer.ElementChange;
import org.minplan.importer.ReaderRegistry;
import org.minplan.importer.SubmissionProfile;
import org.minplan.importer.internal.CsvReader;
import org.minplan.importer.internal.XlsxReader;
import org.minplan.importer.read.ReadOptions;
import org.minplan.model.Plan;
import org.minplan.sample.SamplePlans;
import org.minplan.validation.Rule;
import org.minplan.validation.RuleRegistry;
import org.minplan.validation.rules.consistency.ConsistencyRules;
import org.minplan.validation.rules.integrity.IntegrityRules;
import org.minplan.validation.rules.policy.PolicyRules;
import org.minplan.validation.rules.spatial.SpatialRules;

/**
 * Import of a large county submission: an XLSX of N blocks of 托里县 (default 10 000; 8 000 exploration
 * blocks K0001… and 2 000 mining blocks C0001…, so the sample's 142 blocks of the county are changed and the
 * rest are new) into the Tacheng sample, with the built-in rules. Prints the time of each step and the
 * heap. Runs outside OSGi: see {@code benchmark.sh}; results in
 * {@code bundles/org.minplan.importer/BENCHMARK.md}.
 */
public final class ImportBenchmark {

	public static void main(String[] args) throws Exception {
		int blocks = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		Path folder = Files.createDirectories(Path.of("target/benchmark"));
		Path file = folder.resolve("tuoli-" + blocks + ".xlsx");
		long t0 = System.nanoTime();
		if (!Files.exists(file)) {
			write(file, blocks);
		}
		System.out.printf(Locale.ROOT, "generated %s: %d blocks, %.1f MB in %.1f s%n", file, blocks,
				Files.size(file) / 1e6, seconds(t0));

		List<Rule> rules = new ArrayList<>();
		rules.addAll(IntegrityRules.all());
		rules.addAll(PolicyRules.all());
		rules.addAll(SpatialRules.all());
		rules.addAll(ConsistencyRules.all());
		CountySubmissionImporter importer = new CountySubmissionImporter(
				ReaderRegistry.of(List.of(new CsvReader(), new XlsxReader())), RuleRegistry.of(rules));
		County tuoli = new County("tuoli", "654224", "托里县", "Tuoli Xian",
				new SubmissionProfile(Set.of(), Map.of(), java.nio.charset.Charset.forName("GBK"), 4516), true,
				"benchmark", java.util.Optional::empty);

		ImportSession session = null;
		Plan plan = null;
		for (int run = 1; run <= 2; run++) {
			System.out.println(run == 1 ? "run 1 (cold: classes loading, JIT warming up)" : "run 2 (warm)");
			plan = SamplePlans.loadTacheng(new PlanStore());
			System.gc();
			long baseline = usedHeap();
			resetPeaks();
			long t1 = System.nanoTime();
			long c1 = cpu();
			int records = new XlsxReader().read(file, ReadOptions.defaults(Locale.ENGLISH), p -> {
			}, new NullProgressMonitor()).get(0).records().size();
			System.out.printf(Locale.ROOT, "read only (XlsxReader): %d rows in %.2f s (CPU %.2f s), peak heap %+.0f MB%n",
					records, seconds(t1), cpuSeconds(c1), (peakHeap() - baseline) / 1e6);

			System.gc();
			resetPeaks();
			long t2 = System.nanoTime();
			long c2 = cpu();
			session = importer.prepare(plan, file, tuoli, ImportOptions.defaults(Locale.ENGLISH), null);
			double prepare = seconds(t2);
			double prepareCpu = cpuSeconds(c2);
			long peak = peakHeap();
			System.gc();
			long retained = usedHeap();
			System.out.printf(Locale.ROOT,
					"prepare (read, map, diff, validate): %.2f s (CPU %.2f s); %d new, %d changed, %d removed; %d problems, %d findings%n",
					prepare, prepareCpu, session.preview().count(ElementChange.Kind.NEW), session.preview().count(ElementChange.Kind.CHANGED),
					session.preview().count(ElementChange.Kind.REMOVED), session.problems().size(), session.findings().size());
			System.out.printf(Locale.ROOT, "heap: peak %+.0f MB over the loaded plan, session retained %+.0f MB%n",
					(peak - baseline) / 1e6, (retained - baseline) / 1e6);
		}
		if (session.isRejected()) {
			System.out.println("REJECTED: " + session.problems().get(0).message());
			return;
		}
		BasicCommandStack stack = new BasicCommandStack();
		long t3 = System.nanoTime();
		long c3 = cpu();
		session.apply(stack);
		System.out.printf(Locale.ROOT, "apply (one command): %.2f s (CPU %.2f s)%n", seconds(t3), cpuSeconds(c3));
		long t4 = System.nanoTime();
		long c4 = cpu();
		stack.undo();
		System.out.printf(Locale.ROOT, "undo: %.2f s (CPU %.2f s)%n", seconds(t4), cpuSeconds(c4));
		System.out.printf(Locale.ROOT, "load average during the run: %.1f%n",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		System.out.printf(Locale.ROOT, "max heap %d MB, %d processors%n", Runtime.getRuntime().maxMemory() >> 20,
				Runtime.getRuntime().availableProcessors());
	}

	/** Squares of 500 m, 100 m apart, on a grid in GK zone 28 (with prefix) inside 托里县. */
	static void write(Path file, int blocks) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("区块");
			String[] headers = { "区块编号", "区块名称", "区块类型", "矿种", "面积", "勘查阶段", "设计规模", "拐点坐标", "坐标系", "行政区代码" };
			Row header = sheet.createRow(0);
			for (int c = 0; c < headers.length; c++) {
				header.createCell(c).setCellValue(headers[c]);
			}
			int exploration = blocks * 4 / 5;
			for (int i = 0; i < blocks; i++) {
				boolean k = i < exploration;
				int serial = k ? i + 1 : i - exploration + 1;
				double x = 28_440_000 + (i % 100) * 600.0;
				double y = 5_000_000 + (i / 100) * 600.0;
				Row row = sheet.createRow(i + 1);
				row.createCell(0).setCellValue(String.format("654224%s%04d", k ? "K" : "C", serial));
				row.createCell(1).setCellValue("托里县基准测试区块 " + (i + 1));
				row.createCell(2).setCellValue(k ? "勘查" : "开采");
				row.createCell(3).setCellValue(k ? "金" : "凝灰岩");
				row.createCell(4).setCellValue(0.25);
				if (k) {
					row.createCell(5).setCellValue("普查");
				} else {
					row.createCell(6).setCellValue("5万立方米/年");
				}
				row.createCell(7).setCellValue(String.format(Locale.ROOT, "%.2f,%.2f;%.2f,%.2f;%.2f,%.2f;%.2f,%.2f;%.2f,%.2f",
						y, x, y + 500, x, y + 500, x + 500, y, x + 500, y, x));
				row.createCell(8).setCellValue("CGCS2000 3度带 28带");
				row.createCell(9).setCellValue("654224");
			}
			workbook.write(out);
		}
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	/** @return CPU seconds of this process (all threads, GC included) since a {@link #cpu()} reading */
	private static double cpuSeconds(long since) {
		return (cpu() - since) / 1e9;
	}

	private static long cpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime();
	}

	private static long usedHeap() {
		return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	/** @return the sum of the heap pools' peaks since the last reset (an upper bound of the real peak) */
	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}
}
