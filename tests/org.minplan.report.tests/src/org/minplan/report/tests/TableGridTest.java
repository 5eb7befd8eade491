package org.minplan.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.minplan.report.ReportDocument.Cell;
import org.minplan.report.ReportDocument.Table;
import org.minplan.report.internal.TableGrid;
import org.minplan.report.internal.TableGrid.Placed;

/** Where spanning cells land: the same layout the writers of all three formats rely on. */
class TableGridTest {

	@Test
	void cellsSkipSlotsCoveredByRowSpansFromAbove() {
		Table table = new Table("t", "t", null,
				List.of(List.of(Cell.text("a").span(1, 2), Cell.text("b").span(2, 1), Cell.text("c").span(1, 2)),
						List.of(Cell.text("b1"), Cell.text("b2"))),
				List.of(List.of(Cell.text("x"), Cell.text("y"), Cell.text("z"), Cell.text("w"))), List.of(), false);
		TableGrid grid = TableGrid.of(table);
		assertEquals(4, grid.columns());
		List<Placed> second = grid.header().get(1);
		assertEquals(1, second.get(0).column());
		assertEquals(2, second.get(1).column());
		assertEquals(3, grid.header().get(0).get(2).column());
	}

	@Test
	void aRowSpanPastTheLastRowIsCut() {
		Table table = new Table("t", "t", null, List.of(),
				List.of(List.of(Cell.text("x").span(1, 5), Cell.text("y"))), List.of(), false);
		assertEquals(1, TableGrid.of(table).body().get(0).get(0).rowSpan());
	}

	@Test
	void chineseCharactersCountDouble() {
		assertEquals(6, TableGrid.displayWidth("塔城市"));
		assertEquals(9, TableGrid.displayWidth("KC6542001"));
		assertEquals(4, TableGrid.displayWidth("矿区\nab"));
	}
}
