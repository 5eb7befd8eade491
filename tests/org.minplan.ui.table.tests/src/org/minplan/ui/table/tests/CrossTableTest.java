package org.minplan.ui.table.tests;

import org.minplan.tests.ui.support.Screenshots;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minplan.core.stats.CrossTable;
import org.minplan.core.stats.PlanStatistics;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.Mine;
import org.minplan.model.MineScale;
import org.minplan.model.Plan;
import org.minplan.model.edit.PlanLabels;
import org.minplan.ui.table.internal.CrossTableModel;
import org.minplan.ui.table.internal.CrossTableView;
import org.minplan.ui.table.internal.DrillDownDialog;
import org.minplan.ui.table.internal.PlanTableView;
import org.minplan.ui.table.internal.TableTexts;

/** The cross-tables as a reviewer reads them: counts as PlanStatistics computes them, totals, drill-down. */
class CrossTableTest {

	private static Plan plan;

	@BeforeAll
	static void openPlan() throws Exception {
		plan = Workbench.openPlan();
		Workbench.bigWindow();
	}

	@Test
	void explorationBlocksByCountyAndMineralMatchPlanStatisticsWithTotals() {
		CrossTableView view = Workbench.openTable("org.minplan.ui.table.cross.explorationBlocks", CrossTableView.class);
		CrossTableModel model = view.model();
		CrossTable<ExplorationBlock> expected = PlanStatistics.blocksByCountyAndMineral(plan, plan.getExplorationBlocks());

		assertEquals(expected.rows().size() + 1, model.rowCount());
		assertEquals(expected.columns().size() + 1, model.columnCount());
		for (String row : expected.rows()) {
			for (String column : expected.columns()) {
				int r = model.rowOf(row);
				int c = model.columnOf(column);
				assertEquals(expected.count(row, column), model.count(c, r), row + " × " + column);
				String shown = Cells.shown(view, c, r);
				assertEquals(expected.count(row, column) == 0 ? "" : String.valueOf(expected.count(row, column)), shown);
			}
			assertEquals(String.valueOf(expected.rowTotal(row)),
					Cells.shown(view, model.totalColumn(), model.rowOf(row)), "total of " + row);
		}
		int totalRow = model.totalRow();
		assertEquals(TableTexts.get("crossTable.total"), model.rowLabel(totalRow));
		assertEquals(String.valueOf(expected.total()), Cells.shown(view, model.totalColumn(), totalRow));
		assertEquals(plan.getExplorationBlocks().size(), expected.total());
	}

	@Test
	void minesByMineralAndScaleHaveScaleColumnsInOrder() {
		CrossTableView view = Workbench.openTable("org.minplan.ui.table.cross.mines", CrossTableView.class);
		CrossTableModel model = view.model();
		List<String> headers = new java.util.ArrayList<>();
		for (int c = 0; c < model.columnCount(); c++) {
			headers.add(model.columnLabel(c));
		}
		assertEquals(TableTexts.get("crossTable.total"), headers.get(0), "合计 first, as 专栏6 prints it");
		List<String> scales = java.util.Arrays.stream(MineScale.values()).map(PlanLabels::literal)
				.filter(headers::contains).toList();
		assertEquals(scales, headers.stream().filter(scales::contains).toList(), "scales in order 大型, 中型, 小型, 小矿");
		CrossTable<Mine> expected = PlanStatistics.minesByMineralAndScale(plan);
		assertEquals(expected.total(), model.count(model.totalColumn(), model.totalRow()));
	}

	@Test
	void doubleClickingACountListsTheElementsBehindItAndSelectsThem() {
		CrossTableView view = Workbench.openTable("org.minplan.ui.table.cross.explorationBlocks", CrossTableView.class);
		CrossTableModel model = view.model();
		int row = 0;
		int column = 1;
		while (model.count(column, row) == 0) {
			column++;
			if (column == model.columnCount()) {
				column = 1;
				row++;
			}
		}
		List<EObject> behind = model.elements(column, row);

		DrillDownDialog dialog = view.openDrillDown(column, row, false);
		Workbench.flush(300);
		assertEquals(behind, dialog.elements());
		Screenshots.of(dialog.getShell(), "cross-drill-down");
		Workbench.page().activate(view);
		dialog.pressSelect();
		Workbench.flush(300);

		assertEquals(behind, ((IStructuredSelection) Workbench.page().getSelection()).toList(),
				"the elements behind the count are the workbench selection");
		view.showInTable(behind);
		Workbench.flush(300);
		PlanTableView blocks = (PlanTableView) Workbench.page().findViewReference(PlanTableView.ID,
				"org.minplan.ui.table.explorationBlocks").getView(false);
		assertEquals(behind, blocks.selection().selectedElements(), "shown and selected in the blocks table");
	}
}
