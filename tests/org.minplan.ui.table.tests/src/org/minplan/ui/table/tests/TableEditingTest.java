package org.minplan.ui.table.tests;

import org.minplan.tests.ui.support.Screenshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.Indicator;
import org.minplan.model.Mineral;
import org.minplan.model.MiningBlock;
import org.minplan.model.MinplanPackage;
import org.minplan.model.Plan;
import org.minplan.model.edit.PlanLabels;
import org.minplan.core.stats.PlanStatistics;
import org.minplan.ui.model.PlanSession;
import org.minplan.ui.properties.PlanPropertySourceProvider;
import org.minplan.ui.table.internal.CellText;
import org.minplan.ui.table.internal.CrossTableView;
import org.minplan.ui.table.internal.PlanTableView;
import org.minplan.ui.table.internal.TableTexts;
import org.minplan.ui.table.internal.Tsv;

/** A user editing the plan in its tables: cells, cross-tables, paste, copy, undo, shared selection. */
class TableEditingTest {

	private static final String MINING_BLOCKS = "org.minplan.ui.table.miningBlocks";
	private static Plan plan;

	@BeforeAll
	static void openPlan() throws Exception {
		plan = Workbench.openPlan();
		Workbench.bigWindow();
	}

	@Test
	void editingAMiningBlocksAreaShowsInTableAndPropertiesAndUndoRestoresIt() throws Exception {
		PlanTableView view = Workbench.openTable(MINING_BLOCKS, PlanTableView.class);
		MiningBlock block = plan.getMiningBlocks().get(0);
		BigDecimal before = block.getStatedArea();
		PropertySheet sheet = (PropertySheet) Workbench.page().showView(IPageLayout.ID_PROP_SHEET, null,
				IWorkbenchPage.VIEW_VISIBLE);
		Workbench.page().activate(view);

		Workbench.typeIntoCell(view, block, "statedArea", "1,234.56");

		assertEquals(new BigDecimal("1234.56"), block.getStatedArea());
		assertEquals("1234.56", Cells.shown(view, block, "statedArea"));
		String areaName = PlanLabels.featureName(MinplanPackage.Literals.SPATIAL_ELEMENT__STATED_AREA);
		assertEquals(new BigDecimal("1234.56"), propertyValue(block, areaName));
		Workbench.flush(300);
		assertEquals("1234.56", sheetValue(sheet, areaName), "Properties view");
		Screenshots.of(view.getSite().getShell(), "edit-mining-block-area");

		Workbench.run(view, ActionFactory.UNDO);

		assertEquals(before, block.getStatedArea());
		assertEquals(CellText.format(before), Cells.shown(view, block, "statedArea"));
		Workbench.flush(300);
		assertEquals(before == null ? "" : before.toString(), sheetValue(sheet, areaName), "Properties view after undo");
	}

	@Test
	void changingABlocksCountyOrMineralInTheTableRecountsTheCrossTableAtOnce() {
		CrossTableView cross = Workbench.openTable("org.minplan.ui.table.cross.miningBlocks", CrossTableView.class);
		PlanTableView table = Workbench.openTable(MINING_BLOCKS, PlanTableView.class);
		MiningBlock block = plan.getMiningBlocks().stream().filter(b -> b.getCounty() != null).findFirst().orElseThrow();
		AdministrativeDivision from = block.getCounty();
		AdministrativeDivision to = PlanStatistics.counties(plan).stream().filter(c -> c != from).findFirst().orElseThrow();
		String mineral = PlanStatistics.mineralOf(block);
		int fromBefore = cross.model().count(from.getName(), mineral);
		int toBefore = cross.model().count(to.getName(), mineral);
		int total = cross.model().count(cross.model().totalColumn(), cross.model().totalRow());

		Workbench.chooseInCell(table, block, "county", to);

		assertEquals(to, block.getCounty());
		assertEquals(fromBefore - 1, cross.model().count(from.getName(), mineral), from.getName() + " × " + mineral);
		assertEquals(toBefore + 1, cross.model().count(to.getName(), mineral), to.getName() + " × " + mineral);
		int row = cross.model().rowOf(to.getName());
		int column = cross.model().columnOf(mineral);
		assertEquals(String.valueOf(toBefore + 1), Cells.shown(cross, column, row), "cell painted in the cross-table");
		assertEquals(String.valueOf(total),
				Cells.shown(cross, cross.model().totalColumn(), cross.model().totalRow()), "grand total");

		Mineral other = plan.getMinerals().stream().filter(m -> m != block.getMineral() && m.getName() != null)
				.findFirst().orElseThrow();
		int otherBefore = cross.model().count(to.getName(), other.getName());
		Workbench.chooseInCell(table, block, "mineral", other);

		assertEquals(other, block.getMineral());
		assertNull(block.getMineralText(), "the printed mineral text no longer describes the block");
		assertEquals(otherBefore + 1, cross.model().count(to.getName(), other.getName()));
		assertEquals(toBefore, cross.model().count(to.getName(), mineral));
		Workbench.page().activate(cross);
		Screenshots.of(cross.getSite().getShell(), "cross-mining-blocks-after-edit");

		Workbench.page().activate(table);
		Workbench.run(table, ActionFactory.UNDO);
		Workbench.run(table, ActionFactory.UNDO);

		assertEquals(from, block.getCounty());
		assertEquals(mineral, PlanStatistics.mineralOf(block));
		assertEquals(fromBefore, cross.model().count(from.getName(), mineral));
		assertEquals(toBefore, cross.model().count(to.getName(), mineral));
		assertEquals(otherBefore, cross.model().count(to.getName(), other.getName()));
	}

	@Test
	void pastingTwoTsvRowsIntoTheIndicatorsTableIsOneUndo() {
		PlanTableView view = Workbench.openTable("org.minplan.ui.table.indicators", PlanTableView.class);
		Workbench.page().activate(view);
		int before = plan.getIndicators().size();

		// nothing selected: the rows are added at the end
		view.selectionLayer().clear();
		Workbench.setClipboardText("测试指标甲\t个\t≤5\n测试指标乙\t%\t≥40\n");
		Workbench.run(view, ActionFactory.PASTE);

		assertEquals(before + 2, plan.getIndicators().size());
		Indicator first = plan.getIndicators().get(before);
		Indicator second = plan.getIndicators().get(before + 1);
		assertEquals(List.of("测试指标甲", "个", "≤5"), List.of(first.getName(), first.getUnit(), first.getTargetText()));
		assertEquals(List.of("测试指标乙", "%", "≥40"), List.of(second.getName(), second.getUnit(), second.getTargetText()));
		assertNotNull(first.getId(), "a pasted row gets an id");
		assertEquals(before + 2, view.rows().getRowCount(), "the table shows the new rows");
		assertTrue(view.statusMessage().contains(TableTexts.get("paste.done", 6, 0, 2)), view.statusMessage());

		Workbench.run(view, ActionFactory.UNDO);

		assertEquals(before, plan.getIndicators().size(), "one undo removes both pasted rows");
		assertEquals(before, view.rows().getRowCount());

		// pasted over two existing rows: both change, one undo restores both
		Indicator a = (Indicator) view.rows().getRowObject(0);
		Indicator b = (Indicator) view.rows().getRowObject(1);
		String unitA = a.getUnit();
		String unitB = b.getUnit();
		Workbench.selectCell(view, a, "unit");
		Workbench.setClipboardText("亿吨\n万立方米\n");
		Workbench.run(view, ActionFactory.PASTE);
		assertEquals(List.of("亿吨", "万立方米"), List.of(a.getUnit(), b.getUnit()));
		Workbench.run(view, ActionFactory.UNDO);
		assertEquals(unitA, a.getUnit());
		assertEquals(unitB, b.getUnit());
	}

	@Test
	void copyingTwoRowsPutsTheirCellsOnTheClipboardAsTsv() {
		PlanTableView view = Workbench.openTable("org.minplan.ui.table.explorationBlocks", PlanTableView.class);
		Workbench.page().activate(view);
		var layer = view.selectionLayer();
		layer.clear();
		layer.doCommand(new SelectRowsCommand(layer, 0, new int[] { 0, 1 }, false, true, 0));
		Workbench.flush(100);

		Workbench.run(view, ActionFactory.COPY);

		String tsv = Workbench.clipboardText();
		assertNotNull(tsv, "nothing on the clipboard");
		List<List<String>> lines = Tsv.read(tsv);
		assertEquals(2, lines.size(), tsv);
		int columns = view.table().orElseThrow().columns().size();
		for (int r = 0; r < 2; r++) {
			ExplorationBlock block = (ExplorationBlock) view.rows().getRowObject(r);
			List<String> line = lines.get(r);
			assertEquals(columns, line.size(), "cells of row " + r + ": " + line);
			assertEquals(block.getCode(), line.get(Workbench.columnIndex(view, "code")));
			assertEquals(block.getName(), line.get(Workbench.columnIndex(view, "name")));
			assertEquals(PlanLabels.text(block.getCounty()), line.get(Workbench.columnIndex(view, "county")));
			assertEquals(block.getStatedArea() == null ? "" : block.getStatedArea().toPlainString(),
					line.get(Workbench.columnIndex(view, "statedArea")));
			assertEquals(block.getStage() == null ? "" : PlanLabels.literal(block.getStage()),
					line.get(Workbench.columnIndex(view, "stage")));
		}
		assertTrue(tsv.contains("\t") && tsv.lines().count() == 2, tsv);
	}

	@Test
	void selectionIsSharedWithTheExplorerAndTheWorkbench() {
		PlanTableView view = Workbench.openTable(MINING_BLOCKS, PlanTableView.class);
		Workbench.page().activate(view);
		MiningBlock first = plan.getMiningBlocks().get(0);
		MiningBlock second = plan.getMiningBlocks().get(1);

		Workbench.selectCell(view, first, "code");
		assertEquals(List.of(first), ((IStructuredSelection) Workbench.page().getSelection()).toList(),
				"the workbench selection is the selected row's element");

		IViewPart explorer = Workbench.page().findView("org.minplan.ui.views.planExplorer");
		assertNotNull(explorer, "the explorer is open");
		Workbench.page().activate(explorer);
		explorer.getSite().getSelectionProvider().setSelection(new StructuredSelection(second));
		Workbench.flush(300);

		assertEquals(List.of(second), view.selection().selectedElements(), "the table follows the explorer");
		assertNotEquals(-1, view.rows().indexOfRowObject(second));
	}

	@Test
	void sortingByAHeaderAndFilteringKeepTheSelectionAndCountRows() {
		PlanTableView view = Workbench.openTable("org.minplan.ui.table.explorationBlocks", PlanTableView.class);
		Workbench.page().activate(view);
		assertTrue(view.isFirstColumnFrozen(), "the first column stays in view");
		var natTable = view.natTable();
		int area = Workbench.columnIndex(view, "statedArea");
		int position = -1;
		for (int p = 1; p < natTable.getColumnCount() && position < 0; p++) {
			if (natTable.getColumnIndexByPosition(p) == area) {
				position = p;
			}
		}
		ExplorationBlock selected = plan.getExplorationBlocks().get(0);
		Workbench.selectCell(view, selected, "code");

		natTable.doCommand(new org.eclipse.nebula.widgets.nattable.sort.command.SortColumnCommand(natTable, position, false));
		Workbench.flush(100);
		List<BigDecimal> areas = view.rows().rows().stream().map(e -> ((ExplorationBlock) e).getStatedArea())
				.filter(java.util.Objects::nonNull).toList();
		List<BigDecimal> ascending = new java.util.ArrayList<>(areas);
		ascending.sort(null);
		assertEquals(ascending, areas, "sorted by area as numbers");
		assertEquals(List.of(selected), view.selection().selectedElements(), "the selection stays on its element");

		int county = Workbench.columnIndex(view, "county");
		String name = selected.getCounty().getName();
		view.filterRow().setDataValue(county, 0, name);
		Workbench.flush(100);
		long expected = plan.getExplorationBlocks().stream()
				.filter(b -> b.getCounty() != null && PlanLabels.text(b.getCounty()).contains(name)).count();
		assertEquals(expected, view.rows().getRowCount());
		assertTrue(view.statusMessage().startsWith(TableTexts.get("status.filtered", expected, plan.getExplorationBlocks().size())),
				view.statusMessage());
		Screenshots.of(view.getSite().getShell(), "table-explorationBlocks-sorted-filtered");

		view.filterRow().clearAllFilters();
		natTable.doCommand(new org.eclipse.nebula.widgets.nattable.sort.command.SortColumnCommand(natTable, position, false));
		natTable.doCommand(new org.eclipse.nebula.widgets.nattable.sort.command.SortColumnCommand(natTable, position, false));
		Workbench.flush(100);
		assertEquals(plan.getExplorationBlocks(), view.rows().rows(), "third click: plan order again");
	}

	private static Object propertyValue(Object element, String displayName) {
		IPropertySource source = new PlanPropertySourceProvider(PlanSession.get().adapterFactory()).getPropertySource(element);
		for (IPropertyDescriptor d : source.getPropertyDescriptors()) {
			if (d.getDisplayName().equals(displayName)) {
				return source.getPropertyValue(d.getId());
			}
		}
		throw new AssertionError("no property " + displayName);
	}

	/** @return the value the Properties view shows in the row of a property */
	private static String sheetValue(PropertySheet sheet, String displayName) {
		Tree tree = (Tree) sheet.getCurrentPage().getControl();
		String value = find(tree.getItems(), displayName);
		if (value == null) {
			throw new AssertionError("the Properties view shows no row " + displayName);
		}
		return value;
	}

	private static String find(TreeItem[] items, String name) {
		for (TreeItem item : items) {
			if (name.equals(item.getText(0))) {
				return item.getText(1);
			}
			item.setExpanded(true);
			String inner = find(item.getItems(), name);
			if (inner != null) {
				return inner;
			}
		}
		return null;
	}
}
