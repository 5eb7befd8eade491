package org.minplan.ui.table.internal;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.columnChooser.command.DisplayColumnChooserCommand;
import org.eclipse.nebula.widgets.nattable.columnChooser.command.DisplayColumnChooserCommandHandler;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.ConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.coordinate.Range;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.config.DialogErrorHandling;
import org.eclipse.nebula.widgets.nattable.edit.editor.ComboBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.TextCellEditor;
import org.eclipse.nebula.widgets.nattable.filterrow.FilterRowDataProvider;
import org.eclipse.nebula.widgets.nattable.filterrow.FilterRowHeaderComposite;
import org.eclipse.nebula.widgets.nattable.filterrow.IFilterStrategy;
import org.eclipse.nebula.widgets.nattable.filterrow.command.ClearAllFiltersCommand;
import org.eclipse.nebula.widgets.nattable.filterrow.command.ToggleFilterRowCommand;
import org.eclipse.nebula.widgets.nattable.freeze.CompositeFreezeLayer;
import org.eclipse.nebula.widgets.nattable.freeze.FreezeLayer;
import org.eclipse.nebula.widgets.nattable.freeze.command.FreezeColumnCommand;
import org.eclipse.nebula.widgets.nattable.freeze.command.UnFreezeGridCommand;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.hideshow.ColumnHideShowLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.event.RowStructuralRefreshEvent;
import org.eclipse.nebula.widgets.nattable.reorder.ColumnReorderLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.preserve.PreserveSelectionModel;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.minplan.model.Plan;
import org.minplan.model.provider.MinplanEditPlugin;
import org.minplan.ui.findings.FindingSeverity;
import org.minplan.ui.model.PlanSession;
import org.minplan.ui.model.UndoRedoActions;
import org.minplan.ui.properties.PlanPropertySourceProvider;
import org.minplan.ui.table.ColumnDefinition;
import org.minplan.ui.table.EditorKind;
import org.minplan.ui.table.TableDefinition;
import org.minplan.ui.table.TableRegistry;

/**
 * A plan table (e.g. 开采规划区块, 专栏18): one view class for every contributed table, the table chosen by the
 * view's secondary id. A NatTable over the plan's list with sortable headers, a filter row, a column chooser,
 * the first column frozen; cells are edited, pasted and undone through the plan's command stack; the rows
 * follow every change to the plan; the selected rows' elements are the workbench selection, and elements
 * selected elsewhere are selected here.
 */
public class PlanTableView extends ViewPart {

	/** View id, permanent; the secondary id is the table id. */
	public static final String ID = "org.minplan.ui.table.views.table";

	static final String COLUMN_LABEL = "MINPLAN_COLUMN_";
	static final String NUMERIC_LABEL = "MINPLAN_NUMERIC";
	static final String TEXT_LABEL = "MINPLAN_TEXT";
	static final String READ_ONLY_LABEL = "MINPLAN_READ_ONLY";

	private TableDefinition table;
	private ElementRows rows;
	private NatTable natTable;
	private DataLayer bodyDataLayer;
	private SelectionLayer selectionLayer;
	private CompositeFreezeLayer freezeLayer;
	private ColumnHideShowLayer hideShowLayer;
	private FilterRowHeaderComposite<EObject> filterHeader;
	private TableSelection selection;
	private TableEditing editing;
	private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
	private Plan plan;
	private boolean refreshPending;
	private boolean structureChanged;
	private String lastMessage = "";
	private String lastAction;
	private final List<PropertySheetPage> propertyPages = new ArrayList<>();

	private UndoRedoActions undoRedo;
	private Action freezeFirstColumn;

	private final PlanChanges.Listener changes = this::modelChanged;
	private final ISelectionListener following = this::followSelection;
	private RowBadges badges;
	private Runnable stopFollowingFindings = () -> {
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		String tableId = getViewSite().getSecondaryId();
		Optional<TableDefinition> definition = tableId == null ? Optional.empty()
				: TableRegistry.getDefault().table(tableId);
		if (definition.isEmpty()) {
			TableChooser.create(parent, getSite().getPage(), tableId);
			return;
		}
		table = definition.get();
		setPartName(table.title());
		setTitleToolTip(table.title());
		URL icon = (URL) MinplanEditPlugin.INSTANCE.getImage("full/obj16/" + table.elementType().getName());
		setTitleImage(resources.create(ImageDescriptor.createFromURL(icon)));

		CollectionFactories.ensureLoaded();
		rows = new ElementRows(table);
		editing = new TableEditing(() -> PlanSession.get().domain());
		rows.setEditing(editing);
		badges = new RowBadges(rows);
		createTable(parent);

		selection = new TableSelection(selectionLayer, rows);
		getSite().setSelectionProvider(selection);
		selection.addSelectionChangedListener(e -> {
			lastAction = null;
			updateStatus();
		});
		getSite().getPage().addPostSelectionListener(following);

		installActions();
		PlanChanges.get().addListener(changes);
		showPlan();
		parent.getDisplay().asyncExec(() -> {
			if (!natTable.isDisposed()) {
				setFirstColumnFrozen(true);
			}
		});
	}

	private void createTable(Composite parent) {
		List<ColumnDefinition> columns = table.columns();
		IConfigRegistry configRegistry = new ConfigRegistry();

		bodyDataLayer = new DataLayer(rows);
		for (int i = 0; i < columns.size(); i++) {
			bodyDataLayer.setColumnWidthByPosition(i, columns.get(i).width());
		}
		bodyDataLayer.setConfigLabelAccumulator((labels, columnPosition, rowPosition) -> {
			ColumnDefinition column = columns.get(columnPosition);
			labels.addLabel(COLUMN_LABEL + columnPosition);
			labels.addLabel(column.numeric() ? NUMERIC_LABEL : TEXT_LABEL);
			if (!column.editable()) {
				labels.addLabel(READ_ONLY_LABEL);
			}
		});
		ColumnReorderLayer reorderLayer = new ColumnReorderLayer(bodyDataLayer);
		hideShowLayer = new ColumnHideShowLayer(reorderLayer);
		selectionLayer = new SelectionLayer(hideShowLayer);
		selectionLayer.setSelectionModel(new PreserveSelectionModel<>(selectionLayer, rows, rows::idOf));
		ViewportLayer viewportLayer = new ViewportLayer(selectionLayer);
		freezeLayer = new CompositeFreezeLayer(new FreezeLayer(selectionLayer), viewportLayer, selectionLayer);

		IDataProvider headerData = new HeaderData(columns);
		DataLayer headerDataLayer = new DataLayer(headerData, 100, 24);
		ColumnHeaderLayer columnHeaderLayer = new ColumnHeaderLayer(headerDataLayer, freezeLayer, selectionLayer);
		SortHeaderLayer<EObject> sortHeaderLayer = new SortHeaderLayer<>(columnHeaderLayer,
				new RowSortModel(rows, this::rowsChanged), false);
		IFilterStrategy<EObject> filterStrategy = filters -> {
			Map<Integer, String> texts = new HashMap<>();
			filters.forEach((column, value) -> texts.put(column, value == null ? null : value.toString()));
			rows.setFilters(texts);
			rows.refresh();
			rowsChanged();
		};
		filterHeader = new FilterRowHeaderComposite<>(filterStrategy,
				sortHeaderLayer, headerData, configRegistry);

		DefaultRowHeaderDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(rows);
		DataLayer rowHeaderDataLayer = new DefaultRowHeaderDataLayer(rowHeaderData);
		rowHeaderDataLayer.setDefaultColumnWidth(64);
		badges.install(rowHeaderDataLayer);
		RowHeaderLayer rowHeaderLayer = new RowHeaderLayer(rowHeaderDataLayer, freezeLayer, selectionLayer);
		CornerLayer cornerLayer = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowHeaderData)),
				rowHeaderLayer, filterHeader);
		GridLayer gridLayer = new GridLayer(freezeLayer, filterHeader, rowHeaderLayer, cornerLayer);
		gridLayer.registerCommandHandler(new DisplayColumnChooserCommandHandler(selectionLayer, hideShowLayer,
				columnHeaderLayer, headerDataLayer, null, null));

		natTable = new NatTable(parent, NatTable.DEFAULT_STYLE_OPTIONS, gridLayer, false);
		natTable.setConfigRegistry(configRegistry);
		natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
		natTable.addConfiguration(new SingleClickSortConfiguration());
		natTable.addConfiguration(new ColumnsConfiguration(columns));
		natTable.addConfiguration(badges.configuration());
		natTable.configure();
		badges.installTooltip(natTable);
		stopFollowingFindings = badges.follow(natTable);
	}

	/** Column headers from the table definition. */
	private record HeaderData(List<ColumnDefinition> columns) implements IDataProvider {
		@Override
		public Object getDataValue(int columnIndex, int rowIndex) {
			return columns.get(columnIndex).header();
		}

		@Override
		public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
			// headers are not edited
		}

		@Override
		public int getColumnCount() {
			return columns.size();
		}

		@Override
		public int getRowCount() {
			return 1;
		}
	}

	/** Texts, alignment and editors per column: numbers right, read-only cells shaded, typed editors. */
	private final class ColumnsConfiguration extends AbstractRegistryConfiguration {
		private final List<ColumnDefinition> columns;

		ColumnsConfiguration(List<ColumnDefinition> columns) {
			this.columns = columns;
		}

		@Override
		public void configureRegistry(IConfigRegistry registry) {
			Style right = new Style();
			right.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.RIGHT);
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, right, DisplayMode.NORMAL, NUMERIC_LABEL);
			Style left = new Style();
			left.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, left, DisplayMode.NORMAL, TEXT_LABEL);
			Style shaded = new Style();
			shaded.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, color(new RGB(242, 242, 238)));
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, shaded, DisplayMode.NORMAL, READ_ONLY_LABEL);
			registry.registerConfigAttribute(EditConfigAttributes.CONVERSION_ERROR_HANDLER, new DialogErrorHandling(),
					DisplayMode.EDIT);
			for (int i = 0; i < columns.size(); i++) {
				ColumnDefinition column = columns.get(i);
				String label = COLUMN_LABEL + i;
				registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new CellConverter(column, rows),
						DisplayMode.NORMAL, label);
				if (column.editable()) {
					registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE,
							IEditableRule.ALWAYS_EDITABLE, DisplayMode.EDIT, label);
					registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, editor(column), DisplayMode.EDIT,
							label);
				}
			}
		}

		private ICellEditor editor(ColumnDefinition column) {
			EditorKind kind = column.editor().orElse(EditorKind.TEXT);
			if (kind == EditorKind.COMBO || kind == EditorKind.REFERENCE) {
				ComboBoxCellEditor combo = new ComboBoxCellEditor(
						(columnIndex, rowIndex) -> column.value().choices(rows.getRowObject(rowIndex)), 15);
				combo.setFreeEdit(false);
				return combo;
			}
			return new TextCellEditor(true, true);
		}
	}

	private Color color(RGB rgb) {
		return resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(rgb));
	}

	// --- plan and model changes -----------------------------------------------------------------------------

	private void showPlan() {
		plan = PlanSession.get().plan().orElse(null);
		rows.setSource(plan == null ? List.of() : table.rows(plan));
		rowsChanged();
		updateUndoRedo();
	}

	private void modelChanged(Notification notification) {
		if (notification == null) {
			asyncIfAlive(this::showPlan);
			return;
		}
		if (notification.getNotifier() == plan && notification.getFeature() == table.list()
				|| rows.isFiltered() || !rows.sortKeys().isEmpty()) {
			structureChanged = true;
		}
		if (!refreshPending) {
			refreshPending = true;
			asyncIfAlive(this::refresh);
		}
	}

	private void refresh() {
		refreshPending = false;
		if (structureChanged) {
			structureChanged = false;
			rows.refresh();
			rowsChanged();
		} else {
			natTable.redraw();
		}
		refreshPropertyPages();
		updateUndoRedo();
	}

	/** The Properties view does not watch the model: show it the edited values. */
	private void refreshPropertyPages() {
		propertyPages.removeIf(p -> p.getControl() == null || p.getControl().isDisposed());
		for (PropertySheetPage page : propertyPages) {
			page.refresh();
		}
	}

	/** The rows were filtered, sorted or changed in number: NatTable, selection and status follow. */
	private void rowsChanged() {
		bodyDataLayer.fireLayerEvent(new RowStructuralRefreshEvent(bodyDataLayer));
		updateStatus();
	}

	private void asyncIfAlive(Runnable runnable) {
		if (natTable == null || natTable.isDisposed()) {
			return;
		}
		natTable.getDisplay().asyncExec(() -> {
			if (!natTable.isDisposed()) {
				runnable.run();
			}
		});
	}

	private void updateStatus() {
		int shown = rows.getRowCount();
		int total = rows.totalCount();
		String message = shown == total ? TableTexts.get("status.rows", total)
				: TableTexts.get("status.filtered", shown, total);
		int selected = selection == null ? 0 : selection.selectedElements().size();
		if (selected > 0) {
			message = message + TableTexts.get("status.selected", selected);
		}
		if (lastAction != null) {
			message = message + " — " + lastAction;
		}
		lastMessage = message;
		getViewSite().getActionBars().getStatusLineManager().setMessage(message);
	}

	// --- selection from other parts -------------------------------------------------------------------------

	private void followSelection(IWorkbenchPart part, ISelection incoming) {
		if (part == this || !(incoming instanceof IStructuredSelection structured) || structured.isEmpty()) {
			return;
		}
		List<?> elements = structured.toList();
		if (elements.stream().noneMatch(table.elementType()::isInstance)) {
			return;
		}
		if (selection.selectedElements().equals(elements)) {
			return;
		}
		selection.select(elements, false);
	}

	// --- actions --------------------------------------------------------------------------------------------

	private void installActions() {
		IActionBars bars = getViewSite().getActionBars();
		undoRedo = new UndoRedoActions(bars);
		Action copy = action(TableTexts.get("action.copy"), this::copy);
		Action copyWithHeaders = action(TableTexts.get("action.copyWithHeaders"), () -> copy(true));
		Action paste = action(TableTexts.get("action.paste"), this::paste);
		Action selectAll = action(TableTexts.get("action.selectAll"), () -> selectionLayer.selectAll());
		bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
		bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
		bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAll);

		Action chooser = action(TableTexts.get("action.columns"),
				() -> natTable.doCommand(new DisplayColumnChooserCommand(natTable)));
		freezeFirstColumn = new Action(TableTexts.get("action.freeze"), IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				setFirstColumnFrozen(isChecked());
			}
		};
		Action filterRow = new Action(TableTexts.get("action.filterRow"), IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				natTable.doCommand(new ToggleFilterRowCommand());
			}
		};
		filterRow.setChecked(true);
		Action clearFilters = action(TableTexts.get("action.clearFilters"),
				() -> natTable.doCommand(new ClearAllFiltersCommand()));
		Action plainOrder = action(TableTexts.get("action.planOrder"), () -> {
			new RowSortModel(rows, this::rowsChanged).clear();
			natTable.redraw();
		});

		IMenuManager viewMenu = bars.getMenuManager();
		viewMenu.add(chooser);
		viewMenu.add(freezeFirstColumn);
		viewMenu.add(filterRow);
		viewMenu.add(clearFilters);
		viewMenu.add(plainOrder);
		bars.getToolBarManager().add(chooser);
		bars.updateActionBars();

		MenuManager context = new MenuManager();
		context.add(copy);
		context.add(copyWithHeaders);
		context.add(paste);
		context.add(new Separator());
		context.add(chooser);
		context.add(freezeFirstColumn);
		context.add(clearFilters);
		context.add(plainOrder);
		context.add(new Separator(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
		natTable.setMenu(context.createContextMenu(natTable));
		getSite().registerContextMenu(context, selection);
		updateUndoRedo();
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	private void updateUndoRedo() {
		if (undoRedo != null) {
			undoRedo.update();
		}
	}

	/** Freezes or unfreezes the first column (it stays in view while scrolling sideways). */
	public void setFirstColumnFrozen(boolean frozen) {
		if (frozen) {
			natTable.doCommand(new FreezeColumnCommand(freezeLayer, 0, false, true));
		} else {
			natTable.doCommand(new UnFreezeGridCommand());
		}
		freezeFirstColumn.setChecked(frozen);
	}

	/** @return whether the first column is frozen */
	public boolean isFirstColumnFrozen() {
		return freezeLayer.isFrozen();
	}

	// --- clipboard ------------------------------------------------------------------------------------------

	/** Copies the selected cells as TSV (Edit ▸ Copy, Ctrl+C). */
	public void copy() {
		if (focusedText() instanceof Text text) {
			text.copy();
			return;
		}
		copy(false);
	}

	private void copy(boolean withHeaders) {
		String tsv = selectionAsTsv(withHeaders);
		if (tsv.isEmpty()) {
			return;
		}
		Clipboard clipboard = new Clipboard(natTable.getDisplay());
		try {
			clipboard.setContents(new Object[] { tsv }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	/**
	 * @return the selected cells as TSV: the rows holding a selected cell, the columns holding one, in the order
	 *         shown; unselected cells inside that block are empty
	 */
	public String selectionAsTsv(boolean withHeaders) {
		List<Integer> rowPositions = new ArrayList<>();
		for (Range range : selectionLayer.getSelectedRowPositions()) {
			for (int p = range.start; p < range.end; p++) {
				rowPositions.add(p);
			}
		}
		rowPositions.sort(null);
		int[] columnPositions = selectionLayer.getSelectedColumnPositions();
		java.util.Arrays.sort(columnPositions);
		if (rowPositions.isEmpty() || columnPositions.length == 0) {
			return "";
		}
		List<List<String>> lines = new ArrayList<>();
		if (withHeaders) {
			List<String> header = new ArrayList<>();
			for (int c : columnPositions) {
				header.add(table.columns().get(selectionLayer.getColumnIndexByPosition(c)).header());
			}
			lines.add(header);
		}
		for (int r : rowPositions) {
			EObject element = rows.getRowObject(selectionLayer.getRowIndexByPosition(r));
			List<String> line = new ArrayList<>();
			for (int c : columnPositions) {
				ColumnDefinition column = table.columns().get(selectionLayer.getColumnIndexByPosition(c));
				line.add(selectionLayer.isCellPositionSelected(c, r) ? CellText.format(column.value().get(element)) : "");
			}
			lines.add(line);
		}
		return Tsv.write(lines);
	}

	/** Pastes TSV from the clipboard at the selected cell (Edit ▸ Paste, Ctrl+V) as one undoable command. */
	public void paste() {
		if (focusedText() instanceof Text text) {
			text.paste();
			return;
		}
		Clipboard clipboard = new Clipboard(natTable.getDisplay());
		String text;
		try {
			text = (String) clipboard.getContents(TextTransfer.getInstance());
		} finally {
			clipboard.dispose();
		}
		if (text == null || text.isEmpty()) {
			return;
		}
		TableEditing.PasteResult result = pasteTsv(text);
		if (!result.problems().isEmpty()) {
			List<String> shown = result.problems().subList(0, Math.min(10, result.problems().size()));
			MessageDialog.openError(getSite().getShell(), TableTexts.get("paste.failedTitle"),
					TableTexts.get("paste.failed", String.join("\n", shown), result.problems().size()));
		}
	}

	/**
	 * Pastes TSV text with its first cell at the selection anchor (no selection: as new rows at the end).
	 *
	 * @return what was pasted, or the problems that stopped it
	 */
	public TableEditing.PasteResult pasteTsv(String text) {
		List<List<String>> cells = Tsv.read(text);
		if (plan == null || cells.isEmpty()) {
			return new TableEditing.PasteResult(0, 0, 0, 0, List.of());
		}
		PositionCoordinate anchor = selectionLayer.getSelectionAnchor();
		boolean hasAnchor = anchor != null && anchor.columnPosition >= 0 && anchor.rowPosition >= 0 && !selectionLayer.getSelectedRowPositions().isEmpty();
		int firstRow = hasAnchor ? selectionLayer.getRowIndexByPosition(anchor.rowPosition) : rows.getRowCount();
		int firstColumn = hasAnchor ? anchor.columnPosition : 0;
		List<ColumnDefinition> shownColumns = new ArrayList<>();
		for (int p = 0; p < selectionLayer.getColumnCount(); p++) {
			shownColumns.add(table.columns().get(selectionLayer.getColumnIndexByPosition(p)));
		}
		TableEditing.PasteResult result = editing.paste(table, plan, new ArrayList<>(rows.rows()), shownColumns,
				firstRow, firstColumn, cells);
		if (result.applied()) {
			String message = TableTexts.get("paste.done", result.cells(), result.rowsChanged(), result.rowsAdded());
			if (result.skippedReadOnly() > 0) {
				message = message + TableTexts.get("paste.skipped", result.skippedReadOnly());
			}
			lastAction = message;
			updateStatus();
		}
		return result;
	}

	private Control focusedText() {
		Control focus = natTable.getDisplay().getFocusControl();
		return focus instanceof Text && focus != natTable ? focus : null;
	}

	// --- access for tests and other parts -------------------------------------------------------------------

	/** @return the table shown, if the view shows one */
	public Optional<TableDefinition> table() {
		return Optional.ofNullable(table);
	}

	/**
	 * @return the badge on the row of the element at that row index: its most serious validation finding,
	 *         empty when it has none
	 */
	public Optional<FindingSeverity> rowBadge(int rowIndex) {
		return badges.severity(rowIndex);
	}

	/** @return the NatTable widget */
	public NatTable natTable() {
		return natTable;
	}

	/** @return the rows shown */
	public ElementRows rows() {
		return rows;
	}

	/** @return the texts of the filter row, by column index (what typing in the filter row sets) */
	public FilterRowDataProvider<EObject> filterRow() {
		return filterHeader.getFilterRowDataLayer().getFilterRowDataProvider();
	}

	/** @return the selection layer (positions of shown columns and rows) */
	public SelectionLayer selectionLayer() {
		return selectionLayer;
	}

	/** @return the table's selection provider */
	public TableSelection selection() {
		return selection;
	}

	/** @return the message last put in the status line */
	public String statusMessage() {
		return lastMessage;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			PropertySheetPage page = PlanPropertySourceProvider.newPage();
			propertyPages.add(page);
			return adapter.cast(page);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		if (natTable != null) {
			natTable.setFocus();
		} else {
			Display.getCurrent().getActiveShell().setFocus();
		}
	}

	@Override
	public void dispose() {
		PlanChanges.get().removeListener(changes);
		stopFollowingFindings.run();
		getSite().getPage().removePostSelectionListener(following);
		resources.dispose();
		super.dispose();
	}
}
