package org.minplan.ui.table.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.painter.cell.ICellPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.ImagePainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.CellPainterDecorator;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.LineBorderDecorator;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.tooltip.NatTableContentTooltip;
import org.eclipse.nebula.widgets.nattable.ui.util.CellEdgeEnum;
import org.eclipse.swt.widgets.Event;
import org.minplan.ui.findings.FindingSeverity;
import org.minplan.ui.findings.FindingsTracker;

/**
 * Validation findings on table rows (审查结果上表): the row number of an element with findings carries the
 * badge of its most serious finding (error, warning, remark — the icons of the findings view), and hovering
 * it lists the findings. The findings come from every {@link org.minplan.ui.findings.ElementFindings}
 * service, so the tables show what the live validation found without depending on it.
 */
final class RowBadges {

	/** Config label of a row header cell whose element has findings, followed by the severity's name. */
	static final String LABEL = "MINPLAN_FINDING_";

	private final ElementRows rows;
	private final FindingsTracker findings = FindingsTracker.get();

	RowBadges(ElementRows rows) {
		this.rows = rows;
	}

	/** Labels the row header's cells of rows with findings. */
	void install(DataLayer rowHeaderDataLayer) {
		rowHeaderDataLayer.setConfigLabelAccumulator((labels, columnPosition, rowPosition) -> severity(rowPosition)
				.ifPresent(s -> labels.addLabel(LABEL + s.name())));
	}

	/** @return the most serious finding on the element of the row with that index */
	Optional<FindingSeverity> severity(int rowIndex) {
		if (rowIndex < 0 || rowIndex >= rows.getRowCount()) {
			return Optional.empty();
		}
		EObject element = rows.getRowObject(rowIndex);
		return element == null ? Optional.empty() : findings.severity(element);
	}

	/** The row header painter with the badge left of the row number, one per severity. */
	AbstractRegistryConfiguration configuration() {
		return new AbstractRegistryConfiguration() {
			@Override
			public void configureRegistry(IConfigRegistry registry) {
				for (FindingSeverity severity : FindingSeverity.values()) {
					ICellPainter painter = new LineBorderDecorator(new CellPainterDecorator(new TextPainter(),
							CellEdgeEnum.LEFT, 2, new ImagePainter(severity.image())));
					registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, painter, DisplayMode.NORMAL,
							LABEL + severity.name());
					registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, painter, DisplayMode.SELECT,
							LABEL + severity.name());
				}
			}
		};
	}

	/** Hovering a badge shows the row's findings. */
	void installTooltip(NatTable natTable) {
		new NatTableContentTooltip(natTable, GridRegion.ROW_HEADER) {
			@Override
			protected String getText(Event event) {
				ILayerCell cell = natTable.getCellByPosition(natTable.getColumnPositionByX(event.x),
						natTable.getRowPositionByY(event.y));
				if (cell == null) {
					return null;
				}
				Object element = rowObject(cell);
				List<String> messages = element instanceof EObject e ? findings.messages(e) : List.of();
				return messages.isEmpty() ? null : String.join("\n", messages);
			}

			@Override
			protected boolean shouldCreateToolTip(Event event) {
				return getText(event) != null;
			}
		};
	}

	private Object rowObject(ILayerCell cell) {
		if (!cell.getConfigLabels().getLabels().stream().anyMatch(l -> l.startsWith(LABEL))) {
			return null;
		}
		// the row header's data value is the row number shown, 1-based, of the row at that index
		Object shown = cell.getDataValue();
		if (shown instanceof Number n && n.intValue() >= 1 && n.intValue() <= rows.getRowCount()) {
			return rows.getRowObject(n.intValue() - 1);
		}
		return null;
	}

	/** Adds a listener that repaints the table when the findings change; @return how to remove it */
	Runnable follow(NatTable natTable) {
		Runnable repaint = () -> {
			if (!natTable.isDisposed()) {
				natTable.getDisplay().asyncExec(() -> {
					if (!natTable.isDisposed()) {
						natTable.redraw();
					}
				});
			}
		};
		findings.addChangeListener(repaint);
		return () -> findings.removeChangeListener(repaint);
	}

}
