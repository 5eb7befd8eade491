package org.minplan.ui.table.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Tab-separated text as spreadsheets put on and read from the clipboard: rows end with a line break, cells are
 * separated by tabs, and a cell holding a tab, line break or quote is quoted with {@code "} (quotes doubled),
 * as Excel and LibreOffice Calc do.
 */
public final class Tsv {

	private Tsv() {
	}

	/** @return the rows as TSV, each row ending with a line break */
	public static String write(List<List<String>> rows) {
		StringBuilder out = new StringBuilder();
		for (List<String> row : rows) {
			for (int c = 0; c < row.size(); c++) {
				if (c > 0) {
					out.append('\t');
				}
				out.append(quote(row.get(c)));
			}
			out.append(System.lineSeparator());
		}
		return out.toString();
	}

	private static String quote(String cell) {
		String text = cell == null ? "" : cell;
		if (text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0 && !text.startsWith("\"")) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

	/** @return the rows of TSV text; a trailing line break does not make an empty last row */
	public static List<List<String>> read(String text) {
		List<List<String>> rows = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return rows;
		}
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		int i = 0;
		int n = text.length();
		boolean cellStart = true;
		while (i < n) {
			char ch = text.charAt(i);
			if (cellStart && ch == '"') {
				// quoted cell: up to the closing quote, "" stands for "
				i++;
				while (i < n) {
					char q = text.charAt(i);
					if (q == '"') {
						if (i + 1 < n && text.charAt(i + 1) == '"') {
							cell.append('"');
							i += 2;
							continue;
						}
						i++;
						break;
					}
					cell.append(q);
					i++;
				}
				cellStart = false;
				continue;
			}
			cellStart = false;
			if (ch == '\t') {
				row.add(cell.toString());
				cell.setLength(0);
				cellStart = true;
			} else if (ch == '\r' || ch == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				cellStart = true;
				if (ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
					i++;
				}
			} else {
				cell.append(ch);
			}
			i++;
		}
		if (!cellStart || cell.length() > 0 || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(row);
		}
		return rows;
	}
}
