package org.minplan.ui.map.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ControlContribution;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.locationtech.jts.geom.Envelope;
import org.minplan.ui.findings.FindingsTracker;
import org.minplan.core.geometry.AreaCalculator;
import org.minplan.core.geometry.CrsTransformer;
import org.minplan.model.MinplanPackage;
import org.minplan.model.Plan;
import org.minplan.model.SpatialElement;
import org.minplan.model.edit.PlanLabels;
import org.minplan.ui.map.MapEditors;
import org.minplan.ui.map.internal.edit.CountyLocator;
import org.minplan.ui.map.internal.edit.DrawTool;
import org.minplan.ui.map.internal.edit.PanTool;
import org.minplan.ui.map.internal.edit.SelectTool;
import org.minplan.ui.map.internal.edit.ShapeEdits;
import org.minplan.ui.map.internal.render.DisplayCrs;
import org.minplan.ui.map.internal.render.MapContent;
import org.minplan.ui.model.PlanSession;
import org.minplan.ui.model.UndoRedoActions;

/**
 * 规划图编辑器: the plan on a map — every layer contributed to {@code org.minplan.ui.map.layers} drawn at real
 * coordinates in CGCS2000 Gauss–Krüger zone 28 — to look at (layers, colourings, legend, overview, coordinates)
 * and to edit through the plan's command stack (move, reshape, draw, delete), so edits are undoable and show at
 * once in the explorer, tables and properties. It shares the plan's one {@link Saveable} with the plan editor.
 */
public class MapEditor extends EditorPart implements ISaveablesSource, ISelectionProvider {

	/** Editor id (permanent). */
	public static final String ID = MapEditors.MAP_EDITOR_ID;

	private static final CrsTransformer TRANSFORMER = new CrsTransformer();

	private final DisplayCrs crs = new DisplayCrs(TRANSFORMER);
	private final CountyLocator countyLocator = new CountyLocator(crs);
	private final MapPropertySourceProvider properties = new MapPropertySourceProvider(
			new AreaCalculator(TRANSFORMER));
	private final CopyOnWriteArrayList<ISelectionChangedListener> selectionListeners = new CopyOnWriteArrayList<>();
	private final List<PropertySheetPage> propertyPages = new ArrayList<>();
	private MapCanvas canvas;
	private LayersPanel layers;
	private SashForm sash;
	private Combo colouringCombo;
	private MapContent content;
	private SelectTool selectTool;
	private final List<Action> toolActions = new ArrayList<>();
	private Action selectAction;
	private UndoRedoActions undoRedo;
	private Action delete;
	private boolean flushScheduled;

	private final PlanSession.Listener sessionListener = this::planChanged;
	private final CommandStackListener stackListener = e -> canvasAsync(this::commandStackChanged);
	private final Runnable findingsListener = () -> canvasAsync(() -> {
		canvas.contentChanged();
	});

	/** Follows elements selected in other parts (explorer, tables), without echoing them back. */
	private final ISelectionListener followSelection = (IWorkbenchPart part, ISelection selection) -> {
		if (part == this || canvas == null || canvas.control().isDisposed()
				|| !(selection instanceof IStructuredSelection s) || s.isEmpty()) {
			return;
		}
		List<EObject> elements = new ArrayList<>();
		for (Object o : s.toList()) {
			if (o instanceof EObject e) {
				elements.add(e);
			}
		}
		if (!elements.isEmpty()) {
			canvas.showSelection(elements);
			revealSelection();
		}
	};

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof PlanDiagramInput)) {
			throw new PartInitException(MapTexts.get("editor.wrongInput", input.getName()));
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(body);
		ToolBarManager toolbar = new ToolBarManager(SWT.FLAT | SWT.RIGHT | SWT.WRAP);
		toolbar.createControl(body);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(toolbar.getControl());

		sash = new SashForm(body, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		canvas = new MapCanvas(sash);
		layers = new LayersPanel(sash, this::layersChanged);
		sash.setWeights(new int[] { 78, 22 });

		canvas.setEditing(new ShapeEdits(PlanSession.get().domain(), crs), countyLocator, this::execute);
		canvas.addSelectionListener(this::canvasSelectionChanged);
		canvas.setPointerListener(this::pointerMoved);
		canvas.setStatusListener(
				m -> getEditorSite().getActionBars().getStatusLineManager().setMessage(m == null ? "" : m));
		selectTool = new SelectTool();
		canvas.setTool(selectTool);

		fillToolbar(toolbar);
		installContextMenu();
		installGlobalActions();
		getSite().setSelectionProvider(this);
		getSite().getPage().addPostSelectionListener(followSelection);
		PlanSession.get().addListener(sessionListener);
		PlanSession.get().addCommandStackListener(stackListener);
		FindingsTracker.get().addChangeListener(findingsListener);
		showPlan(PlanSession.get().plan());
	}

	// ------------------------------------------------------------------ content

	private void planChanged(Optional<Plan> plan) {
		if (canvas == null || canvas.control().isDisposed()) {
			return;
		}
		if (plan.isEmpty()) {
			getSite().getPage().closeEditor(this, false);
			return;
		}
		setPartName(getEditorInput().getName());
		setTitleToolTip(getEditorInput().getToolTipText());
		canvas.setEditing(new ShapeEdits(PlanSession.get().domain(), crs), countyLocator, this::execute);
		showPlan(plan);
	}

	private void showPlan(Optional<Plan> plan) {
		if (content != null) {
			content.dispose();
		}
		content = plan.map(p -> new MapContent(p, LayerRegistry.get().layers(), crs)).orElse(null);
		if (content != null) {
			content.setChangeListener(this::modelChanged);
			content.watch();
		}
		canvas.setContent(content);
		layers.setContent(content);
		updateActions();
	}

	/** Called for every model notification: coalesce into one flush on the UI thread. */
	private void modelChanged() {
		if (flushScheduled) {
			return;
		}
		flushScheduled = true;
		canvasAsync(this::flush);
	}

	/** Applies collected model changes now (the map also does this by itself after each change). */
	public void flush() {
		flushScheduled = false;
		if (content != null && content.flush()) {
			canvas.contentChanged();
			layers.refreshItems();
			propertyPages.forEach(p -> {
				if (p.getControl() != null && !p.getControl().isDisposed()) {
					p.refresh();
				}
			});
		}
	}

	private void layersChanged() {
		canvas.contentChanged();
	}

	private void canvasAsync(Runnable r) {
		if (canvas != null && !canvas.control().isDisposed()) {
			canvas.control().getDisplay().asyncExec(() -> {
				if (!canvas.control().isDisposed()) {
					r.run();
				}
			});
		}
	}

	private void execute(Command command) {
		CommandStack stack = PlanSession.get().domain().getCommandStack();
		if (command.canExecute()) {
			stack.execute(command);
			flush();
		} else {
			canvas.status(MapTexts.get("status.cannotExecute", command.getLabel()));
		}
	}

	private void commandStackChanged() {
		firePropertyChange(PROP_DIRTY);
		updateActions();
		flush();
	}

	// ------------------------------------------------------------------ toolbar and actions

	private static ImageDescriptor icon(String name) {
		return ResourceLocator.imageDescriptorFromBundle(MapEditor.class, "icons/" + name + ".png")
				.orElse(ImageDescriptor.getMissingImageDescriptor());
	}

	private Action action(String key, String iconName, int style, Runnable run) {
		Action action = new Action(MapTexts.get(key), style) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(MapTexts.get(key + ".tip"));
		action.setImageDescriptor(icon(iconName));
		return action;
	}

	private void fillToolbar(ToolBarManager toolbar) {
		selectAction = toolAction("tool.select", "select16", () -> selectTool);
		selectAction.setChecked(true);
		toolbar.add(selectAction);
		toolbar.add(toolAction("tool.pan", "pan16", PanTool::new));
		toolbar.add(drawAction("tool.drawExploration", "drawExploration16", MinplanPackage.Literals.EXPLORATION_BLOCK));
		toolbar.add(drawAction("tool.drawMining", "drawMining16", MinplanPackage.Literals.MINING_BLOCK));
		toolbar.add(drawAction("tool.drawConcentrated", "drawConcentrated16",
				MinplanPackage.Literals.CONCENTRATED_MINING_AREA));
		toolbar.add(new Separator());
		toolbar.add(action("nav.zoomIn", "zoomIn16", IAction.AS_PUSH_BUTTON, () -> canvas.zoomBy(1.5)));
		toolbar.add(action("nav.zoomOut", "zoomOut16", IAction.AS_PUSH_BUTTON, () -> canvas.zoomBy(1 / 1.5)));
		toolbar.add(action("nav.zoomPlan", "zoomPlan16", IAction.AS_PUSH_BUTTON, () -> canvas.zoomToPlan()));
		toolbar.add(action("nav.zoomSelection", "zoomSelection16", IAction.AS_PUSH_BUTTON,
				() -> canvas.zoomToSelection()));
		toolbar.add(new Separator());
		Action layersToggle = action("view.layers", "layers16", IAction.AS_CHECK_BOX, () -> {
		});
		layersToggle.setChecked(true);
		layersToggle.addPropertyChangeListener(e -> {
			if (IAction.CHECKED.equals(e.getProperty())) {
				sash.setMaximizedControl(layersToggle.isChecked() ? null : canvas.control());
			}
		});
		toolbar.add(layersToggle);
		Action legendToggle = action("view.legend", "legend16", IAction.AS_CHECK_BOX, () -> {
		});
		legendToggle.setChecked(true);
		legendToggle.addPropertyChangeListener(e -> canvas.setLegendVisible(legendToggle.isChecked()));
		toolbar.add(legendToggle);
		Action overviewToggle = action("view.overview", "overview16", IAction.AS_CHECK_BOX, () -> {
		});
		overviewToggle.setChecked(true);
		overviewToggle.addPropertyChangeListener(e -> canvas.setOverviewVisible(overviewToggle.isChecked()));
		toolbar.add(overviewToggle);
		toolbar.add(new ControlContribution("org.minplan.ui.map.colouring") {
			@Override
			protected Control createControl(Composite parent) {
				colouringCombo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
				colouringCombo.add(MapTexts.get("colouring.byLayer"));
				for (ColouringDescriptor c : LayerRegistry.get().colourings()) {
					colouringCombo.add(c.name());
				}
				colouringCombo.select(0);
				colouringCombo.setToolTipText(MapTexts.get("colouring.tip"));
				colouringCombo.addListener(SWT.Selection, e -> applyColouring(colouringCombo.getSelectionIndex()));
				return colouringCombo;
			}
		});
		toolbar.add(new Separator());
		toolbar.add(action("export", "export16", IAction.AS_PUSH_BUTTON, this::export));
		toolbar.add(action("openLayout", "layout16", IAction.AS_PUSH_BUTTON, () -> {
			try {
				MapEditors.openLayoutDiagram(getSite().getPage());
			} catch (PartInitException e) {
				ILog.of(MapEditor.class).error("Cannot open the layout diagram", e);
			}
		}));
		toolbar.update(true);
	}

	private Action toolAction(String key, String iconName, java.util.function.Supplier<MapTool> tool) {
		Action[] self = new Action[1];
		self[0] = action(key, iconName, IAction.AS_RADIO_BUTTON, () -> {
			if (self[0].isChecked()) {
				canvas.setTool(tool.get());
			}
		});
		toolActions.add(self[0]);
		return self[0];
	}

	private Action drawAction(String key, String iconName, EClass kind) {
		return toolAction(key, iconName, () -> new DrawTool(kind, this::backToSelect));
	}

	/** Returns to the select tool (after drawing). */
	private void backToSelect() {
		for (Action a : toolActions) {
			a.setChecked(a == selectAction);
		}
		canvas.setTool(selectTool);
	}

	/** Makes a drawing tool active, as its toolbar button does (tests, keyboard). */
	public void startDrawing(EClass kind) {
		for (Action a : toolActions) {
			a.setChecked(false);
		}
		canvas.setTool(new DrawTool(kind, this::backToSelect));
	}

	/** Applies the colouring at {@code index} of the "colour by" list (0 = the layers' own colours). */
	public void applyColouring(int index) {
		List<ColouringDescriptor> all = LayerRegistry.get().colourings();
		if (index <= 0 || index > all.size()) {
			canvas.styling().setColouring(null);
			canvas.setColouringName("");
		} else {
			canvas.styling().setColouring(all.get(index - 1).colouring());
			canvas.setColouringName(all.get(index - 1).name());
		}
		if (colouringCombo != null && !colouringCombo.isDisposed() && colouringCombo.getSelectionIndex() != index) {
			colouringCombo.select(Math.max(0, index));
		}
		canvas.contentChanged();
	}

	/** Applies the colouring contributed with {@code id}. */
	public void applyColouring(String id) {
		List<ColouringDescriptor> all = LayerRegistry.get().colourings();
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).id().equals(id)) {
				applyColouring(i + 1);
				return;
			}
		}
		applyColouring(0);
	}

	private void installContextMenu() {
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(m -> {
			m.add(action("nav.zoomSelection", "zoomSelection16", IAction.AS_PUSH_BUTTON,
					() -> canvas.zoomToSelection()));
			m.add(action("nav.zoomPlan", "zoomPlan16", IAction.AS_PUSH_BUTTON, () -> canvas.zoomToPlan()));
			m.add(new Separator());
			Action deleteVertex = action("edit.deleteVertex", "deleteVertex16", IAction.AS_PUSH_BUTTON,
					selectTool::deleteSelected);
			deleteVertex.setEnabled(canvas.tool() == selectTool && selectTool.activeVertex().isPresent());
			m.add(deleteVertex);
			m.add(delete);
			m.add(new Separator());
			m.add(action("export", "export16", IAction.AS_PUSH_BUTTON, this::export));
		});
		canvas.control().setMenu(menu.createContextMenu(canvas.control()));
	}

	private void installGlobalActions() {
		delete = action("edit.delete", "delete16", IAction.AS_PUSH_BUTTON, () -> {
			if (canvas.tool() == selectTool) {
				selectTool.deleteSelected();
			}
		});
		Action selectAll = new Action() {
			@Override
			public void run() {
				List<EObject> all = new ArrayList<>();
				if (content != null) {
					for (MapContent.Layer layer : content.layers()) {
						if (layer.visible() && layer.descriptor().editable()) {
							layer.features().forEach(f -> all.add(f.element()));
						}
					}
				}
				canvas.setSelection(all);
			}
		};
		var bars = getEditorSite().getActionBars();
		undoRedo = new UndoRedoActions(bars);
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
		bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAll);
		updateActions();
	}

	private void updateActions() {
		if (undoRedo == null) {
			return;
		}
		undoRedo.update();
		delete.setEnabled(canvas.selectionEditable());
	}

	private void export() {
		if (content == null) {
			return;
		}
		Plan plan = content.plan();
		String title = MapTexts.get("export.sheetTitle", PlanLabels.text(plan));
		int legendWidth = MapExport.measured(canvas, new MapExport.Spec(content.extent(), 1_000_000, 96, title))
				.legendWidth();
		ExportDialog dialog = new ExportDialog(getSite().getShell(), canvas.viewport().envelope(), content.extent(),
				canvas.viewport().scaleDenominator(), title, legendWidth);
		if (dialog.open() != ExportDialog.OK || dialog.choice().isEmpty()) {
			return;
		}
		ExportDialog.Choice choice = dialog.choice().get();
		try {
			export(choice.svg(), choice.spec(), choice.file());
			canvas.status(MapTexts.get("export.done", choice.file()));
		} catch (RuntimeException | java.io.IOException e) {
			ILog.of(MapEditor.class).error("Map export to " + choice.file() + " failed", e);
			MessageDialog.openError(getSite().getShell(), MapTexts.get("export.failedTitle"),
					MapTexts.get("export.failed", choice.file(), e.getMessage()));
		}
	}

	/**
	 * Writes the map as SVG or PNG (the export dialog's action, callable by tests).
	 *
	 * @return the spec as written (with the legend's measured width)
	 */
	public MapExport.Spec export(boolean svg, MapExport.Spec spec, Path file) throws java.io.IOException {
		return svg ? MapExport.svg(canvas, content, spec, file) : MapExport.png(canvas, content, spec, file);
	}

	// ------------------------------------------------------------------ selection

	private void canvasSelectionChanged(List<EObject> selected) {
		updateActions();
		SelectionChangedEvent event = new SelectionChangedEvent(this, new StructuredSelection(selected));
		for (ISelectionChangedListener l : selectionListeners) {
			l.selectionChanged(event);
		}
	}

	private void revealSelection() {
		Envelope box = new Envelope();
		for (EObject e : canvas.selection()) {
			content.featuresOf(e).forEach(f -> box.expandToInclude(f.envelope()));
		}
		if (!box.isNull() && !canvas.viewport().envelope().intersects(box)) {
			canvas.setViewport(canvas.viewport().centredOn(box.centre().x, box.centre().y));
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return canvas == null ? StructuredSelection.EMPTY : new StructuredSelection(canvas.selection());
	}

	@Override
	public void setSelection(ISelection selection) {
		List<EObject> elements = new ArrayList<>();
		if (selection instanceof IStructuredSelection s) {
			for (Object o : s.toList()) {
				if (o instanceof EObject e) {
					elements.add(e);
				}
			}
		}
		canvas.setSelection(elements);
	}

	// ------------------------------------------------------------------ status line

	private void pointerMoved(double[] at) {
		if (!(getEditorSite().getActionBarContributor() instanceof MapEditorContributor contributor)) {
			return;
		}
		if (at == null) {
			contributor.readout().show("");
		} else {
			contributor.readout()
					.show(CoordinateReadout.format(crs, at[0], at[1], canvas.viewport().scaleDenominator()));
		}
	}

	// ------------------------------------------------------------------ accessors for tests

	/** @return the map control */
	public MapCanvas canvas() {
		return canvas;
	}

	/** @return the layers panel */
	public LayersPanel layersPanel() {
		return layers;
	}

	/** @return the property source provider of the Properties view */
	public MapPropertySourceProvider properties() {
		return properties;
	}

	/** @return the display system */
	public DisplayCrs crs() {
		return crs;
	}

	// ------------------------------------------------------------------ EditorPart

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			PropertySheetPage page = new PropertySheetPage();
			page.setPropertySourceProvider(properties);
			propertyPages.add(page);
			return adapter.cast(page);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		PlanSession.get().saveable().saveOrReport(getSite().getShell(), monitor);
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public void doSaveAs() {
		// Save As belongs to the plan editor (it changes the plan's file)
	}

	@Override
	public boolean isDirty() {
		return PlanSession.get().isDirty();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public Saveable[] getSaveables() {
		return new Saveable[] { PlanSession.get().saveable() };
	}

	@Override
	public Saveable[] getActiveSaveables() {
		return getSaveables();
	}

	@Override
	public void setFocus() {
		canvas.control().setFocus();
	}

	@Override
	public void dispose() {
		PlanSession.get().removeListener(sessionListener);
		PlanSession.get().removeCommandStackListener(stackListener);
		FindingsTracker.get().removeChangeListener(findingsListener);
		getSite().getPage().removePostSelectionListener(followSelection);
		if (content != null) {
			content.dispose();
		}
		super.dispose();
	}
}
