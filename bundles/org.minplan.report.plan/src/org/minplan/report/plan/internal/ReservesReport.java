package org.minplan.report.plan.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.minplan.core.i18n.Texts;
import org.minplan.model.Plan;
import org.minplan.model.ResourceReserve;
import org.minplan.report.ReportDocument.Cell;

/**
 * 专栏5 主要矿产资源量基本情况表（2020年末）: per mineral its unit, cumulative identified (累计查明) and
 * retained (保有) resources with the decimals the plan prints; withheld figures printed as xxx.
 */
public final class ReservesReport extends PlanTableReport {

	public ReservesReport() {
		super("plan.zl05", "专栏5");
	}

	@Override
	protected void build(Plan plan, TableBuilder table, Texts texts) {
		table.headerKeys("col.number", "zl05.mineral", "zl05.unit", "zl05.cumulative", "zl05.retained");
		List<String> above = new ArrayList<>();
		int row = 0;
		for (ResourceReserve reserve : plan.getReserves()) {
			row++;
			String number = reserve.getCode() == null || reserve.getCode().isBlank() ? Integer.toString(row)
					: reserve.getCode();
			table.row(TableBuilder.text(number), TableBuilder.text(reserve.getName()),
					TableBuilder.text(reserve.getUnit()), amount(reserve, reserve.getCumulativeIdentified()),
					amount(reserve, reserve.getRetained()));
			BigDecimal cumulative = reserve.getCumulativeIdentified();
			BigDecimal retained = reserve.getRetained();
			if (cumulative != null && retained != null && retained.compareTo(cumulative) > 0) {
				above.add(reserve.getName());
			}
		}
		if (!above.isEmpty()) {
			table.note(texts.get("zl05.note.retainedAbove", String.join("、", above)));
		}
	}

	private static Cell amount(ResourceReserve reserve, BigDecimal value) {
		if (value == null) {
			return TableBuilder.text(reserve.isWithheld() ? "xxx" : "");
		}
		return TableBuilder.decimal(value, -1, false, reserve.isSynthetic());
	}
}
