package org.minplan.ui.table.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

/**
 * Sorting for NatTable's sort header over {@link ElementRows}: a click on a header sorts by that column
 * (ascending, descending, plan order), Alt+click adds a further level.
 */
final class RowSortModel implements ISortModel {

	private final ElementRows rows;
	private final Runnable rowsChanged;

	/** @param rowsChanged told after the rows were sorted again */
	RowSortModel(ElementRows rows, Runnable rowsChanged) {
		this.rows = rows;
		this.rowsChanged = rowsChanged;
	}

	@Override
	public List<Integer> getSortedColumnIndexes() {
		return rows.sortKeys().stream().map(ElementRows.SortKey::column).toList();
	}

	@Override
	public boolean isColumnIndexSorted(int columnIndex) {
		return getSortOrder(columnIndex) >= 0;
	}

	@Override
	public SortDirectionEnum getSortDirection(int columnIndex) {
		for (ElementRows.SortKey key : rows.sortKeys()) {
			if (key.column() == columnIndex) {
				return key.ascending() ? SortDirectionEnum.ASC : SortDirectionEnum.DESC;
			}
		}
		return SortDirectionEnum.NONE;
	}

	@Override
	public int getSortOrder(int columnIndex) {
		return getSortedColumnIndexes().indexOf(columnIndex);
	}

	@SuppressWarnings("rawtypes")
	@Override
	public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
		return List.of();
	}

	@Override
	public Comparator<?> getColumnComparator(int columnIndex) {
		return null;
	}

	@Override
	public void sort(int columnIndex, SortDirectionEnum sortDirection, boolean accumulate) {
		List<ElementRows.SortKey> keys = new ArrayList<>(accumulate ? rows.sortKeys() : List.of());
		int existing = -1;
		for (int i = 0; i < keys.size(); i++) {
			if (keys.get(i).column() == columnIndex) {
				existing = i;
			}
		}
		ElementRows.SortKey key = new ElementRows.SortKey(columnIndex, sortDirection == SortDirectionEnum.ASC);
		if (sortDirection == SortDirectionEnum.NONE) {
			if (existing >= 0) {
				keys.remove(existing);
			}
		} else if (existing >= 0) {
			keys.set(existing, key);
		} else {
			keys.add(key);
		}
		rows.setSort(keys);
		rows.refresh();
		rowsChanged.run();
	}

	@Override
	public void clear() {
		rows.setSort(List.of());
		rows.refresh();
		rowsChanged.run();
	}
}
