package org.minplan.report.plan.internal;

import org.minplan.model.Plan;

/** 专栏18 拟设开采规划区块一览表: mining blocks (开采规划区块) by county and mineral. */
public final class MiningBlocksReport extends BlocksByCountyReport {

	public MiningBlocksReport() {
		super("plan.zl18", "专栏18", Plan::getMiningBlocks);
	}
}
