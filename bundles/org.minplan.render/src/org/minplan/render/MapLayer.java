package org.minplan.render;

/**
 * The layers of the planning map (规划图), in drawing order (first drawn lowest), as the workbench's interactive map
 * draws them: the same order, label priorities (smaller wins a conflict) and scales up to which labels are
 * written (1:N with N ≤ {@link #labelScale()}; negative always).
 */
public enum MapLayer {
	/** 勘查开发总体布局 (一翼两带五区, 专栏15): amber dotted outlines. */
	LAYOUT_UNITS(4_000_000, 5),
	/** 矿山地质环境治理分区 (专栏22): greens, key treatment areas hatched. */
	ENVIRONMENTAL_ZONES(1_000_000, 30),
	/** 规划分区: key exploration/mining zones, energy bases, national planned mining areas. */
	ZONES(3_000_000, 8),
	/** 行政区界: prefecture and county boundaries, county names. */
	COUNTIES(-1, 0),
	/** 砂石土集中开采区 (专栏20), brown-orange. */
	CONCENTRATED_AREAS(1_500_000, 22),
	/** 勘查规划区块 (专栏17), blue. */
	EXPLORATION_BLOCKS(1_500_000, 21),
	/** 开采规划区块 (专栏18), red. */
	MINING_BLOCKS(1_500_000, 20),
	/** 历史遗留露天采坑 (专栏23), brown cross-hatched. */
	ABANDONED_PITS(500_000, 35),
	/** 矿山 (专栏6): symbols by mineral category and scale. */
	MINES(400_000, 40);

	private final long labelScale;
	private final int labelPriority;

	MapLayer(long labelScale, int labelPriority) {
		this.labelScale = labelScale;
		this.labelPriority = labelPriority;
	}

	/** @return labels are written at scales 1:N with N ≤ this; negative: at every scale */
	public long labelScale() {
		return labelScale;
	}

	/** @return the label priority: smaller is placed first */
	public int labelPriority() {
		return labelPriority;
	}
}
