package org.minplan.ui.map.internal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.minplan.model.ConcentratedMiningArea;
import org.minplan.model.MiningBlock;
import org.minplan.model.Plan;
import org.minplan.model.PlanningZone;
import org.minplan.model.ZoneKind;
import org.minplan.ui.map.MapEditors;
import org.minplan.ui.map.internal.MapTexts;
import org.minplan.ui.map.internal.PlanDiagramInput;
import org.minplan.ui.map.internal.layers.MapPalette;
import org.minplan.ui.map.internal.render.Resources;
import org.minplan.ui.model.PlanSession;
import org.minplan.ui.properties.PlanPropertySourceProvider;

/**
 * 总体布局图: the layout diagram of the open plan ({@link LayoutDiagram}), read-only. Wheel zooms, dragging pans,
 * clicking a box selects its element (the Properties view shows it, the explorer and map follow); the diagram
 * is laid out again when the plan changes.
 */
public class LayoutDiagramEditor extends EditorPart implements ISelectionProvider {

	/** Editor id (permanent). */
	public static final String ID = MapEditors.LAYOUT_EDITOR_ID;

	private static final RGB PAPER = new RGB(252, 252, 250);
	private static final RGB INK = new RGB(35, 35, 35);
	private static final RGB SELECTED = new RGB(0, 170, 255);

	private final CopyOnWriteArrayList<ISelectionChangedListener> listeners = new CopyOnWriteArrayList<>();
	private Canvas canvas;
	private Resources resources;
	private LayoutDiagram diagram;
	private double scale = 1;
	private double offsetX, offsetY;
	private EObject selected;
	private boolean dragging;
	private boolean dragged;
	private int lastX, lastY;
	private boolean relayoutScheduled;

	private final PlanSession.Listener sessionListener = plan -> {
		if (plan.isEmpty()) {
			getSite().getPage().closeEditor(this, false);
		} else {
			relayout(true);
		}
	};
	private final CommandStackListener stackListener = e -> scheduleRelayout();
	private final ISelectionListener followSelection = (IWorkbenchPart part, ISelection selection) -> {
		if (part != this && selection instanceof IStructuredSelection s && s.getFirstElement() instanceof EObject e
				&& canvas != null && !canvas.isDisposed()) {
			selected = e;
			canvas.redraw();
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
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		resources = new Resources(canvas.getDisplay());
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.MouseDown, e -> {
			canvas.setFocus();
			dragging = true;
			dragged = false;
			lastX = e.x;
			lastY = e.y;
		});
		canvas.addListener(SWT.MouseMove, e -> {
			if (dragging && (Math.abs(e.x - lastX) + Math.abs(e.y - lastY) > 2 || dragged)) {
				dragged = true;
				offsetX += e.x - lastX;
				offsetY += e.y - lastY;
				lastX = e.x;
				lastY = e.y;
				canvas.redraw();
			}
		});
		canvas.addListener(SWT.MouseUp, e -> {
			dragging = false;
			if (!dragged && e.button == 1) {
				click(e.x, e.y);
			}
		});
		canvas.addListener(SWT.MouseVerticalWheel, e -> zoom(e.count > 0 ? 1.25 : 0.8, e.x, e.y));
		canvas.addListener(SWT.MouseDoubleClick, e -> fit());
		canvas.addListener(SWT.KeyDown, e -> {
			if (e.character == '+' || e.character == '=') {
				zoom(1.25, canvas.getClientArea().width / 2, canvas.getClientArea().height / 2);
			} else if (e.character == '-') {
				zoom(0.8, canvas.getClientArea().width / 2, canvas.getClientArea().height / 2);
			} else if (e.character == '0') {
				fit();
			}
		});
		canvas.addListener(SWT.Resize, e -> {
			if (scale == 1 && offsetX == 0 && offsetY == 0) {
				fit();
			}
		});
		canvas.addListener(SWT.Dispose, e -> resources.dispose());
		getSite().setSelectionProvider(this);
		getSite().getPage().addPostSelectionListener(followSelection);
		PlanSession.get().addListener(sessionListener);
		PlanSession.get().addCommandStackListener(stackListener);
		relayout(true);
	}

	private void scheduleRelayout() {
		if (relayoutScheduled || canvas == null || canvas.isDisposed()) {
			return;
		}
		relayoutScheduled = true;
		canvas.getDisplay().asyncExec(() -> {
			relayoutScheduled = false;
			if (!canvas.isDisposed()) {
				relayout(false);
			}
		});
	}

	/** Lays the diagram out again from the plan. */
	public void relayout(boolean fit) {
		Optional<Plan> plan = PlanSession.get().plan();
		if (plan.isEmpty()) {
			diagram = null;
			canvas.redraw();
			return;
		}
		GC gc = new GC(canvas);
		try {
			Font font = resources.font(8, false);
			Font bold = resources.font(10, true);
			diagram = LayoutDiagram.of(plan.get(), (text, kind) -> {
				gc.setFont(kind == LayoutDiagram.Kind.BLOCK ? font : bold);
				return gc.textExtent(text).x;
			});
		} finally {
			gc.dispose();
		}
		if (fit) {
			fit();
		}
		canvas.redraw();
	}

	/** Shows the whole diagram, but never smaller than legible (then from the top left). */
	public void fit() {
		if (diagram == null) {
			return;
		}
		Rectangle area = canvas.getClientArea();
		if (area.width <= 0 || area.height <= 0) {
			return;
		}
		// the whole width if it stays legible; the diagram is long, the user scrolls down by dragging
		double fitScale = Math.min(area.width / diagram.width(), (area.height - 40) / diagram.height());
		scale = Math.max(Math.min(1, area.width / diagram.width()), Math.min(1, fitScale));
		scale = Math.max(0.7, scale);
		offsetX = scale * diagram.width() < area.width ? (area.width - scale * diagram.width()) / 2 : 0;
		offsetY = 40;
		canvas.redraw();
	}

	private void zoom(double factor, int x, int y) {
		double next = Math.max(0.1, Math.min(4, scale * factor));
		offsetX = x - (x - offsetX) * next / scale;
		offsetY = y - (y - offsetY) * next / scale;
		scale = next;
		canvas.redraw();
	}

	/** @return the diagram point at a screen point */
	private double[] toDiagram(int x, int y) {
		return new double[] { (x - offsetX) / scale, (y - offsetY) / scale };
	}

	/** @return the screen point of a diagram point */
	public Point toScreen(double x, double y) {
		return new Point((int) Math.round(x * scale + offsetX), (int) Math.round(y * scale + offsetY));
	}

	private void click(int x, int y) {
		if (diagram == null) {
			return;
		}
		double[] p = toDiagram(x, y);
		EObject element = diagram.nodeAt(p[0], p[1]).map(LayoutDiagram.Node::element).orElse(null);
		select(element);
	}

	private void select(EObject element) {
		selected = element;
		canvas.redraw();
		SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
		listeners.forEach(l -> l.selectionChanged(event));
	}

	private void paint(Event e) {
		GC gc = e.gc;
		Rectangle area = canvas.getClientArea();
		gc.setBackground(resources.colour(PAPER));
		gc.fillRectangle(area);
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		gc.setFont(resources.font(13, true));
		gc.setForeground(resources.colour(INK));
		gc.drawText(MapTexts.get("layout.title"), 12, 8, true);
		if (diagram == null) {
			return;
		}
		Transform t = new Transform(canvas.getDisplay());
		try {
			t.translate((float) offsetX, (float) offsetY);
			t.scale((float) scale, (float) scale);
			gc.setTransform(t);
			drawEdges(gc);
			for (LayoutDiagram.Node n : diagram.nodes()) {
				drawNode(gc, n);
				for (LayoutDiagram.Node c : n.children()) {
					drawNode(gc, c);
				}
			}
		} finally {
			gc.setTransform(null);
			t.dispose();
		}
	}

	private void drawEdges(GC gc) {
		gc.setForeground(resources.colour(new RGB(120, 120, 120)));
		gc.setBackground(resources.colour(new RGB(120, 120, 120)));
		gc.setLineAttributes(new LineAttributes(1.2f));
		for (LayoutDiagram.Edge edge : diagram.edges()) {
			int[] points = new int[edge.points().length];
			for (int i = 0; i < points.length; i++) {
				points[i] = (int) Math.round(edge.points()[i]);
			}
			gc.drawPolyline(points);
			int n = points.length;
			int x = points[n - 2], y = points[n - 1];
			gc.fillPolygon(new int[] { x, y, x - 7, y - 4, x - 7, y + 4 });
		}
	}

	private void drawNode(GC gc, LayoutDiagram.Node n) {
		int x = (int) Math.round(n.x()), y = (int) Math.round(n.y());
		int w = (int) Math.round(n.width()), h = (int) Math.round(n.height());
		RGB[] colours = colours(n);
		gc.setBackground(resources.colour(colours[0]));
		gc.setForeground(resources.colour(colours[1]));
		gc.setLineAttributes(new LineAttributes(n.kind() == LayoutDiagram.Kind.BLOCK ? 1f : 1.5f));
		if (n.kind() == LayoutDiagram.Kind.BLOCK) {
			gc.fillRectangle(x, y, w, h);
			gc.drawRectangle(x, y, w, h);
		} else {
			gc.fillRoundRectangle(x, y, w, h, 10, 10);
			gc.drawRoundRectangle(x, y, w, h, 10, 10);
		}
		if (n.element() != null && n.element() == selected) {
			gc.setForeground(resources.colour(SELECTED));
			gc.setLineAttributes(new LineAttributes(3f));
			gc.drawRoundRectangle(x - 2, y - 2, w + 4, h + 4, 10, 10);
		}
		boolean heading = n.kind() == LayoutDiagram.Kind.ZONE || n.kind() == LayoutDiagram.Kind.GROUP;
		boolean bold = n.kind() != LayoutDiagram.Kind.BLOCK;
		gc.setFont(resources.font(n.kind() == LayoutDiagram.Kind.BLOCK ? 8 : 10, bold));
		gc.setForeground(resources.colour(colours[2]));
		Point size = gc.textExtent(n.title());
		int tx = heading ? x + 8 : x + (w - size.x) / 2;
		int ty = heading ? y + 4 : y + (h - size.y) / 2;
		gc.drawText(n.title(), tx, ty, true);
	}

	/** @return fill, outline and text colour of a box, after the map's colours */
	private static RGB[] colours(LayoutDiagram.Node n) {
		return switch (n.kind()) {
		case LAYOUT -> new RGB[] { new RGB(90, 60, 20), new RGB(60, 40, 10), new RGB(255, 255, 255) };
		case TIER -> new RGB[] { new RGB(150, 95, 0), new RGB(110, 70, 0), new RGB(255, 255, 255) };
		case UNIT -> new RGB[] { new RGB(255, 236, 190), MapPalette.LAYOUT_LINE, INK };
		case ZONE -> n.element() instanceof PlanningZone z && z.getKind() == ZoneKind.KEY_MINING_ZONE
				? new RGB[] { new RGB(253, 235, 228), new RGB(165, 15, 21), new RGB(120, 10, 15) }
				: n.element() instanceof PlanningZone z2 && z2.getKind() == ZoneKind.KEY_EXPLORATION_ZONE
						? new RGB[] { new RGB(232, 241, 250), new RGB(8, 81, 156), new RGB(8, 60, 120) }
						: new RGB[] { new RGB(240, 240, 240), new RGB(80, 80, 80), INK };
		case GROUP -> new RGB[] { new RGB(246, 246, 242), new RGB(160, 160, 150), new RGB(90, 90, 90) };
		case BLOCK -> n.element() instanceof MiningBlock
				? new RGB[] { MapPalette.MINING_FILL, MapPalette.MINING_LINE, new RGB(110, 0, 0) }
				: n.element() instanceof ConcentratedMiningArea
						? new RGB[] { MapPalette.CONCENTRATED_FILL, MapPalette.CONCENTRATED_LINE, new RGB(100, 45, 5) }
						: new RGB[] { MapPalette.EXPLORATION_FILL, MapPalette.EXPLORATION_LINE, new RGB(0, 50, 110) };
		};
	}

	/** @return the laid-out diagram (tests) */
	public LayoutDiagram diagram() {
		return diagram;
	}

	/** @return the control */
	public Canvas canvas() {
		return canvas;
	}

	/** @return an image of the whole diagram at 1:1 (for screenshots and reports) */
	public Image snapshot(int maxWidth, int maxHeight) {
		int w = (int) Math.min(maxWidth, Math.ceil(diagram.width()));
		int h = (int) Math.min(maxHeight, Math.ceil(diagram.height()) + 40);
		Image image = Resources.clientImage(canvas.getDisplay(), w, h, PAPER);
		double oldScale = scale, oldX = offsetX, oldY = offsetY;
		scale = 1;
		offsetX = 0;
		offsetY = 40;
		GC gc = new GC(image);
		try {
			Event e = new Event();
			e.gc = gc;
			e.widget = canvas;
			paint(e);
		} finally {
			gc.dispose();
			scale = oldScale;
			offsetX = oldX;
			offsetY = oldY;
		}
		return image;
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return selected == null ? StructuredSelection.EMPTY : new StructuredSelection(selected);
	}

	@Override
	public void setSelection(ISelection selection) {
		select(selection instanceof IStructuredSelection s && s.getFirstElement() instanceof EObject e ? e : null);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(PlanPropertySourceProvider.newPage());
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// read-only diagram: nothing of its own to save
	}

	@Override
	public void doSaveAs() {
		// read-only diagram
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		PlanSession.get().removeListener(sessionListener);
		PlanSession.get().removeCommandStackListener(stackListener);
		getSite().getPage().removePostSelectionListener(followSelection);
		super.dispose();
	}

	/** @return the selected element's diagram boxes (tests) */
	public List<LayoutDiagram.Node> nodesOf(EObject element) {
		List<LayoutDiagram.Node> found = new ArrayList<>();
		if (diagram != null) {
			for (LayoutDiagram.Node n : diagram.allNodes()) {
				if (n.element() == element) {
					found.add(n);
				}
			}
		}
		return found;
	}
}
