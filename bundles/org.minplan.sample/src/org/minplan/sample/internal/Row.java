package org.minplan.sample.internal;

import java.math.BigDecimal;

/**
 * A data row of a {@link Table}.
 *
 * @param table  the table
 * @param number 1-based number of the row among the data rows
 * @param cells  cells as printed (trimmed, empty when blank)
 */
public record Row(Table table, int number, String[] cells) {

	/** @return the cell under a column label */
	public String cell(String label) throws SeedFormatException {
		return cells[table.column(label)];
	}

	/** @return the cell as a whole number; fails with file, row and column when it is not one */
	public int integer(String label) throws SeedFormatException {
		BigDecimal value = decimal(label);
		if (value == null) {
			throw error(label, "a whole number");
		}
		try {
			return value.intValueExact();
		} catch (ArithmeticException e) {
			throw error(label, "a whole number");
		}
	}

	/**
	 * @return the cell as a number with its printed scale (thousands separators removed), or null when the
	 *         cell is blank or withheld ({@code xxx}) or "-"
	 */
	public BigDecimal decimal(String label) throws SeedFormatException {
		String text = cell(label);
		if (!PrintedNumbers.isNumber(text) && !PrintedNumbers.isBlank(text)) {
			throw error(label, "a number or blank");
		}
		return PrintedNumbers.decimal(text);
	}

	/** @return the seed line of this row: from its {@code seed_line} column, else from the table layout */
	public int seedLine() {
		int column = table.header().indexOf("seed_line");
		if (column >= 0 && !cells[column].isEmpty()) {
			return Integer.parseInt(cells[column]);
		}
		return TableLines.lineOf(table.file(), number);
	}

	/** @return a message naming file, row and column and what was expected */
	public SeedFormatException error(String column, String expected) {
		String found = table.header().contains(column) ? cells[table.header().indexOf(column)] : "";
		return new SeedFormatException(table.location() + " row " + number + ", column \"" + column + "\": expected "
				+ expected + ", found \"" + found + "\"");
	}

	/** Identity: a row is one printed row, and rows and tables refer to each other. */
	@Override
	public boolean equals(Object other) {
		return this == other;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}
}
