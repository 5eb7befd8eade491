package org.minplan.ui.table.tests;

import org.minplan.tests.ui.support.Screenshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.sort.command.SortColumnCommand;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowRowInViewportCommand;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.Plan;
import org.minplan.ui.table.internal.CrossTableView;
import org.minplan.ui.table.internal.PlanTableView;

/**
 * Not a test: the benchmark of bundles/org.minplan.ui.table/BENCHMARK.md, run by hand (see there) with
 * {@code -Dminplan.benchmark=true}. A table over 100 000 exploration blocks: open, scroll, sort, filter, edit.
 */
@EnabledIfSystemProperty(named = "minplan.benchmark", matches = "true")
class TableBenchmark {

	private static final int ROWS = Integer.getInteger("minplan.benchmark.rows", 100_000);
	private final List<String> results = new ArrayList<>();

	@Test
	void aTableOverAHundredThousandBlocks() throws Exception {
		Workbench.openPlan(); // the sample the workbench opens at start, so it cannot replace the synthetic plan later
		long t0 = System.nanoTime();
		Plan synthetic = TestPlans.synthetic(ROWS);
		long built = System.nanoTime();
		Plan plan = Workbench.open(synthetic);
		long opened = System.nanoTime();
		record("build synthetic plan (" + ROWS + " blocks)", t0, built);
		record("save + load + show it in the workbench", built, opened);
		Workbench.bigWindow();

		long a = System.nanoTime();
		PlanTableView view = (PlanTableView) org.minplan.ui.table.internal.OpenTableHandler
				.open(Workbench.page(), "org.minplan.ui.table.explorationBlocks").orElseThrow();
		paint(view.natTable());
		long b = System.nanoTime();
		record("open the exploration blocks table and paint it", a, b);
		assertEquals(ROWS, view.rows().getRowCount());

		Workbench.page().hideView(view);
		Workbench.flush(200);
		a = System.nanoTime();
		view = (PlanTableView) org.minplan.ui.table.internal.OpenTableHandler
				.open(Workbench.page(), "org.minplan.ui.table.explorationBlocks").orElseThrow();
		paint(view.natTable());
		b = System.nanoTime();
		record("close and open it again (classes loaded) and paint", a, b);

		NatTable natTable = view.natTable();
		var layer = view.selectionLayer();
		a = System.nanoTime();
		int steps = 0;
		for (int row = 0; row < ROWS; row += ROWS / 200) {
			natTable.doCommand(new ShowRowInViewportCommand(row));
			paint(natTable);
			steps++;
		}
		b = System.nanoTime();
		record("scroll: " + steps + " jumps through the table, each painted", a, b);
		results.add(String.format("  per jump: %.1f ms", (b - a) / 1e6 / steps));

		a = System.nanoTime();
		steps = 0;
		for (int row = 0; row < ROWS; row += ROWS / 20) {
			layer.doCommand(new SelectCellCommand(layer, 1, row, false, false));
			paint(natTable);
			Workbench.flush(0);
			steps++;
		}
		b = System.nanoTime();
		record("select: " + steps + " rows far apart (Properties and explorer follow)", a, b);
		results.add(String.format("  per selection: %.1f ms", (b - a) / 1e6 / steps));
		IViewPart explorer = Workbench.page().findView("org.minplan.ui.views.planExplorer");
		if (explorer != null) {
			Workbench.page().hideView(explorer);
		}
		a = System.nanoTime();
		steps = 0;
		for (int row = 0; row < ROWS; row += ROWS / 20) {
			layer.doCommand(new SelectCellCommand(layer, 1, row, false, false));
			paint(natTable);
			Workbench.flush(0);
			steps++;
		}
		b = System.nanoTime();
		record("select: the same with the explorer closed", a, b);
		results.add(String.format("  per selection: %.1f ms", (b - a) / 1e6 / steps));

		int area = Workbench.columnIndex(view, "statedArea");
		int areaPosition = natTablePosition(natTable, area);
		a = System.nanoTime();
		natTable.doCommand(new SortColumnCommand(natTable, areaPosition, false));
		paint(natTable);
		b = System.nanoTime();
		record("sort by area (number), ascending, and paint", a, b);
		assertTrue(((ExplorationBlock) view.rows().getRowObject(0)).getStatedArea()
				.compareTo(((ExplorationBlock) view.rows().getRowObject(ROWS - 1)).getStatedArea()) <= 0);
		a = System.nanoTime();
		natTable.doCommand(new SortColumnCommand(natTable, areaPosition, false));
		paint(natTable);
		b = System.nanoTime();
		record("sort by area, descending, and paint", a, b);

		int name = Workbench.columnIndex(view, "name");
		a = System.nanoTime();
		natTable.doCommand(new SortColumnCommand(natTable, natTablePosition(natTable, name), false));
		paint(natTable);
		b = System.nanoTime();
		record("sort by name (Chinese collation) and paint", a, b);

		a = System.nanoTime();
		view.filterRow().setDataValue(Workbench.columnIndex(view, "county"), 0, "托里");
		paint(natTable);
		b = System.nanoTime();
		record("filter county contains 托里 (" + view.rows().getRowCount() + " rows left) and paint", a, b);
		view.filterRow().clearAllFilters();
		paint(natTable);

		ExplorationBlock first = (ExplorationBlock) view.rows().getRowObject(0);
		a = System.nanoTime();
		Workbench.typeIntoCell(view, first, "statedArea", "1.25");
		b = System.nanoTime();
		record("edit one cell (command, re-sort of 100 000 rows, paint)", a, b);

		a = System.nanoTime();
		CrossTableView cross = Workbench.openTable("org.minplan.ui.table.cross.explorationBlocks", CrossTableView.class);
		paint(cross.natTable());
		b = System.nanoTime();
		record("open the county × mineral cross-table (专栏17) and paint", a, b);
		a = System.nanoTime();
		cross.recompute();
		paint(cross.natTable());
		b = System.nanoTime();
		record("recount the cross-table", a, b);
		assertEquals(ROWS, cross.model().count(cross.model().totalColumn(), cross.model().totalRow()));
		Screenshots.of(view.getSite().getShell(), "benchmark-100000");

		String report = String.join(System.lineSeparator(), results) + System.lineSeparator();
		System.out.println(report);
		Files.writeString(new File(Screenshots.folder().getParentFile(), "benchmark.txt").toPath(), report,
				StandardCharsets.UTF_8);
		assertTrue(plan.getExplorationBlocks().size() == ROWS);
	}

	private void record(String what, long from, long to) {
		results.add(String.format("%-70s %8.0f ms", what, (to - from) / 1e6));
	}

	/** Paints now and waits for it, as the user would see the table. */
	private static void paint(NatTable natTable) {
		natTable.redraw();
		natTable.update();
		while (natTable.getDisplay().readAndDispatch()) {
			// let queued refreshes run
		}
		natTable.update();
	}

	/** @return the NatTable column position of a body column (header row, left of the viewport) */
	private static int natTablePosition(NatTable natTable, int columnIndex) {
		for (int p = 1; p < natTable.getColumnCount(); p++) {
			if (natTable.getColumnIndexByPosition(p) == columnIndex) {
				return p;
			}
		}
		throw new AssertionError("column " + columnIndex + " is not in view");
	}
}
