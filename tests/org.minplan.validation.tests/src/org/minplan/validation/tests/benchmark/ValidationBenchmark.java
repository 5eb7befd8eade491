package org.minplan.validation.tests.benchmark;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Block;
import org.minplan.model.MineScale;
import org.minplan.model.Mineral;
import org.minplan.model.Plan;
import org.minplan.model.PrintedStatement;
import org.minplan.model.StatementMeasure;
import org.minplan.model.spatial.Shape;
import org.minplan.tests.support.TestPlans;
import org.minplan.validation.LiveValidation;
import org.minplan.validation.Rule;
import org.minplan.validation.RuleSettings;
import org.minplan.validation.ValidationEngine;
import org.minplan.validation.ValidationResult;
import org.minplan.validation.rules.consistency.ConsistencyRules;
import org.minplan.validation.rules.integrity.IntegrityRules;
import org.minplan.validation.rules.policy.PolicyRules;
import org.minplan.validation.rules.spatial.SpatialRules;

/**
 * Benchmark of the validation engine on synthetic plans (run by hand, see
 * bundles/org.minplan.validation/BENCHMARK.md): N blocks that do not overlap — 80 % exploration, 15 % mining,
 * 5 % concentrated mining areas, 400 m squares on a 600 m grid in Gauss–Krüger zone 28, spread over seven
 * counties — with a stated area each, per-county count statements, 1 000 mines and the valid test plan's
 * standards, controls and indicators. Measures a full batch validation with all 22 built-in rules, then live
 * validation: one block moved onto its neighbour (a new overlap) and moved back, each followed by a re-check.
 * <p>
 * Arguments: block counts, default 10000 100000.
 */
public final class ValidationBenchmark {

	private static final double SIZE = 400;
	private static final double PITCH = 600;
	private static final int EDITS = 20;

	private ValidationBenchmark() {
	}

	public static void main(String[] args) {
		int[] sizes = args.length == 0 ? new int[] { 10_000, 100_000 }
				: Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
		List<Rule> rules = new ArrayList<>();
		rules.addAll(IntegrityRules.all());
		rules.addAll(PolicyRules.all());
		rules.addAll(SpatialRules.all());
		rules.addAll(ConsistencyRules.all());
		ValidationEngine engine = new ValidationEngine(rules);
		RuleSettings settings = new RuleSettings();
		// serial numbers of 14 000 blocks per county need five digits
		settings.setParameter("integrity.codeFormat", "explorationPattern", "(\\d{6})K\\d{4,6}");
		settings.setParameter("integrity.codeFormat", "miningPattern", "(\\d{6})C\\d{4,6}");
		settings.setParameter("integrity.codeFormat", "concentratedAreaPattern", "(\\d{6})J\\d{4,6}");
		System.out.printf(Locale.ROOT, "Java %s, %d processors, max heap %d MB%n", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
		for (int n : sizes) {
			run(engine, settings, n);
		}
	}

	private static void run(ValidationEngine engine, RuleSettings settings, int n) {
		long t0 = System.nanoTime();
		Plan plan = synthetic(n);
		System.out.printf(Locale.ROOT, "%n== %,d blocks (plan built in %d ms)%n", n, ms(System.nanoTime() - t0));
		for (int round = 1; round <= 2; round++) {
			long start = System.nanoTime();
			ValidationResult result = engine.validate(plan, settings, null);
			long took = System.nanoTime() - start;
			System.out.printf(Locale.ROOT, "batch validation, run %d: %,d ms, %d findings%n", round, ms(took),
					result.findings().size());
			if (round == 2) {
				result.rules().stream().sorted(Comparator.comparing(result::duration).reversed()).limit(6)
						.forEach(id -> System.out.printf(Locale.ROOT, "    %-36s %,6d ms%n", id,
								result.duration(id).toMillis()));
			}
			if (!result.findings().isEmpty()) {
				result.findings().stream().limit(5).forEach(f -> System.out.println("    finding: " + f));
			}
		}
		try (LiveValidation live = engine.live(plan, settings)) {
			long start = System.nanoTime();
			live.validateAll(null);
			System.out.printf(Locale.ROOT, "live validation, first full check: %,d ms%n", ms(System.nanoTime() - start));
			Block moved = plan.getExplorationBlocks().get(plan.getExplorationBlocks().size() / 2);
			Shape home = moved.getGeometry();
			List<Long> edit = new ArrayList<>();
			List<Long> undo = new ArrayList<>();
			int overlaps = 0;
			for (int i = 0; i < EDITS; i++) {
				moved.setGeometry(home.translated(SIZE / 2 + PITCH - SIZE, 0)); // onto its eastern neighbour
				long s = System.nanoTime();
				ValidationResult afterEdit = live.recheck(null);
				edit.add(System.nanoTime() - s);
				overlaps = afterEdit.findings("spatial.sameKindOverlap").size();
				moved.setGeometry(home);
				s = System.nanoTime();
				ValidationResult afterUndo = live.recheck(null);
				undo.add(System.nanoTime() - s);
				if (!afterUndo.findings("spatial.sameKindOverlap").isEmpty()) {
					throw new IllegalStateException("the overlap did not go away");
				}
			}
			System.out.printf(Locale.ROOT,
					"incremental re-check after moving one block onto its neighbour (%d overlap found): median %.2f ms, max %.2f ms, first %.2f ms%n",
					overlaps, median(edit), max(edit), edit.get(0) / 1e6);
			System.out.printf(Locale.ROOT, "incremental re-check after moving it back: median %.2f ms, max %.2f ms%n",
					median(undo), max(undo));
		}
	}

	/** @return a plan with n non-overlapping blocks and the valid test plan's other content */
	static Plan synthetic(int n) {
		Plan plan = TestPlans.validPlan();
		plan.getExplorationBlocks().clear();
		plan.getMiningBlocks().clear();
		plan.getConcentratedAreas().clear();
		plan.getStatements().clear();
		String[][] counties = { { "塔城市", "654201" }, { "乌苏市", "654202" }, { "沙湾市", "654203" }, { "和布克赛尔蒙古自治县", "654226" },
				{ "裕民县", "654225" } };
		List<AdministrativeDivision> divisions = new ArrayList<>(plan.getDivisions());
		for (String[] c : counties) {
			divisions.add(TestPlans.county(plan, c[0], c[1]));
		}
		Mineral gold = TestPlans.find(plan.getMinerals(), "金");
		Mineral copper = TestPlans.find(plan.getMinerals(), "铜");
		Mineral sand = TestPlans.find(plan.getMinerals(), "建筑用砂");
		int side = (int) Math.ceil(Math.sqrt(n));
		double origin = -side * PITCH / 2;
		int[] perCounty = new int[divisions.size()];
		for (int i = 0; i < n; i++) {
			double x = origin + (i % side) * PITCH;
			double y = 20_000 + (i / side) * PITCH;
			int c = (i % side) * divisions.size() / side; // counties are vertical strips
			AdministrativeDivision county = divisions.get(c);
			Shape square = TestPlans.square(x, y, SIZE);
			String serial = String.format("%05d", i);
			Block block;
			int kind = i % 20;
			if (kind < 16) {
				block = TestPlans.exploration(plan, county.getCode() + "K" + serial, i % 2 == 0 ? gold : copper, county,
						square);
				perCounty[c]++;
			} else if (kind < 19) {
				block = TestPlans.mining(plan, county.getCode() + "C" + serial, copper, county, square, "40", "万吨/年");
			} else {
				block = TestPlans.concentratedArea(plan, county.getCode() + "J" + serial, sand, county, square);
			}
			block.setStatedArea(new BigDecimal("0.16"));
		}
		for (int c = 0; c < divisions.size(); c++) {
			PrintedStatement row = TestPlans.statement(plan, "专栏17", divisions.get(c).getName(), "新设数量",
					Integer.toString(perCounty[c]));
			TestPlans.select(row, "ExplorationBlock", StatementMeasure.COUNT).setCounty(divisions.get(c));
		}
		plan.getMines().clear();
		for (int i = 0; i < 1000; i++) {
			TestPlans.mine(plan, "矿山" + i, i % 2 == 0 ? copper : gold, i % 3 == 0 ? MineScale.MEDIUM : MineScale.LARGE, "1");
		}
		plan.getIndicators().removeIf(indicator -> "矿山总数".equals(indicator.getName())
				|| "建筑用砂石料".equals(indicator.getName()));
		return plan;
	}

	private static long ms(long nanos) {
		return Duration.ofNanos(nanos).toMillis();
	}

	private static double median(List<Long> nanos) {
		List<Long> sorted = nanos.stream().sorted().toList();
		return sorted.get(sorted.size() / 2) / 1e6;
	}

	private static double max(List<Long> nanos) {
		return nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
	}
}
