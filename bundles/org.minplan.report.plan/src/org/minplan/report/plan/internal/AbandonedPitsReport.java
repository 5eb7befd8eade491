package org.minplan.report.plan.internal;

import java.math.BigDecimal;
import java.util.List;

import org.minplan.core.i18n.Texts;
import org.minplan.model.AbandonedPit;
import org.minplan.model.AreaUnit;
import org.minplan.model.Plan;
import org.minplan.validation.support.Quantities;

/**
 * 专栏23 历史遗留废弃采坑一览表: the abandoned pits with their county and area in hectares (decimals as stated),
 * and a 合计 row the plan states only in its text (775.59 公顷).
 */
public final class AbandonedPitsReport extends PlanTableReport {

	private static final BigDecimal HECTARES_PER_KM2 = BigDecimal.valueOf(100);
	private static final BigDecimal M2_PER_HECTARE = BigDecimal.valueOf(10_000);

	public AbandonedPitsReport() {
		super("plan.zl23", "专栏23");
	}

	@Override
	protected void build(Plan plan, TableBuilder table, Texts texts) {
		table.headerKeys("col.number", "zl23.name", "zl23.county", "zl23.area");
		List<AbandonedPit> pits = plan.getAbandonedPits();
		BigDecimal sum = BigDecimal.ZERO;
		int decimals = 0;
		int row = 0;
		for (AbandonedPit pit : pits) {
			row++;
			String number = pit.getNumber() == null || pit.getNumber().isBlank() ? Integer.toString(row) : pit.getNumber();
			String county = pit.getCounty() != null ? pit.getCounty().getName() : pit.getCountyText();
			BigDecimal hectares = hectares(pit);
			table.row(TableBuilder.text(number), TableBuilder.text(pit.getName()), TableBuilder.text(county),
					hectares == null ? TableBuilder.text("")
							: TableBuilder.decimal(hectares, -1, false, pit.isSynthetic()));
			if (hectares != null) {
				sum = sum.add(hectares);
				decimals = Math.max(decimals, Math.max(0, hectares.stripTrailingZeros().scale()));
			}
		}
		table.row(TableBuilder.text(texts.get("col.total")).bold().span(3, 1),
				TableBuilder.decimal(sum, decimals, false, PlanTables.synthetic(pits)).bold());
		BigDecimal total = sum;
		plan.getStatements().stream().filter(s -> "pits.area".equals(s.getCode())).findFirst().flatMap(Printed::value)
				.filter(printed -> !Quantities.agrees(printed, total, BigDecimal.ZERO))
				.ifPresent(printed -> table.note(texts.get("note.differs", texts.get("zl23.totalArea"),
						Quantities.format(total), Quantities.format(printed))));
	}

	/** @return the stated area in hectares, or null */
	private static BigDecimal hectares(AbandonedPit pit) {
		BigDecimal area = pit.getStatedArea();
		if (area == null) {
			return null;
		}
		AreaUnit unit = pit.getStatedAreaUnit();
		if (unit == AreaUnit.SQUARE_KILOMETRE) {
			return area.multiply(HECTARES_PER_KM2);
		}
		if (unit == AreaUnit.SQUARE_METRE) {
			return area.divide(M2_PER_HECTARE);
		}
		return area;
	}
}
