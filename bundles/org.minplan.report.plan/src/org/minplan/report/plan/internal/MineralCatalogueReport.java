package org.minplan.report.plan.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.minplan.core.i18n.Texts;
import org.minplan.model.Mineral;
import org.minplan.model.MineralCategory;
import org.minplan.model.Plan;
import org.minplan.report.ReportDocument.Cell;
import org.minplan.validation.support.ElementLabels;
import org.minplan.validation.support.Quantities;

/**
 * 专栏4 发现矿种一览表: the mineral catalogue by category (类别, 矿种 listed with 、, 数目), then the advantage
 * minerals (优势矿种), which are not a category.
 */
public final class MineralCatalogueReport extends PlanTableReport {

	public MineralCatalogueReport() {
		super("plan.zl04", "专栏4");
	}

	@Override
	protected void build(Plan plan, TableBuilder table, Texts texts) {
		table.headerKeys("zl04.category", "zl04.minerals", "zl04.count");
		int total = 0;
		int categories = 0;
		for (MineralCategory category : MineralCategory.VALUES) {
			List<Mineral> minerals = plan.getMinerals().stream().filter(m -> m.getCategory() == category).toList();
			if (minerals.isEmpty()) {
				continue;
			}
			categories++;
			total += minerals.size();
			table.row(TableBuilder.text(ElementLabels.literal(category).text(texts.locale())), names(minerals),
					TableBuilder.count(minerals.size(), PlanTables.synthetic(minerals)));
		}
		List<Mineral> advantage = plan.getMinerals().stream().filter(Mineral::isAdvantage).toList();
		table.row(TableBuilder.text(texts.get("zl04.advantage")), names(advantage),
				TableBuilder.count(advantage.size(), PlanTables.synthetic(advantage)));
		table.note(texts.get("zl04.note.total", Integer.toString(categories), Integer.toString(total)));
		int found = total;
		plan.getStatements().stream().filter(s -> "minerals.found.total".equals(s.getCode())).findFirst()
				.flatMap(Printed::value).filter(printed -> printed.compareTo(BigDecimal.valueOf(found)) != 0)
				.ifPresent(printed -> table.note(texts.get("note.differs", texts.get("zl04.total"), Integer.toString(found), Quantities.format(printed))));
	}

	private static Cell names(List<Mineral> minerals) {
		return TableBuilder.text(minerals.stream().map(Mineral::getName).collect(Collectors.joining("、")));
	}
}
