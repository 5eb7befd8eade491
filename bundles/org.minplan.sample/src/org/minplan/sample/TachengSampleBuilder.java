package org.minplan.sample;

import java.io.IOException;
import java.nio.file.Path;

import org.minplan.core.persistence.PlanStore;
import org.minplan.model.MinplanFactory;
import org.minplan.model.Plan;
import org.minplan.sample.internal.SampleAssembly;
import org.minplan.sample.internal.SeedTables;

/**
 * Builds the sample plan — the Tacheng Prefecture plan 2021–2025 (《新疆维吾尔自治区塔城地区矿产资源总体规划
 * (2021—2025年)》) — from the tables transcribed from its text ({@code seed-tables/*.tsv}).
 * <p>
 * What the plan prints is transcribed exactly, mistakes included (the validators are to find them): names,
 * units, numbers with their printed decimals, row order, withheld values. What the plan only counts — the
 * exploration and mining blocks of 专栏17/18, the concentrated mining areas of 专栏20, the mines of 专栏6 — is
 * generated, one element per counted item of the finest breakdown printed (so 额敏县 gets the 25 blocks its
 * items add up to, while its printed 26 stays a statement), deterministically, with approximate geometry,
 * and marked {@code synthetic}; each says in {@code source} which table row and seed line it stands for.
 * Divisions have approximate hand-drawn boundaries. The same input gives a byte-identical file every time.
 * <p>
 * {@link #scale(int)} multiplies the generated elements (not the printed numbers) for performance tests.
 */
public final class TachengSampleBuilder {

	private final SeedTables tables;
	private int scale = 1;

	private TachengSampleBuilder(SeedTables tables) {
		this.tables = tables;
	}

	/** @return a builder reading the tables shipped in this bundle ({@code seed-tables/}) */
	public static TachengSampleBuilder fromBundle() {
		return new TachengSampleBuilder(SeedTables.bundled());
	}

	/** @return a builder reading the tables of a folder, e.g. {@code bundles/org.minplan.sample/seed-tables} */
	public static TachengSampleBuilder fromFolder(Path seedTables) {
		return new TachengSampleBuilder(SeedTables.folder(seedTables));
	}

	/**
	 * @param scale how many times to generate each counted element (1 = the sample; 100 = "a plan 100×
	 *              larger"); beyond 1 the generated polygons may overlap, but stay inside their county
	 * @return this builder
	 */
	public TachengSampleBuilder scale(int scale) {
		if (scale < 1) {
			throw new IllegalArgumentException("scale must be 1 or more, was " + scale);
		}
		this.scale = scale;
		return this;
	}

	/**
	 * @return the plan and the printed mineral names nothing resolved
	 * @throws IOException when a table cannot be read or does not hold what is expected (the message names
	 *                     the file, row and column)
	 */
	public SampleBuild build() throws IOException {
		Plan plan = MinplanFactory.eINSTANCE.createPlan();
		plan.setFormatVersion(PlanStore.FORMAT_VERSION);
		return new SampleAssembly(plan, tables, scale).build();
	}
}
