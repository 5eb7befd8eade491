package org.minplan.report.plan.internal;

/** 专栏13 2025年重点矿种年开采总量主要规划指标, with each mineral's output now and whether it meets the target. */
public final class ProductionTargetsReport extends IndicatorTableReport {

	public ProductionTargetsReport() {
		super("plan.zl13", "专栏13", "zl13.target");
	}
}
