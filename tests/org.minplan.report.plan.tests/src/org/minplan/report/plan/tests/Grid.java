package org.minplan.report.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

import org.minplan.report.ReportDocument.Cell;
import org.minplan.report.ReportDocument.Table;

/**
 * A report table laid out as a reader sees it: spanning cells expanded over the columns and rows they cover
 * (as HTML does), so a value can be looked up by its column header and row label. Building it fails when a
 * row does not fill the table's width or two cells claim the same place.
 */
final class Grid {

	private final Table table;
	private final Cell[][] header;
	private final Cell[][] body;
	private final int width;

	Grid(Table table) {
		this.table = table;
		this.width = width(table.headerRows());
		this.header = expand(table.headerRows(), width, "header");
		this.body = expand(table.bodyRows(), width, "body");
	}

	Table table() {
		return table;
	}

	private static int width(List<List<Cell>> rows) {
		return rows.isEmpty() ? 0 : rows.get(0).stream().mapToInt(Cell::colSpan).sum();
	}

	private static Cell[][] expand(List<List<Cell>> rows, int width, String part) {
		Cell[][] grid = new Cell[rows.size()][width];
		for (int r = 0; r < rows.size(); r++) {
			int c = 0;
			for (Cell cell : rows.get(r)) {
				while (c < width && grid[r][c] != null) {
					c++;
				}
				for (int dr = 0; dr < cell.rowSpan(); dr++) {
					for (int dc = 0; dc < cell.colSpan(); dc++) {
						if (r + dr >= grid.length || c + dc >= width) {
							fail(part + " row " + r + ": cell '" + cell.text() + "' spans beyond the table");
						}
						assertNull(grid[r + dr][c + dc], part + " row " + r + ": cells overlap at column " + (c + dc));
						grid[r + dr][c + dc] = cell;
					}
				}
				c += cell.colSpan();
			}
			for (int col = 0; col < width; col++) {
				assertNotNull(grid[r][col], part + " row " + r + " has no cell in column " + col);
			}
		}
		return grid;
	}

	/** @return per column the header texts from top to bottom, distinct, joined with / (e.g. 矿山数（个）/大型) */
	List<String> headers() {
		List<String> headers = new ArrayList<>();
		for (int c = 0; c < width; c++) {
			List<String> parts = new ArrayList<>();
			for (Cell[] row : header) {
				if (!parts.contains(row[c].text())) {
					parts.add(row[c].text());
				}
			}
			headers.add(String.join("/", parts));
		}
		return headers;
	}

	int column(String header) {
		int c = headers().indexOf(header);
		if (c < 0) {
			fail("no column " + header + " in " + headers());
		}
		return c;
	}

	int rows() {
		return body.length;
	}

	/** @return the texts of one column of the body */
	List<String> columnTexts(int c) {
		List<String> texts = new ArrayList<>();
		for (Cell[] row : body) {
			texts.add(row[c].text());
		}
		return texts;
	}

	/** @return the body row whose cell in column {@code c} reads {@code label} */
	int row(int c, String label) {
		int r = columnTexts(c).indexOf(label);
		if (r < 0) {
			fail("no row " + label + " in " + columnTexts(c));
		}
		return r;
	}

	Cell cell(int r, int c) {
		return body[r][c];
	}

	String text(int r, int c) {
		return body[r][c].text();
	}

	/** @return the number of a cell; a blank cell counts as 0 (the plan leaves zero counts empty) */
	double number(int r, int c) {
		Cell cell = body[r][c];
		if (cell.number() == null) {
			assertEquals("", cell.text(), "row " + r + " column " + c + " is neither a number nor blank");
			return 0;
		}
		return cell.number();
	}
}
