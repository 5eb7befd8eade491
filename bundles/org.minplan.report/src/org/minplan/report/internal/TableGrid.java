package org.minplan.report.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.minplan.report.ReportDocument.Cell;
import org.minplan.report.ReportDocument.Table;

/**
 * Where each cell of a table lands on a grid of rows and columns, the way HTML lays out {@code rowspan} and
 * {@code colspan}: a cell takes the first free column of its row, after the slots still covered by cells
 * spanning down from the rows above. Header and body are laid out separately (a span never crosses from
 * the header into the body); spans reaching past the last row of their part are cut there.
 */
public final class TableGrid {

	/** A cell at its place; {@code rowSpan}/{@code colSpan} are cut to the grid. */
	public record Placed(Cell cell, int row, int column, int rowSpan, int colSpan) {
	}

	private final List<List<Placed>> header;
	private final List<List<Placed>> body;
	private final int columns;

	private TableGrid(List<List<Placed>> header, List<List<Placed>> body, int columns) {
		this.header = header;
		this.body = body;
		this.columns = columns;
	}

	/** @return the layout of a table */
	public static TableGrid of(Table table) {
		int[] width = { 0 };
		List<List<Placed>> header = place(table.headerRows(), width);
		List<List<Placed>> body = place(table.bodyRows(), width);
		return new TableGrid(header, body, Math.max(1, width[0]));
	}

	private static List<List<Placed>> place(List<List<Cell>> rows, int[] width) {
		List<List<Placed>> placed = new ArrayList<>(rows.size());
		List<BitSet> taken = new ArrayList<>();
		for (int r = 0; r < rows.size(); r++) {
			while (taken.size() <= r) {
				taken.add(new BitSet());
			}
			List<Placed> line = new ArrayList<>(rows.get(r).size());
			int column = 0;
			for (Cell cell : rows.get(r)) {
				BitSet here = taken.get(r);
				column = here.nextClearBit(column);
				int colSpan = Math.max(1, cell.colSpan());
				int rowSpan = Math.max(1, Math.min(cell.rowSpan(), rows.size() - r));
				for (int k = r; k < r + rowSpan; k++) {
					while (taken.size() <= k) {
						taken.add(new BitSet());
					}
					taken.get(k).set(column, column + colSpan);
				}
				line.add(new Placed(cell, r, column, rowSpan, colSpan));
				column += colSpan;
				width[0] = Math.max(width[0], column);
			}
			placed.add(line);
		}
		return placed;
	}

	/** @return the header rows' cells, row by row (rows are relative to the header) */
	public List<List<Placed>> header() {
		return header;
	}

	/** @return the body rows' cells, row by row (rows are relative to the body) */
	public List<List<Placed>> body() {
		return body;
	}

	/** @return the number of columns */
	public int columns() {
		return columns;
	}

	/**
	 * @return for each column, the widest text of a cell that spans only that column, in character widths
	 *         (a Chinese character counts two), or 0 when no such cell has text
	 */
	public int[] textWidths(boolean includeHeader) {
		int[] widths = new int[columns];
		if (includeHeader) {
			measure(header, widths);
		}
		measure(body, widths);
		return widths;
	}

	private static void measure(List<List<Placed>> rows, int[] widths) {
		for (List<Placed> line : rows) {
			for (Placed p : line) {
				if (p.colSpan() == 1 && p.column() < widths.length) {
					widths[p.column()] = Math.max(widths[p.column()], displayWidth(p.cell().text()));
				}
			}
		}
	}

	/** @return the width of a text in character cells: 2 for Chinese (full-width) characters, 1 for others */
	public static int displayWidth(String text) {
		if (text == null) {
			return 0;
		}
		int width = 0;
		int longest = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				longest = Math.max(longest, width);
				width = 0;
			} else {
				width += wide(c) ? 2 : 1;
			}
		}
		return Math.max(longest, width);
	}

	private static boolean wide(char c) {
		return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
				|| (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
				|| (c >= 0xFFE0 && c <= 0xFFE6);
	}
}
