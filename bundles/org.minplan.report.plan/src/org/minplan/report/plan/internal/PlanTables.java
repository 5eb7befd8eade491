package org.minplan.report.plan.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.minplan.core.i18n.Texts;
import org.minplan.core.stats.PlanStatistics;
import org.minplan.model.Mine;
import org.minplan.model.Plan;
import org.minplan.model.PlanElement;
import org.minplan.report.ReportDocument;
import org.minplan.report.ReportException;
import org.minplan.report.ReportInput;

/** What the table reports share: the list of tables, the document's subtitle, the synthetic-data notice. */
public final class PlanTables {

	private PlanTables() {
	}

	/** @return one report per table, in the plan's order (专栏4 … 专栏23) */
	public static List<PlanTableReport> all() {
		return List.of(new MineralCatalogueReport(), new ReservesReport(), new MinesReport(),
				new ProductionTargetsReport(), new MineStructureTargetsReport(), new ExplorationBlocksReport(),
				new MiningBlocksReport(), new SandGravelTotalsReport(), new ConcentratedAreasReport(),
				new MinimumScalesReport(), new EnvironmentalZonesReport(), new AbandonedPitsReport());
	}

	static Plan requirePlan(ReportInput input) throws ReportException {
		if (input.plan() == null) {
			throw new ReportException(Texts.of(PlanTables.class, input.locale()).get("error.noPlan"));
		}
		return input.plan();
	}

	/** Adds the plan's name and file under the title. */
	static void subtitle(ReportDocument document, ReportInput input) {
		Texts texts = Texts.of(PlanTables.class, input.locale());
		if (input.plan().getName() != null && !input.plan().getName().isBlank()) {
			document.subtitle().add(input.plan().getName());
		}
		if (input.planFile() != null) {
			document.subtitle().add(texts.get("subtitle.file", input.planFile().getFileName().toString()));
		}
	}

	/** Adds a table, preceded by the synthetic-data notice when it shows synthetic values. */
	static void addTable(ReportDocument document, TableBuilder table, Locale locale) {
		if (table.synthetic()) {
			document.setSynthetic(true);
			document.add(PlanTableReport.warning(Texts.of(PlanTables.class, locale).get("notice.synthetic")));
		}
		document.add(table.build());
	}

	/** @return the summed ore output of mines (万吨, 万立方米 for sand and clay); missing outputs count as 0 */
	static BigDecimal sumOutput(Collection<Mine> mines) {
		return PlanStatistics.sumDecimal(mines, Mine::getOutput);
	}

	/** @return whether any of the elements is synthetic (示例生成) */
	static boolean synthetic(Collection<? extends PlanElement> elements) {
		return elements.stream().anyMatch(PlanElement::isSynthetic);
	}
}
