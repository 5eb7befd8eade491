package org.minplan.importer.gis.tests.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.minplan.importer.gis.ShapefileReader;
import org.minplan.importer.gis.tests.fixtures.GisFixtures;
import org.minplan.importer.gis.tests.fixtures.ShapefileWriter;
import org.minplan.importer.read.ImportProblem;
import org.minplan.importer.read.ReadOptions;
import org.minplan.importer.read.SourceTable;

/**
 * Reads a shapefile of N blocks (default 10 000 polygons of 20 vertices in CGCS2000 GK zone 28, GBK
 * attributes, .prj and .shx) with the {@link ShapefileReader} and prints the time per read (median and best
 * of the measured runs after warm-up), the bytes the reading thread allocated, and the heap the result
 * retains. Run with {@code tests/org.minplan.importer.gis.tests/benchmark.sh [features] [runs]}; results in
 * {@code bundles/org.minplan.importer.gis/BENCHMARK.md}.
 */
public final class ShapefileBenchmark {

	private static final int VERTICES = 20;
	private static final String[] MINERALS = { "铬铁矿", "金矿", "煤炭", "铜矿", "水泥用灰岩", "花岗岩" };

	private ShapefileBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int features = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
		// a third argument keeps the generated shapefile in that folder (e.g. to time `minplan import` on it)
		boolean keep = args.length > 2;
		Path folder = keep ? Files.createDirectories(Path.of(args[2])) : Files.createTempDirectory("minplan-shapefile-benchmark-");
		Path shp = write(folder, features);
		System.out.printf(Locale.ROOT, "%d polygons of %d vertices: .shp %,d B, .dbf %,d B, .shx %,d B%n", features,
				VERTICES, Files.size(shp), Files.size(folder.resolve("blocks.dbf")), Files.size(folder.resolve("blocks.shx")));
		ShapefileReader reader = new ShapefileReader();
		ReadOptions options = ReadOptions.defaults(Locale.ROOT);
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		for (int warmUp = 0; warmUp < 3; warmUp++) {
			read(reader, shp, options, features);
		}
		double[] millis = new double[runs];
		long allocated = 0;
		for (int run = 0; run < runs; run++) {
			long bytesBefore = threads.getCurrentThreadAllocatedBytes();
			long start = System.nanoTime();
			read(reader, shp, options, features);
			millis[run] = (System.nanoTime() - start) / 1e6;
			allocated = threads.getCurrentThreadAllocatedBytes() - bytesBefore;
		}
		long before = usedAfterGc();
		List<SourceTable> kept = read(reader, shp, options, features);
		long retained = usedAfterGc() - before;
		Arrays.sort(millis);
		System.out.printf(Locale.ROOT, "read: median %.0f ms, best %.0f ms over %d runs (%.0f features/s)%n",
				millis[runs / 2], millis[0], runs, features / (millis[runs / 2] / 1000));
		System.out.printf(Locale.ROOT, "allocated per read: %.1f MB; heap retained by the result: %.1f MB (%d records)%n",
				allocated / 1e6, retained / 1e6, kept.get(0).records().size());
		System.out.printf(Locale.ROOT, "max heap %.0f MB, java %s%n", Runtime.getRuntime().maxMemory() / 1e6,
				System.getProperty("java.version"));
		if (keep) {
			System.out.println("kept " + shp);
			return;
		}
		try (var files = Files.list(folder)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		Files.delete(folder);
	}

	private static List<SourceTable> read(ShapefileReader reader, Path shp, ReadOptions options, int features) {
		List<ImportProblem> problems = new ArrayList<>();
		List<SourceTable> tables = reader.read(shp, options, problems::add, new NullProgressMonitor());
		if (!problems.isEmpty() || tables.get(0).records().size() != features) {
			throw new IllegalStateException("unexpected result: " + problems);
		}
		return tables;
	}

	private static long usedAfterGc() throws InterruptedException {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(100);
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

	/** Blocks on a grid of 1 km cells in zone 28, each a 20-vertex ring around its cell's centre. */
	private static Path write(Path folder, int features) throws Exception {
		ShapefileWriter writer = new ShapefileWriter(ShapefileWriter.POLYGON, GisFixtures.BLOCK_FIELDS,
				Charset.forName("GBK"));
		int columns = (int) Math.ceil(Math.sqrt(features));
		for (int i = 0; i < features; i++) {
			double cx = 28_450_000 + 1000.0 * (i % columns);
			double cy = 5_000_000 + 1000.0 * (i / columns);
			double[][] ring = new double[VERTICES][];
			for (int v = 0; v < VERTICES - 1; v++) {
				double angle = -2 * Math.PI * v / (VERTICES - 1);
				double radius = 300 + 100 * Math.sin(3 * angle + i);
				ring[v] = new double[] { cx + radius * Math.cos(angle), cy + radius * Math.sin(angle) };
			}
			ring[VERTICES - 1] = ring[0];
			writer.polygon(new double[][][][] { { ring } }, false, String.format(Locale.ROOT, "654224T%05d", i),
					"托里县第" + (i + 1) + "号勘查区块", MINERALS[i % MINERALS.length], i % 2 == 0 ? "勘查" : "开采",
					String.format(Locale.ROOT, "%.4f", 0.25 + i % 100 / 1000.0), "20210630", i % 3 == 0 ? "F" : "T");
		}
		writer.write(folder, "blocks");
		Files.writeString(folder.resolve("blocks.prj"), GisFixtures.PRJ_ZONE_28);
		return folder.resolve("blocks.shp");
	}
}
