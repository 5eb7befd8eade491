package org.minplan.sample.internal;

import java.util.Map;

/**
 * Seed lines of the data rows of the transcribed tables that have no {@code seed_line} column, from the line
 * ranges in {@code seed-tables/README.md} and the page-break continuations in {@code NOTES.md}: each table
 * is one or two runs of consecutive lines, given as {first data row, its line, ...}.
 */
final class TableLines {

	private static final Map<String, int[]> RUNS = Map.ofEntries(
			Map.entry("zl01_natural_resources.tsv", new int[] { 1, 85 }),
			Map.entry("zl02_economy.tsv", new int[] { 1, 101 }),
			Map.entry("zl03_geological_survey.tsv", new int[] { 1, 114 }),
			Map.entry("zl04_minerals.tsv", new int[] { 1, 135 }),
			Map.entry("zl05_mineral_resources.tsv", new int[] { 1, 152, 16, 170 }),
			Map.entry("zl06_mining_status.tsv", new int[] { 1, 199, 7, 212 }),
			Map.entry("zl07_achievements.tsv", new int[] { 1, 243 }),
			Map.entry("zl08_survey_indicators.tsv", new int[] { 1, 251 }),
			Map.entry("zl09_new_reserves.tsv", new int[] { 1, 260, 8, 273 }),
			Map.entry("zl10_demand_analysis.tsv", new int[] { 1, 332 }),
			Map.entry("zl11_survey_targets.tsv", new int[] { 1, 382 }),
			Map.entry("zl12_exploration_targets.tsv", new int[] { 1, 398 }),
			Map.entry("zl13_production_targets.tsv", new int[] { 1, 419 }),
			Map.entry("zl14_mine_structure_targets.tsv", new int[] { 1, 435 }),
			Map.entry("zl15_layout.tsv", new int[] { 1, 479 }),
			Map.entry("zl17_exploration_blocks_by_county.tsv", new int[] { 1, 521 }),
			Map.entry("zl18_mining_blocks_by_county.tsv", new int[] { 1, 542 }),
			Map.entry("zl19_sand_gravel_clay_totals.tsv", new int[] { 1, 568 }),
			Map.entry("zl20_concentrated_areas.tsv", new int[] { 1, 580 }),
			Map.entry("zl21_min_mining_scale.tsv", new int[] { 1, 647 }),
			Map.entry("zl22_env_zones.tsv", new int[] { 1, 689, 6, 700 }),
			Map.entry("zl23_abandoned_pits.tsv", new int[] { 1, 709 }),
			Map.entry("zl24_geo_survey_projects.tsv", new int[] { 1, 752 }),
			Map.entry("zl25_evaluation_projects.tsv", new int[] { 1, 762 }),
			Map.entry("zl26_processing_bases.tsv", new int[] { 1, 777 }));

	private TableLines() {
	}

	/** @return the seed line of data row {@code row} (1-based) of a table, 0 when the table is not listed */
	static int lineOf(String file, int row) {
		int[] runs = RUNS.get(file);
		if (runs == null) {
			return 0;
		}
		int line = 0;
		for (int i = 0; i < runs.length; i += 2) {
			if (row >= runs[i]) {
				line = runs[i + 1] + row - runs[i];
			}
		}
		return line;
	}
}
