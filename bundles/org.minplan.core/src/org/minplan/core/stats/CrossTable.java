package org.minplan.core.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Elements counted by two keys, e.g. exploration blocks by county × mineral (专栏17), with row and column
 * totals. Every cell keeps its elements so a table can drill down from a number to what is behind it.
 *
 * @param <E> element type
 */
public final class CrossTable<E> {

	private final List<String> rows;
	private final List<String> columns;
	private final Map<String, Map<String, List<E>>> cells;

	private CrossTable(List<String> rows, List<String> columns, Map<String, Map<String, List<E>>> cells) {
		this.rows = rows;
		this.columns = columns;
		this.cells = cells;
	}

	/**
	 * @param elements  what to count, in the order rows and columns first appear
	 * @param rowKey    key of the row an element belongs to
	 * @param columnKey key of the column
	 * @param rowOrder  preferred row order (keys listed here come first, in this order, even when empty)
	 */
	public static <E> CrossTable<E> of(Collection<? extends E> elements, Function<? super E, String> rowKey,
			Function<? super E, String> columnKey, List<String> rowOrder) {
		Set<String> rowSet = new LinkedHashSet<>(rowOrder);
		Set<String> columnSet = new LinkedHashSet<>();
		Map<String, Map<String, List<E>>> cells = new LinkedHashMap<>();
		for (E element : elements) {
			String r = rowKey.apply(element);
			String c = columnKey.apply(element);
			rowSet.add(r);
			columnSet.add(c);
			cells.computeIfAbsent(r, k -> new LinkedHashMap<>()).computeIfAbsent(c, k -> new ArrayList<>()).add(element);
		}
		return new CrossTable<>(List.copyOf(rowSet), List.copyOf(columnSet), cells);
	}

	/** Same as {@link #of(Collection, Function, Function, List)} with rows in order of appearance. */
	public static <E> CrossTable<E> of(Collection<? extends E> elements, Function<? super E, String> rowKey,
			Function<? super E, String> columnKey) {
		return of(elements, rowKey, columnKey, List.of());
	}

	/** @return row keys */
	public List<String> rows() {
		return rows;
	}

	/** @return column keys */
	public List<String> columns() {
		return columns;
	}

	/** @return the elements of one cell (empty when none) */
	public List<E> elements(String row, String column) {
		return Collections.unmodifiableList(cells.getOrDefault(row, Map.of()).getOrDefault(column, List.of()));
	}

	/** @return the elements of a whole row */
	public List<E> rowElements(String row) {
		List<E> all = new ArrayList<>();
		cells.getOrDefault(row, Map.of()).values().forEach(all::addAll);
		return all;
	}

	/** @return the elements of a whole column */
	public List<E> columnElements(String column) {
		List<E> all = new ArrayList<>();
		for (String row : rows) {
			all.addAll(elements(row, column));
		}
		return all;
	}

	/** @return the count of one cell */
	public int count(String row, String column) {
		return elements(row, column).size();
	}

	/** @return the row total */
	public int rowTotal(String row) {
		return cells.getOrDefault(row, Map.of()).values().stream().mapToInt(List::size).sum();
	}

	/** @return the column total */
	public int columnTotal(String column) {
		return rows.stream().mapToInt(r -> count(r, column)).sum();
	}

	/** @return the grand total */
	public int total() {
		return rows.stream().mapToInt(this::rowTotal).sum();
	}
}
