package org.minplan.sample.internal;

import java.util.List;

/**
 * One transcribed table: its header and data rows, cells as printed (trimmed).
 *
 * @param file     file name, e.g. {@code zl17_exploration_blocks_items.tsv}
 * @param location where it was read from, for messages
 * @param header   column labels
 * @param rows     data rows in printed order
 */
public record Table(String file, String location, List<String> header, List<Row> rows) {

	/** @return index of a column, by its exact label */
	public int column(String label) throws SeedFormatException {
		int index = header.indexOf(label);
		if (index < 0) {
			throw new SeedFormatException(location + ": no column \"" + label + "\", columns are " + header);
		}
		return index;
	}

	/** Identity: a table is one printed table, and rows and tables refer to each other. */
	@Override
	public boolean equals(Object other) {
		return this == other;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}
}
