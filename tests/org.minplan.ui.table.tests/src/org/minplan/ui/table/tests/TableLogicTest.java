package org.minplan.ui.table.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.minplan.model.Indicator;
import org.minplan.model.MineScale;
import org.minplan.model.MiningBlock;
import org.minplan.model.Plan;
import org.minplan.model.SpatialElement;
import org.minplan.model.edit.PlanLabels;
import org.minplan.ui.table.ColumnDefinition;
import org.minplan.ui.table.TableDefinition;
import org.minplan.ui.table.TableRegistry;
import org.minplan.ui.table.internal.CellFilter;
import org.minplan.ui.table.internal.CellText;
import org.minplan.ui.table.internal.ElementRows;
import org.minplan.ui.table.internal.TableEditing;
import org.minplan.ui.table.internal.Tsv;
import org.minplan.ui.table.internal.columns.IndicatorValues;

/** What the tables compute, on a plan of their own (no view needed). */
class TableLogicTest {

	@Test
	void tsvRoundTripsCellsWithTabsLineBreaksAndQuotesAsSpreadsheetsDo() {
		List<List<String>> rows = List.of(List.of("KC01", "托里县 (654224)", "12.5"),
				List.of("a\tb", "line1\nline2", "say \"hi\""), List.of("", "", ""));
		String tsv = Tsv.write(rows);
		assertTrue(tsv.startsWith("KC01\t托里县 (654224)\t12.5"), tsv);
		assertTrue(tsv.contains("\"a\tb\"\t\"line1\nline2\"\t"), tsv);
		assertEquals(rows, Tsv.read(tsv));
		assertEquals(List.of(List.of("x", "y"), List.of("z", "")), Tsv.read("x\ty\r\nz\t\r\n"), "Excel's CRLF");
		assertEquals(List.of(List.of("only")), Tsv.read("only"));
	}

	@Test
	void cellTextsParseNumbersChoicesAndRefuseWhatIsNotAValue() throws Exception {
		Plan plan = TestPlans.small();
		MiningBlock block = plan.getMiningBlocks().get(0);
		TableDefinition table = TableRegistry.getDefault().table("org.minplan.ui.table.miningBlocks").orElseThrow();
		ColumnDefinition area = column(table, "statedArea");
		ColumnDefinition county = column(table, "county");
		ColumnDefinition scale = column(table, "scale");

		assertEquals(new BigDecimal("1234.5"), CellText.parse(area, block, " 1,234.5 "));
		assertEquals(null, CellText.parse(area, block, ""));
		var notANumber = assertThrows(CellText.CellTextException.class, () -> CellText.parse(area, block, "12 km"));
		assertTrue(notANumber.getMessage().contains("12 km") && notANumber.getMessage().contains(area.header()),
				notANumber.getMessage());

		var emin = plan.getDivisions().get(1);
		assertEquals(emin, CellText.parse(county, block, PlanLabels.text(emin)), "by label");
		assertEquals(emin, CellText.parse(county, block, "额敏县"), "by name");
		assertEquals(emin, CellText.parse(county, block, "654221"), "by code");
		assertThrows(CellText.CellTextException.class, () -> CellText.parse(county, block, "乌鲁木齐市"));

		assertEquals(MineScale.LARGE, CellText.parse(scale, block, PlanLabels.literal(MineScale.LARGE)));
		assertEquals(MineScale.LARGE, CellText.parse(scale, block, "large"), "by the model's literal");
		assertEquals(PlanLabels.literal(MineScale.MEDIUM), CellText.format(MineScale.MEDIUM));
	}

	@Test
	void filtersKeepContainingTextsAndNumberComparisons() {
		assertTrue(CellFilter.of("托里", false).test("托里县"));
		assertFalse(CellFilter.of("托里", false).test("额敏县"));
		assertTrue(CellFilter.of(">10", true).test(new BigDecimal("12.5")));
		assertFalse(CellFilter.of(">10", true).test(new BigDecimal("8")));
		assertTrue(CellFilter.of("<=8", true).test(8));
		assertTrue(CellFilter.of("=", true).test(null));
	}

	@Test
	void rowsSortNumericallyAndByTextAndFilter() {
		Plan plan = TestPlans.small();
		TableDefinition table = TableRegistry.getDefault().table("org.minplan.ui.table.explorationBlocks").orElseThrow();
		ElementRows rows = new ElementRows(table);
		rows.setSource(new java.util.ArrayList<>(plan.getExplorationBlocks()));
		int area = table.columns().indexOf(column(table, "statedArea"));
		rows.setSort(List.of(new ElementRows.SortKey(area, false)));
		rows.refresh();
		List<BigDecimal> areas = rows.rows().stream().map(e -> ((SpatialElement) e).getStatedArea()).toList();
		List<BigDecimal> sorted = new java.util.ArrayList<>(areas);
		sorted.sort(java.util.Comparator.reverseOrder());
		assertEquals(sorted, areas, "101.0 before 30.2 before 12.5: numbers, not texts");

		int county = table.columns().indexOf(column(table, "county"));
		rows.setFilters(java.util.Map.of(county, "托里"));
		rows.refresh();
		assertEquals(3, rows.getRowCount());
		assertEquals(5, rows.totalCount());
	}

	@Test
	void pastedTextsBecomeOneCommandAndBadTextsChangeNothing() {
		Plan plan = TestPlans.small();
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
		TableEditing editing = new TableEditing(() -> domain);
		TableDefinition table = TableRegistry.getDefault().table("org.minplan.ui.table.miningBlocks").orElseThrow();
		List<org.eclipse.emf.ecore.EObject> rows = List.copyOf(plan.getMiningBlocks());
		int area = table.columns().indexOf(column(table, "statedArea"));

		var bad = editing.paste(table, plan, rows, table.columns(), 0, area, List.of(List.of("1.5"), List.of("abc")));
		assertFalse(bad.applied());
		assertEquals(1, bad.problems().size(), bad.problems().toString());
		assertTrue(bad.problems().get(0).contains("abc"), bad.problems().toString());
		assertEquals(new BigDecimal("2.31"), plan.getMiningBlocks().get(0).getStatedArea(), "nothing changed");

		var good = editing.paste(table, plan, rows, table.columns(), 0, area, List.of(List.of("1.5"), List.of("2.5")));
		assertTrue(good.applied());
		assertEquals(2, good.cells());
		assertEquals(new BigDecimal("1.5"), plan.getMiningBlocks().get(0).getStatedArea());
		domain.getCommandStack().undo();
		assertEquals(new BigDecimal("2.31"), plan.getMiningBlocks().get(0).getStatedArea());
		assertEquals(new BigDecimal("1.20"), plan.getMiningBlocks().get(1).getStatedArea());
	}

	@Test
	void indicatorCurrentValuesAreComputedFromTheMines() {
		Plan plan = TestPlans.small();
		Indicator count = plan.getIndicators().get(0);
		Indicator share = plan.getIndicators().get(1);
		Indicator coal = plan.getIndicators().get(2);
		assertEquals(Optional.of(new BigDecimal("5")), IndicatorValues.current(count));
		assertEquals(Optional.of(new BigDecimal("60.0")), IndicatorValues.current(share), "1 medium + 2 large of 5");
		assertEquals(Optional.of(new BigDecimal("500.00")), IndicatorValues.current(coal));
		assertEquals(Optional.of(true), IndicatorValues.meetsTarget(count), "5 ≤ 230");
		assertEquals(Optional.of(true), IndicatorValues.meetsTarget(share), "60 ≥ 40");
		plan.getMines().get(3).setOutput(new BigDecimal("2000"));
		assertEquals(Optional.of(false), IndicatorValues.meetsTarget(coal), "2000 > 1800");
	}

	private static ColumnDefinition column(TableDefinition table, String id) {
		return table.columns().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
	}
}
