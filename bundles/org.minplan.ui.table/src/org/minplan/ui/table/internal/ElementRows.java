package org.minplan.ui.table.internal;

import java.math.BigDecimal;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;
import org.minplan.ui.table.ColumnDefinition;
import org.minplan.ui.table.TableDefinition;

/**
 * The rows a table shows: the elements of one plan list, kept in the plan's order unless sorted, less those
 * the filter row hides. Cells are read straight from the elements, so only the rows on screen are ever
 * formatted; sorting and filtering look at every row once.
 * <p>
 * Changes to cells go through {@link TableEditing} (the plan's command stack), never straight into the
 * elements: NatTable's {@link #setDataValue} ends there too.
 */
public final class ElementRows implements IRowDataProvider<EObject> {

	/** One level of sorting: a column index and a direction. */
	public record SortKey(int column, boolean ascending) {
	}

	private final TableDefinition table;
	private final List<ColumnDefinition> columns;
	private List<EObject> source = List.of();
	private List<EObject> view = new ArrayList<>();
	private final Map<Integer, String> filters = new LinkedHashMap<>();
	private final List<SortKey> sort = new ArrayList<>();
	private IdentityHashMap<EObject, Integer> positions;
	private TableEditing editing;
	private final Map<EObject, Integer> ids = new java.util.WeakHashMap<>();

	public ElementRows(TableDefinition table) {
		this.table = table;
		this.columns = table.columns();
	}

	/** @return the table shown */
	public TableDefinition table() {
		return table;
	}

	/** @return the columns by index */
	public List<ColumnDefinition> columns() {
		return columns;
	}

	/** Where edits made in cells go (the open plan's editing domain). */
	public void setEditing(TableEditing editing) {
		this.editing = editing;
	}

	/** Shows the elements of a list (the live plan list, or an empty list when no plan is open). */
	public void setSource(List<EObject> elements) {
		this.source = elements;
		refresh();
	}

	/** Applies filter and sort again to the elements as they are now. */
	public void refresh() {
		List<EObject> rows = new ArrayList<>(source.size());
		Predicate<EObject> keep = filterPredicate();
		for (EObject e : source) {
			if (keep.test(e)) {
				rows.add(e);
			}
		}
		view = sort.isEmpty() ? rows : sorted(rows);
		positions = null;
	}

	/** @return the number of elements in the plan list, hidden ones included */
	public int totalCount() {
		return source.size();
	}

	/** @return the rows shown, in order */
	public List<EObject> rows() {
		return Collections.unmodifiableList(view);
	}

	// --- filter ---------------------------------------------------------------------------------------------

	/** Sets the filter texts by column index (empty or missing: no filter on that column). */
	public void setFilters(Map<Integer, String> byColumn) {
		filters.clear();
		byColumn.forEach((column, text) -> {
			if (text != null && !text.isBlank()) {
				filters.put(column, text.strip());
			}
		});
	}

	/** @return whether a filter hides rows */
	public boolean isFiltered() {
		return !filters.isEmpty();
	}

	private Predicate<EObject> filterPredicate() {
		Predicate<EObject> all = e -> true;
		for (Map.Entry<Integer, String> f : filters.entrySet()) {
			ColumnDefinition column = columns.get(f.getKey());
			Predicate<Object> test = CellFilter.of(f.getValue(), column.numeric());
			all = all.and(e -> test.test(column.value().get(e)));
		}
		return all;
	}

	// --- sort -----------------------------------------------------------------------------------------------

	/** @return the sort levels, first the most significant */
	public List<SortKey> sortKeys() {
		return List.copyOf(sort);
	}

	/** Sorts by these levels (empty: plan order). */
	public void setSort(List<SortKey> keys) {
		sort.clear();
		sort.addAll(keys);
	}

	private List<EObject> sorted(List<EObject> rows) {
		Collator collator = Collator.getInstance(Locale.getDefault());
		int n = rows.size();
		int levels = sort.size();
		// compute each row's sort keys once: numbers as BigDecimal, texts as collation keys
		Object[][] keys = new Object[n][levels];
		for (int l = 0; l < levels; l++) {
			ColumnDefinition column = columns.get(sort.get(l).column());
			boolean numeric = column.numeric();
			for (int i = 0; i < n; i++) {
				Object value = column.value().get(rows.get(i));
				keys[i][l] = value == null ? null : numeric ? decimal(value) : collator.getCollationKey(CellText.format(value));
			}
		}
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> {
			for (int l = 0; l < levels; l++) {
				int c = compareKeys(keys[a][l], keys[b][l], sort.get(l).ascending());
				if (c != 0) {
					return c;
				}
			}
			return Integer.compare(a, b); // stable: plan order among equals
		});
		List<EObject> result = new ArrayList<>(n);
		for (Integer i : order) {
			result.add(rows.get(i));
		}
		return result;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int compareKeys(Object a, Object b, boolean ascending) {
		if (a == null || b == null) {
			return a == b ? 0 : a == null ? 1 : -1; // empty cells last in both directions
		}
		int c = ((Comparable) a).compareTo(b);
		return ascending ? c : -c;
	}

	private static Object decimal(Object value) {
		if (value instanceof BigDecimal d) {
			return d;
		}
		if (value instanceof Number number) {
			return new BigDecimal(number.toString());
		}
		return null;
	}

	/** @return a number that stays with the element while the table lives (keeps selections across sorting) */
	public Integer idOf(EObject element) {
		return ids.computeIfAbsent(element, e -> ids.size() + 1);
	}

	// --- IRowDataProvider -----------------------------------------------------------------------------------

	@Override
	public Object getDataValue(int columnIndex, int rowIndex) {
		return columns.get(columnIndex).value().get(view.get(rowIndex));
	}

	@Override
	public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
		if (editing != null) {
			editing.set(columns.get(columnIndex), view.get(rowIndex), newValue);
		}
	}

	@Override
	public int getColumnCount() {
		return columns.size();
	}

	@Override
	public int getRowCount() {
		return view.size();
	}

	@Override
	public EObject getRowObject(int rowIndex) {
		return view.get(rowIndex);
	}

	@Override
	public int indexOfRowObject(EObject rowObject) {
		if (positions == null) {
			IdentityHashMap<EObject, Integer> map = new IdentityHashMap<>(view.size() * 2);
			for (int i = 0; i < view.size(); i++) {
				map.put(view.get(i), i);
			}
			positions = map;
		}
		Integer index = positions.get(rowObject);
		return index == null ? -1 : index;
	}
}
