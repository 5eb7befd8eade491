package org.minplan.report.plan.internal;

/**
 * 专栏14 2025年矿山规模结构及绿色矿山建设主要规划指标: mine count, large + medium share and utilisation targets,
 * with the values the model gives now.
 */
public final class MineStructureTargetsReport extends IndicatorTableReport {

	public MineStructureTargetsReport() {
		super("plan.zl14", "专栏14", "zl14.target");
	}
}
