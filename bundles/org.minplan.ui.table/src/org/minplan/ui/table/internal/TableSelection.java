package org.minplan.ui.table.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.nebula.widgets.nattable.coordinate.Range;
import org.eclipse.nebula.widgets.nattable.layer.ILayerListener;
import org.eclipse.nebula.widgets.nattable.layer.event.ILayerEvent;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.nebula.widgets.nattable.selection.event.ISelectionEvent;

/**
 * The table's selection as the workbench sees it: the elements of the rows that hold a selected cell (so the
 * Properties view and the explorer follow), and selecting elements from outside selects and reveals their
 * rows.
 */
public final class TableSelection implements ISelectionProvider, ILayerListener {

	private final SelectionLayer selectionLayer;
	private final ElementRows rows;
	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private boolean muted;

	TableSelection(SelectionLayer selectionLayer, ElementRows rows) {
		this.selectionLayer = selectionLayer;
		this.rows = rows;
		selectionLayer.addLayerListener(this);
	}

	@Override
	public void handleLayerEvent(ILayerEvent event) {
		if (event instanceof ISelectionEvent && !muted) {
			fire();
		}
	}

	void fire() {
		SelectionChangedEvent e = new SelectionChangedEvent(this, getSelection());
		for (ISelectionChangedListener l : listeners) {
			l.selectionChanged(e);
		}
	}

	/** @return the elements of the rows holding a selected cell, top to bottom */
	public List<EObject> selectedElements() {
		List<EObject> result = new ArrayList<>();
		Set<Range> ranges = selectionLayer.getSelectedRowPositions();
		List<Integer> positions = new ArrayList<>();
		for (Range range : ranges) {
			for (int p = range.start; p < range.end; p++) {
				positions.add(p);
			}
		}
		positions.sort(null);
		for (int p : positions) {
			int index = selectionLayer.getRowIndexByPosition(p);
			if (index >= 0 && index < rows.getRowCount()) {
				result.add(rows.getRowObject(index));
			}
		}
		return result;
	}

	@Override
	public ISelection getSelection() {
		return new StructuredSelection(selectedElements());
	}

	/**
	 * Selects the rows of the given elements that the table shows (others are ignored) and scrolls the first
	 * into view, without telling listeners (the selection came from them).
	 *
	 * @return how many rows were selected
	 */
	public int select(List<?> elements, boolean notify) {
		Set<Integer> positions = new LinkedHashSet<>();
		for (Object o : elements) {
			if (o instanceof EObject e) {
				int index = rows.indexOfRowObject(e);
				if (index >= 0) {
					int position = selectionLayer.getRowPositionByIndex(index);
					if (position >= 0) {
						positions.add(position);
					}
				}
			}
		}
		if (positions.isEmpty()) {
			return 0;
		}
		int[] array = positions.stream().mapToInt(Integer::intValue).toArray();
		boolean wasMuted = muted;
		muted = !notify;
		try {
			selectionLayer.clear(false);
			int column = Math.max(0, selectionLayer.getSelectionAnchor().columnPosition);
			selectionLayer.doCommand(new SelectRowsCommand(selectionLayer, column, array, false, true, array[0]));
		} finally {
			muted = wasMuted;
		}
		if (notify) {
			fire();
		}
		return array.length;
	}

	@Override
	public void setSelection(ISelection selection) {
		if (selection instanceof IStructuredSelection structured) {
			select(structured.toList(), true);
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}
}
