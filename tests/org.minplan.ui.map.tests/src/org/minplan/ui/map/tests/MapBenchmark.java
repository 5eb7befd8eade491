package org.minplan.ui.map.tests;

import org.minplan.tests.ui.support.Screenshots;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.minplan.core.geometry.CrsTransformer;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Block;
import org.minplan.model.DivisionKind;
import org.minplan.model.Mine;
import org.minplan.model.MineScale;
import org.minplan.model.Mineral;
import org.minplan.model.MineralCategory;
import org.minplan.model.MinplanFactory;
import org.minplan.model.Plan;
import org.minplan.model.spatial.Shape;
import org.minplan.ui.map.internal.LayerRegistry;
import org.minplan.ui.map.internal.MapCanvas;
import org.minplan.ui.map.internal.render.DisplayCrs;
import org.minplan.ui.map.internal.render.MapContent;

/**
 * Frame times of the map on a synthetic plan of 20 000 block polygons and 50 000 mines (run by hand, see
 * bundles/org.minplan.ui.map/BENCHMARK.md): {@code MINPLAN_BENCHMARK=1 xvfb-run -a ./mvnw verify -pl
 * tests/org.minplan.ui.map.tests -am -Dtest=MapBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Results go
 * to the console and to {@code target/benchmark.txt}.
 */
@EnabledIfEnvironmentVariable(named = "MINPLAN_BENCHMARK", matches = "1")
class MapBenchmark {

	private static final int GK28 = 4516;
	private static final int POLYGONS = 20_000;
	private static final int MINES = 50_000;
	private static final double WEST = 28_250_000, EAST = 28_700_000, SOUTH = 4_870_000, NORTH = 5_240_000;

	/** @return a plan with 7 county squares, {@code POLYGONS} irregular blocks and {@code MINES} mines */
	static Plan syntheticPlan() {
		SplittableRandom random = new SplittableRandom(2021);
		MinplanFactory f = MinplanFactory.eINSTANCE;
		Plan plan = f.createPlan();
		plan.setName("Synthetic benchmark plan");
		List<Mineral> minerals = new ArrayList<>();
		for (MineralCategory c : MineralCategory.VALUES) {
			Mineral m = f.createMineral();
			m.setName(c.getName());
			m.setCategory(c);
			plan.getMinerals().add(m);
			minerals.add(m);
		}
		double width = (EAST - WEST) / 4;
		double height = (NORTH - SOUTH) / 2;
		for (int i = 0; i < 7; i++) {
			AdministrativeDivision d = f.createAdministrativeDivision();
			d.setName("县" + (i + 1));
			d.setCode("6542" + (10 + i));
			d.setKind(DivisionKind.COUNTY);
			double x = WEST + (i % 4) * width, y = SOUTH + (i / 4) * height;
			d.setGeometry(Shape.polygon(GK28, new double[] { x, y, x + width, y, x + width, y + height, x, y + height }));
			plan.getDivisions().add(d);
		}
		for (int i = 0; i < POLYGONS; i++) {
			Block b = switch (i % 3) {
			case 0 -> f.createExplorationBlock();
			case 1 -> f.createMiningBlock();
			default -> f.createConcentratedMiningArea();
			};
			b.setCode(String.format("B%05d", i));
			b.setMineral(minerals.get(random.nextInt(minerals.size())));
			double cx = WEST + random.nextDouble() * (EAST - WEST);
			double cy = SOUTH + random.nextDouble() * (NORTH - SOUTH);
			double r = 400 + random.nextDouble() * 1200;
			int n = 6 + random.nextInt(6);
			double[] ring = new double[2 * n];
			for (int k = 0; k < n; k++) {
				double a = 2 * Math.PI * k / n;
				double rr = r * (0.7 + 0.3 * random.nextDouble());
				ring[2 * k] = Math.round((cx + rr * Math.cos(a)) * 100) / 100.0;
				ring[2 * k + 1] = Math.round((cy + rr * Math.sin(a)) * 100) / 100.0;
			}
			b.setGeometry(Shape.polygon(GK28, ring));
			if (b instanceof org.minplan.model.ExplorationBlock e) {
				plan.getExplorationBlocks().add(e);
			} else if (b instanceof org.minplan.model.MiningBlock m) {
				plan.getMiningBlocks().add(m);
			} else {
				plan.getConcentratedAreas().add((org.minplan.model.ConcentratedMiningArea) b);
			}
		}
		for (int i = 0; i < MINES; i++) {
			Mine m = f.createMine();
			m.setName("矿" + i);
			m.setMineral(minerals.get(random.nextInt(minerals.size())));
			m.setScale(MineScale.get(random.nextInt(4)));
			m.setGeometry(Shape.point(GK28, WEST + random.nextDouble() * (EAST - WEST),
					SOUTH + random.nextDouble() * (NORTH - SOUTH)));
			plan.getMines().add(m);
		}
		return plan;
	}

	@Test
	void frameTimes() throws IOException {
		long t0 = System.nanoTime();
		Plan plan = syntheticPlan();
		long t1 = System.nanoTime();
		MapContent content = new MapContent(plan, LayerRegistry.get().layers(), new DisplayCrs(new CrsTransformer()));
		long t2 = System.nanoTime();

		Shell shell = new Shell(MapFixture.display());
		shell.setLayout(new FillLayout());
		shell.setSize(1280, 900);
		MapCanvas canvas = new MapCanvas(shell);
		shell.open();
		Screenshots.flush(shell.getDisplay(), 300);
		canvas.setContent(content);
		Screenshots.flush(shell.getDisplay(), 300);
		StringBuilder report = new StringBuilder();
		report.append(String.format(Locale.ROOT,
				"synthetic plan: %d polygons, %d mines; build %.0f ms, index (MapContent) %.0f ms; canvas %dx%d; load %.2f%n",
				POLYGONS, MINES, (t1 - t0) / 1e6, (t2 - t1) / 1e6, canvas.viewport().width(),
				canvas.viewport().height(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
		try {
			canvas.zoomToPlan();
			measure(canvas, "whole plan (1:" + Math.round(canvas.viewport().scaleDenominator()) + ")", report);
			canvas.setViewport(canvas.viewport().withScale(canvas.viewport().pixelsPerMetre() * 4));
			measure(canvas, "zoomed x4 (1:" + Math.round(canvas.viewport().scaleDenominator()) + ")", report);
			canvas.setViewport(canvas.viewport().withScale(canvas.viewport().pixelsPerMetre() * 8));
			measure(canvas, "zoomed x32 (1:" + Math.round(canvas.viewport().scaleDenominator()) + ")", report);
		} finally {
			shell.dispose();
		}
		System.out.println(report);
		Path out = Screenshots.folder().toPath().getParent().resolve("benchmark.txt");
		Files.writeString(out, report.toString());
	}

	private static void measure(MapCanvas canvas, String where, StringBuilder report) {
		// full redraw: render every visible layer, labels and all, then copy to the window with the overlays
		double[] full = new double[12];
		double[] fullRender = new double[full.length];
		double[] fullCpu = new double[full.length];
		for (int i = 0; i < full.length; i++) {
			canvas.invalidate();
			full[i] = frame(canvas);
			fullCpu[i] = lastCpu;
			fullRender[i] = canvas.lastUpdateNanos() / 1e6;
		}
		var stats = canvas.lastStats();
		// pan: 60 frames of a drag moving 6 px sideways and 4 px up or down each
		double[] pan = new double[60];
		double[] panRender = new double[pan.length];
		double[] panCpu = new double[pan.length];
		for (int i = 0; i < pan.length; i++) {
			canvas.pan(i % 20 < 10 ? 6 : -6, i % 30 < 15 ? 4 : -4);
			pan[i] = frame(canvas);
			panCpu[i] = lastCpu;
			panRender[i] = canvas.lastUpdateNanos() / 1e6;
		}
		report.append(String.format(Locale.ROOT,
				"%s:%n  full redraw: median %.1f ms wall, %.1f ms UI-thread CPU (render %.1f, p90 %.1f) [%d visited, %d areas, "
						+ "%d dots, %d symbols, %d marks, %d labels; %s]%n  pan frame:   median %.1f ms wall, %.1f ms "
						+ "UI-thread CPU (buffer shift + strips %.1f, p90 %.1f, max %.1f)%n",
				where, median(full), median(fullCpu), median(fullRender), p90(full), stats.visited(), stats.areas(),
				stats.dots(), stats.symbols(), stats.marks(), stats.labels(), stats.layerMillis(), median(pan),
				median(panCpu), median(panRender), p90(pan), Arrays.stream(pan).max().orElse(0)));
	}

	private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
	private static double lastCpu;

	/**
	 * @return wall-clock milliseconds one paint of the canvas takes: buffer update, copy to the window, overlays
	 *         ({@link #lastCpu}: CPU milliseconds the UI thread spent, which other processes' load does not inflate)
	 */
	private static double frame(MapCanvas canvas) {
		GC gc = new GC(canvas.control());
		try {
			long cpu = THREADS.getCurrentThreadCpuTime();
			long s = System.nanoTime();
			canvas.paintTo(gc);
			long wall = System.nanoTime() - s;
			lastCpu = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
			return wall / 1e6;
		} finally {
			gc.dispose();
		}
	}

	private static double median(double[] values) {
		double[] s = values.clone();
		Arrays.sort(s);
		return s[s.length / 2];
	}

	private static double p90(double[] values) {
		double[] s = values.clone();
		Arrays.sort(s);
		return s[(int) Math.floor(s.length * 0.9)];
	}
}
