package org.minplan.report.plan.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.minplan.core.i18n.Texts;
import org.minplan.report.ReportDocument.Cell;
import org.minplan.report.ReportDocument.Table;

/**
 * Collects one table's rows, notes and whether any value comes from synthetic (示例生成) elements, and formats
 * numbers as the plan prints them (fixed decimals, thousands separators where the plan uses them).
 */
public final class TableBuilder {

	private final String sheetName;
	private final String caption;
	private final Texts texts;
	private final List<List<Cell>> headerRows = new ArrayList<>();
	private final List<List<Cell>> bodyRows = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();
	private boolean wide;
	private boolean synthetic;

	TableBuilder(String sheetName, String caption, Texts texts) {
		this.sheetName = sheetName;
		this.caption = caption;
		this.texts = texts;
	}

	/** @return the caption, e.g. 专栏17 塔城地区拟设勘查规划区块一览表 */
	public String caption() {
		return caption;
	}

	/** @return whether a value of the table comes from synthetic elements */
	public boolean synthetic() {
		return synthetic;
	}

	/** Adds a header row of texts looked up as message keys. */
	TableBuilder headerKeys(String... keys) {
		return header(Arrays.stream(keys).map(k -> Cell.text(texts.get(k))).toArray(Cell[]::new));
	}

	/** Adds a header row; a spanning cell stands for all the columns and rows it covers (as in HTML). */
	TableBuilder header(Cell... cells) {
		headerRows.add(List.of(cells));
		return this;
	}

	/** Adds a body row (data or total). */
	TableBuilder row(List<Cell> cells) {
		for (Cell cell : cells) {
			synthetic |= cell.synthetic();
		}
		bodyRows.add(List.copyOf(cells));
		return this;
	}

	/** Adds a body row. */
	TableBuilder row(Cell... cells) {
		return row(List.of(cells));
	}

	/** Adds a note printed under the table (注). */
	TableBuilder note(String note) {
		notes.add(note);
		return this;
	}

	/** Marks the table as too wide for A4 portrait. */
	TableBuilder wide() {
		wide = true;
		return this;
	}

	/** @return the table */
	public Table build() {
		// no unit line: the plan prints these tables' units in their headers
		return new Table(sheetName, caption, null, List.copyOf(headerRows), List.copyOf(bodyRows),
				List.copyOf(notes), wide);
	}

	/** @return a text cell */
	static Cell text(String text) {
		return Cell.text(text == null ? "" : text);
	}

	/** @return a count, marked synthetic when it counts synthetic elements */
	static Cell count(long value, boolean synthetic) {
		Cell cell = Cell.number(value, Long.toString(value), "0");
		return synthetic ? cell.markSynthetic() : cell;
	}

	/** @return a count printed blank when 0, as the plan prints empty cells of 专栏6 */
	static Cell countOrBlank(long value, boolean synthetic) {
		if (value == 0) {
			return Cell.text("");
		}
		return count(value, synthetic);
	}

	/**
	 * @param value    the number
	 * @param decimals decimals printed; negative: as many as the value carries (a printed number)
	 * @param grouping thousands separators (8,946), as the plan prints some columns
	 * @return a numeric cell printed as the plan prints it
	 */
	static Cell decimal(BigDecimal value, int decimals, boolean grouping, boolean synthetic) {
		int scale = decimals >= 0 ? decimals : Math.max(0, value.scale());
		String pattern = (grouping ? "#,##0" : "0") + (scale > 0 ? "." + "0".repeat(scale) : "");
		DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
		BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
		Cell cell = Cell.number(rounded.doubleValue(), format.format(rounded), pattern);
		return synthetic ? cell.markSynthetic() : cell;
	}

	/** @return a number as printed in a text field of the model ("10", "0.5"), else the text */
	static Cell printed(String text) {
		if (text != null && text.trim().matches("\\d+(\\.\\d+)?")) {
			return decimal(new BigDecimal(text.trim()), -1, false, false);
		}
		return text(text);
	}
}
