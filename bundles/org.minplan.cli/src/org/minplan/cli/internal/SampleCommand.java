package org.minplan.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.minplan.cli.CliCommand;
import org.minplan.cli.CliContext;
import org.minplan.core.i18n.Texts;
import org.minplan.core.persistence.PlanFileException;
import org.minplan.core.persistence.PlanStore;
import org.minplan.model.Plan;
import org.minplan.sample.SampleBuild;
import org.minplan.sample.TachengSampleBuilder;
import org.minplan.sample.UnresolvedMineral;

/**
 * {@code minplan sample --out FILE [--scale N] [--benchmark]}: builds the Tacheng sample plan from the seed
 * tables shipped in {@code org.minplan.sample}, saves it and prints what it holds and how long it took. With
 * {@code --benchmark} it then loads and saves the written file a few times and prints the times and the heap
 * the loaded plan takes.
 */
public final class SampleCommand implements CliCommand {

	private static final int BENCHMARK_ROUNDS = 3;

	/** What is counted, by message key. */
	private static final Map<String, Function<Plan, Integer>> COUNTS = new LinkedHashMap<>();
	static {
		COUNTS.put("sample.kind.divisions", p -> p.getDivisions().size());
		COUNTS.put("sample.kind.minerals", p -> p.getMinerals().size());
		COUNTS.put("sample.kind.controls", p -> p.getMineralControls().size());
		COUNTS.put("sample.kind.reserves", p -> p.getReserves().size());
		COUNTS.put("sample.kind.reserveIncreases", p -> p.getReserveIncreases().size());
		COUNTS.put("sample.kind.mines", p -> p.getMines().size());
		COUNTS.put("sample.kind.layoutUnits", p -> p.getLayoutUnits().size());
		COUNTS.put("sample.kind.zones", p -> p.getZones().size());
		COUNTS.put("sample.kind.explorationBlocks", p -> p.getExplorationBlocks().size());
		COUNTS.put("sample.kind.miningBlocks", p -> p.getMiningBlocks().size());
		COUNTS.put("sample.kind.concentratedAreas", p -> p.getConcentratedAreas().size());
		COUNTS.put("sample.kind.environmentalZones", p -> p.getEnvironmentalZones().size());
		COUNTS.put("sample.kind.abandonedPits", p -> p.getAbandonedPits().size());
		COUNTS.put("sample.kind.indicators", p -> p.getIndicators().size());
		COUNTS.put("sample.kind.minimumScales", p -> p.getMinimumScales().size());
		COUNTS.put("sample.kind.projects", p -> p.getProjects().size());
		COUNTS.put("sample.kind.processingBases", p -> p.getProcessingBases().size());
		COUNTS.put("sample.kind.narrativeTables", p -> p.getNarrativeTables().size());
		COUNTS.put("sample.kind.statements", p -> p.getStatements().size());
	}

	@Override
	public String name() {
		return "sample";
	}

	@Override
	public String summary(CliContext context) {
		return context.texts().get("sample.summary");
	}

	@Override
	public String usage(CliContext context) {
		return "minplan sample --out FILE [--scale N] [--benchmark]";
	}

	@Override
	public int run(List<String> args, CliContext context) {
		Texts texts = context.texts();
		Path out = null;
		int scale = 1;
		boolean benchmark = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--out", "-o" -> {
				if (i + 1 >= args.size()) {
					return usageError(context, texts.get("sample.missingOut"));
				}
				out = Path.of(args.get(++i));
			}
			case "--scale" -> {
				String value = i + 1 < args.size() ? args.get(++i) : "";
				try {
					scale = Integer.parseInt(value);
				} catch (NumberFormatException e) {
					scale = 0;
				}
				if (scale < 1) {
					return usageError(context, texts.get("sample.badScale", value));
				}
			}
			case "--benchmark" -> benchmark = true;
			default -> {
				return usageError(context, texts.get("sample.unknownOption", arg));
			}
			}
		}
		if (out == null) {
			return usageError(context, texts.get("sample.missingOut"));
		}

		int written = generate(out, scale, context);
		if (written != OK || !benchmark) {
			return written;
		}
		// the generated plan is unreachable once generate() returns: the benchmark measures the loaded one only
		return benchmark(out, new PlanStore(), context);
	}

	/** Builds the sample, prints what it holds and saves it. */
	private static int generate(Path out, int scale, CliContext context) {
		Texts texts = context.texts();
		long start = System.nanoTime();
		SampleBuild build;
		try {
			build = TachengSampleBuilder.fromBundle().scale(scale).build();
		} catch (IOException e) {
			context.err().println(texts.get("sample.buildFailed", e.getMessage()));
			return IO_ERROR;
		}
		long built = System.nanoTime();
		Plan plan = build.plan();
		context.out().println(texts.get("sample.built", scale, millis(start, built)));
		COUNTS.forEach((key, count) -> context.out().println(texts.get("sample.count", texts.get(key), count.apply(plan))));
		List<UnresolvedMineral> unresolved = build.unresolved();
		if (!unresolved.isEmpty()) {
			List<String> names = new ArrayList<>();
			unresolved.forEach(u -> names.add(u.text()));
			context.out().println(texts.get("sample.unresolved", unresolved.size(), String.join("; ", names)));
		}
		try {
			Path parent = out.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			long saving = System.nanoTime();
			new PlanStore().save(plan, out);
			context.out().println(texts.get("sample.saved", out, Files.size(out), millis(saving, System.nanoTime())));
			return OK;
		} catch (IOException e) {
			context.err().println(texts.get("sample.writeFailed", out, e.getMessage()));
			return IO_ERROR;
		}
	}

	/**
	 * Loads and saves the written file a few times: times, and the heap the loaded plan holds (used heap after
	 * GC with the plan loaded, less used heap after GC once it is dropped).
	 */
	private static int benchmark(Path file, PlanStore store, CliContext context) {
		Texts texts = context.texts();
		Path copy = file.resolveSibling(file.getFileName() + ".benchmark");
		try {
			for (int round = 1; round <= BENCHMARK_ROUNDS; round++) {
				long start = System.nanoTime();
				Plan loaded = store.load(file);
				long loadedAt = System.nanoTime();
				store.save(loaded, copy);
				long saved = System.nanoTime();
				int elements = elements(loaded);
				long withPlan = usedHeapAfterGc();
				loaded.eResource().getResourceSet().getResources().clear();
				loaded = null;
				long held = withPlan - usedHeapAfterGc();
				context.out().println(texts.get("sample.benchmark.round", round, millis(start, loadedAt),
						millis(loadedAt, saved), String.format(Locale.ROOT, "%.1f", held / 1048576.0), elements));
			}
			context.out().println(texts.get("sample.benchmark.heap", Runtime.getRuntime().maxMemory() / 1048576));
			return OK;
		} catch (PlanFileException e) {
			context.err().println(e.getMessage());
			return PROBLEMS;
		} catch (IOException e) {
			context.err().println(texts.get("sample.writeFailed", copy, e.getMessage()));
			return IO_ERROR;
		} finally {
			try {
				Files.deleteIfExists(copy);
			} catch (IOException e) {
				context.err().println(texts.get("sample.writeFailed", copy, e.getMessage()));
			}
		}
	}

	private static int elements(Plan plan) {
		int count = 0;
		for (var it = plan.eAllContents(); it.hasNext(); it.next()) {
			count++;
		}
		return count;
	}

	private static long usedHeapAfterGc() {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

	private int usageError(CliContext context, String message) {
		context.err().println(message);
		context.err().println(usage(context));
		return USAGE;
	}
}
