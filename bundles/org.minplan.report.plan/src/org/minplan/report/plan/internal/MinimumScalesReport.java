package org.minplan.report.plan.internal;

import org.minplan.core.i18n.Texts;
import org.minplan.model.MinimumScaleStandard;
import org.minplan.model.Plan;

/**
 * 专栏21 新建矿山重点矿种最低开采规模设计标准: per mineral the minimum design scales of large, medium and small
 * new mines and the minimum service life, as printed ("120/400", "-" kept; single numbers as numbers).
 */
public final class MinimumScalesReport extends PlanTableReport {

	public MinimumScalesReport() {
		super("plan.zl21", "专栏21");
	}

	@Override
	protected void build(Plan plan, TableBuilder table, Texts texts) {
		table.wide();
		table.headerKeys("col.number", "zl21.name", "zl21.unit", "scale.large", "scale.medium", "scale.small",
				"zl21.serviceLife", "zl21.remarks");
		int row = 0;
		for (MinimumScaleStandard standard : plan.getMinimumScales()) {
			row++;
			String number = standard.getNumber() == null || standard.getNumber().isBlank() ? Integer.toString(row)
					: standard.getNumber();
			table.row(TableBuilder.text(number), TableBuilder.text(standard.getName()),
					TableBuilder.text(standard.getUnit()), TableBuilder.printed(standard.getLarge()),
					TableBuilder.printed(standard.getMedium()), TableBuilder.printed(standard.getSmall()),
					TableBuilder.text(standard.getServiceLife()), TableBuilder.text(standard.getRemarks()));
		}
	}
}
