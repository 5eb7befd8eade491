package org.minplan.report.plan.internal;

import org.minplan.model.Plan;

/** 专栏17 拟设勘查规划区块一览表: exploration blocks (勘查规划区块) by county and mineral. */
public final class ExplorationBlocksReport extends BlocksByCountyReport {

	public ExplorationBlocksReport() {
		super("plan.zl17", "专栏17", Plan::getExplorationBlocks);
	}
}
