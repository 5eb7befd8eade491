package org.minplan.report.tests.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.minplan.report.ReportDocument;
import org.minplan.report.ReportFormat;
import org.minplan.report.ReportWriters;
import org.minplan.report.tests.SampleDocuments;

/**
 * Times writing one large table (default 10 000 rows of 8 columns, every tenth row synthetic, two header
 * rows with spans) to XLSX, PDF and HTML, as {@code minplan report} does (atomic file write included). Per
 * format: one warm-up round, then three timed rounds; prints the median time, file size and the highest heap
 * in use while writing (sampled every 5 ms, minus the heap in use before). Run through {@code benchmark.sh};
 * results go into bundles/org.minplan.report/BENCHMARK.md.
 */
public final class WriterBenchmark {

	private WriterBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int[] sizes = args.length == 0 ? new int[] { 10_000 } : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
		Path dir = Files.createTempDirectory("minplan-report-benchmark");
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.out.printf("Java %s, %d processors, max heap %d MB%n", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
		for (int rows : sizes) {
			ReportDocument document = SampleDocuments.large(rows);
			for (ReportFormat format : ReportFormat.values()) {
				ReportWriters.writeFile(SampleDocuments.large(1000), format, Locale.SIMPLIFIED_CHINESE, dir, "warmup");
				long[] times = new long[3];
				long peak = 0;
				long size = 0;
				for (int round = 0; round < times.length; round++) {
					System.gc();
					long before = memory.getHeapMemoryUsage().getUsed();
					AtomicLong highest = new AtomicLong(before);
					Thread sampler = new Thread(() -> {
						while (!Thread.currentThread().isInterrupted()) {
							highest.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
							try {
								Thread.sleep(5);
							} catch (InterruptedException e) {
								return;
							}
						}
					});
					sampler.setDaemon(true);
					sampler.start();
					long start = System.nanoTime();
					Path file = ReportWriters.writeFile(document, format, Locale.SIMPLIFIED_CHINESE, dir, "large");
					times[round] = (System.nanoTime() - start) / 1_000_000;
					sampler.interrupt();
					sampler.join();
					peak = Math.max(peak, highest.get() - before);
					size = Files.size(file);
				}
				java.util.Arrays.sort(times);
				System.out.printf("%,7d rows  %-4s  median %,6d ms (min %,d, max %,d)  file %,11d bytes  heap +%,d MB%n",
						rows, format.extension(), times[1], times[0], times[2], size, peak >> 20);
			}
		}
	}
}
