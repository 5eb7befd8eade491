package org.minplan.ui.table.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.ConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.convert.DisplayConverter;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.event.StructuralRefreshEvent;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.event.ISelectionEvent;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.minplan.model.Plan;
import org.minplan.ui.model.PlanSession;
import org.minplan.ui.properties.PlanPropertySourceProvider;
import org.minplan.ui.table.CrossTableDefinition;
import org.minplan.ui.table.TableRegistry;

/**
 * A cross-table (专栏17, 18, 20: county × mineral; 专栏6: mineral × scale) computed from the open plan by
 * {@link org.minplan.core.stats.PlanStatistics}, with a total row and column, counted again on every change
 * to the plan. Selecting cells makes the elements behind them the workbench selection; a double-click lists
 * them and can select them or show them in their table.
 */
public class CrossTableView extends ViewPart {

	/** View id, permanent; the secondary id is the cross-table id. */
	public static final String ID = "org.minplan.ui.table.views.crossTable";

	static final String TOTAL_LABEL = "MINPLAN_TOTAL";
	static final String COUNT_LABEL = "MINPLAN_COUNT";

	private CrossTableModel model;
	private NatTable natTable;
	private DataLayer bodyDataLayer;
	private SelectionLayer selectionLayer;
	private boolean refreshPending;
	private final CellSelection selection = new CellSelection();
	private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
	private final PlanChanges.Listener changes = this::modelChanged;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		String id = getViewSite().getSecondaryId();
		Optional<CrossTableDefinition> definition = id == null ? Optional.empty()
				: TableRegistry.getDefault().crossTable(id);
		if (definition.isEmpty()) {
			TableChooser.create(parent, getSite().getPage(), id);
			return;
		}
		CollectionFactories.ensureLoaded();
		setPartName(definition.get().title());
		model = new CrossTableModel(definition.get());
		model.compute(PlanSession.get().plan().orElse(null));
		createTable(parent);
		getSite().setSelectionProvider(selection);
		PlanChanges.get().addListener(changes);
		updateStatus();
	}

	private void createTable(Composite parent) {
		bodyDataLayer = new DataLayer(new BodyData(), 72, 24);
		bodyDataLayer.setConfigLabelAccumulator((labels, column, row) -> {
			labels.addLabel(COUNT_LABEL);
			if (model.isTotalRow(row) || model.isTotalColumn(column)) {
				labels.addLabel(TOTAL_LABEL);
			}
		});
		selectionLayer = new SelectionLayer(bodyDataLayer);
		ViewportLayer viewportLayer = new ViewportLayer(selectionLayer);
		selectionLayer.addLayerListener(event -> {
			if (event instanceof ISelectionEvent) {
				selection.fire();
			}
		});

		IDataProvider columnHeaderData = new HeaderData(true);
		DataLayer columnHeaderDataLayer = new DataLayer(columnHeaderData, 72, 26);
		columnHeaderDataLayer.setConfigLabelAccumulator((labels, column, row) -> {
			if (model.isTotalColumn(column)) {
				labels.addLabel(TOTAL_LABEL);
			}
		});
		ColumnHeaderLayer columnHeaderLayer = new ColumnHeaderLayer(columnHeaderDataLayer, viewportLayer, selectionLayer);

		IDataProvider rowHeaderData = new HeaderData(false);
		DataLayer rowHeaderDataLayer = new DataLayer(rowHeaderData, 150, 24);
		rowHeaderDataLayer.setConfigLabelAccumulator((labels, column, row) -> {
			if (model.isTotalRow(row)) {
				labels.addLabel(TOTAL_LABEL);
			}
		});
		RowHeaderLayer rowHeaderLayer = new RowHeaderLayer(rowHeaderDataLayer, viewportLayer, selectionLayer);

		IDataProvider cornerData = new IDataProvider() {
			@Override
			public Object getDataValue(int columnIndex, int rowIndex) {
				return TableTexts.get(model.definition().statistic() == CrossTableDefinition.Statistic.MINES_BY_MINERAL_AND_SCALE
						? "crossTable.corner.mineralScale" : "crossTable.corner.countyMineral");
			}

			@Override
			public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
				// not editable
			}

			@Override
			public int getColumnCount() {
				return 1;
			}

			@Override
			public int getRowCount() {
				return 1;
			}
		};
		CornerLayer cornerLayer = new CornerLayer(new DataLayer(cornerData), rowHeaderLayer, columnHeaderLayer);
		GridLayer gridLayer = new GridLayer(viewportLayer, columnHeaderLayer, rowHeaderLayer, cornerLayer);

		natTable = new NatTable(parent, NatTable.DEFAULT_STYLE_OPTIONS, gridLayer, false);
		natTable.setConfigRegistry(new ConfigRegistry());
		natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
		natTable.addConfiguration(new AbstractRegistryConfiguration() {
			@Override
			public void configureRegistry(IConfigRegistry registry) {
				Style numbers = new Style();
				numbers.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.RIGHT);
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, numbers, DisplayMode.NORMAL,
						COUNT_LABEL);
				Style total = new Style();
				total.setAttributeValue(CellStyleAttributes.FONT,
						JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
				total.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR,
						resources.create(ColorDescriptor.createFrom(new RGB(226, 234, 244))));
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, total, DisplayMode.NORMAL, TOTAL_LABEL);
				registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new CountConverter(),
						DisplayMode.NORMAL, COUNT_LABEL);
			}
		});
		natTable.addConfiguration(new AbstractUiBindingConfiguration() {
			@Override
			public void configureUiBindings(UiBindingRegistry registry) {
				registry.registerDoubleClickBinding(MouseEventMatcher.bodyLeftClick(SWT.NONE),
						(table, event) -> drillDown());
			}
		});
		natTable.configure();
	}

	/** Counts by cell; body cells are the counts, header cells the row and column labels. */
	private final class BodyData implements IDataProvider {
		@Override
		public Object getDataValue(int columnIndex, int rowIndex) {
			return model.count(columnIndex, rowIndex);
		}

		@Override
		public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
			// computed, not editable
		}

		@Override
		public int getColumnCount() {
			return model.columnCount();
		}

		@Override
		public int getRowCount() {
			return model.rowCount();
		}
	}

	private final class HeaderData implements IDataProvider {
		private final boolean columns;

		HeaderData(boolean columns) {
			this.columns = columns;
		}

		@Override
		public Object getDataValue(int columnIndex, int rowIndex) {
			return columns ? model.columnLabel(columnIndex) : model.rowLabel(rowIndex);
		}

		@Override
		public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
			// not editable
		}

		@Override
		public int getColumnCount() {
			return columns ? model.columnCount() : 1;
		}

		@Override
		public int getRowCount() {
			return columns ? 1 : model.rowCount();
		}
	}

	/** Empty for a cell that counts nothing, so the numbers stand out; totals always show their number. */
	private final class CountConverter extends DisplayConverter {
		@Override
		public Object canonicalToDisplayValue(Object canonicalValue) {
			return canonicalValue == null ? "" : canonicalValue.toString();
		}

		@Override
		public Object canonicalToDisplayValue(org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell cell,
				IConfigRegistry configRegistry, Object canonicalValue) {
			boolean total = cell.getConfigLabels().hasLabel(TOTAL_LABEL);
			return !total && Integer.valueOf(0).equals(canonicalValue) ? "" : canonicalToDisplayValue(canonicalValue);
		}

		@Override
		public Object displayToCanonicalValue(Object displayValue) {
			return displayValue;
		}
	}

	// --- changes --------------------------------------------------------------------------------------------

	private void modelChanged(Notification notification) {
		if (refreshPending || natTable == null || natTable.isDisposed()) {
			return;
		}
		refreshPending = true;
		natTable.getDisplay().asyncExec(() -> {
			refreshPending = false;
			if (!natTable.isDisposed()) {
				recompute();
			}
		});
	}

	/** Counts the open plan again and shows the new numbers. */
	public void recompute() {
		Plan plan = PlanSession.get().plan().orElse(null);
		model.compute(plan);
		bodyDataLayer.fireLayerEvent(new StructuralRefreshEvent(bodyDataLayer));
		natTable.redraw();
		updateStatus();
	}

	private void updateStatus() {
		int total = model.rowCount() == 0 ? 0 : model.count(model.totalColumn(), model.totalRow());
		getViewSite().getActionBars().getStatusLineManager()
				.setMessage(TableTexts.get("crossTable.status", model.definition().title(), total));
	}

	// --- drill-down and selection ---------------------------------------------------------------------------

	/** @return the elements behind the selected cells */
	public List<EObject> selectedElements() {
		Set<EObject> result = new LinkedHashSet<>();
		if (selectionLayer != null) {
			for (PositionCoordinate cell : selectionLayer.getSelectedCellPositions()) {
				int column = selectionLayer.getColumnIndexByPosition(cell.columnPosition);
				int row = selectionLayer.getRowIndexByPosition(cell.rowPosition);
				if (column >= 0 && row >= 0) {
					result.addAll(model.elements(column, row));
				}
			}
		}
		return new ArrayList<>(result);
	}

	private void drillDown() {
		PositionCoordinate anchor = selectionLayer.getSelectionAnchor();
		if (anchor.columnPosition < 0 || anchor.rowPosition < 0) {
			return;
		}
		int column = selectionLayer.getColumnIndexByPosition(anchor.columnPosition);
		int row = selectionLayer.getRowIndexByPosition(anchor.rowPosition);
		openDrillDown(column, row, true);
	}

	/**
	 * Lists the elements behind a cell in a dialog from which the user can select them in the workbench or show
	 * them in their table.
	 *
	 * @param block whether to wait until the dialog is closed
	 * @return the dialog
	 */
	public DrillDownDialog openDrillDown(int column, int row, boolean block) {
		List<EObject> elements = model.elements(column, row);
		String title = TableTexts.get("drillDown.title", model.definition().printedAs().isEmpty()
				? model.definition().name() : model.definition().printedAs(), model.rowLabel(row), model.columnLabel(column),
				elements.size());
		DrillDownDialog dialog = new DrillDownDialog(getSite().getShell(), title, elements, this::selectInWorkbench,
				model.definition().tableId().isEmpty() ? null : this::showInTable);
		dialog.setBlockOnOpen(block);
		dialog.open();
		return dialog;
	}

	/** Makes the elements the workbench selection (Properties view, explorer and tables follow). */
	public void selectInWorkbench(List<EObject> elements) {
		selection.setSelection(new StructuredSelection(elements));
	}

	/** Opens the table listing these elements and selects their rows there. */
	public void showInTable(List<EObject> elements) {
		Optional<IViewPart> view = OpenTableHandler.open(getSite().getPage(), model.definition().tableId());
		if (view.isPresent() && view.get() instanceof PlanTableView table && table.selection() != null) {
			table.selection().select(elements, true);
		}
	}

	/** Selection of the view: the elements behind the selected cells, or those chosen in a drill-down. */
	private final class CellSelection implements ISelectionProvider {
		private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
		private List<EObject> chosen;

		void fire() {
			chosen = null;
			notifyListeners();
		}

		private void notifyListeners() {
			SelectionChangedEvent e = new SelectionChangedEvent(this, getSelection());
			for (ISelectionChangedListener l : listeners) {
				l.selectionChanged(e);
			}
		}

		@Override
		public ISelection getSelection() {
			return new StructuredSelection(chosen != null ? chosen : selectedElements());
		}

		@Override
		public void setSelection(ISelection selection) {
			chosen = selection instanceof StructuredSelection s ? new ArrayList<>(s.toList().stream()
					.filter(EObject.class::isInstance).map(EObject.class::cast).toList()) : List.of();
			notifyListeners();
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

	// --- access for tests -----------------------------------------------------------------------------------

	/** @return the counts shown */
	public CrossTableModel model() {
		return model;
	}

	/** @return the NatTable widget */
	public NatTable natTable() {
		return natTable;
	}

	/** @return the selection layer */
	public SelectionLayer selectionLayer() {
		return selectionLayer;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(PlanPropertySourceProvider.newPage());
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		if (natTable != null) {
			natTable.setFocus();
		}
	}

	@Override
	public void dispose() {
		PlanChanges.get().removeListener(changes);
		resources.dispose();
		super.dispose();
	}
}
