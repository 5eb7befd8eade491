package org.minplan.ui.map.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.locationtech.jts.geom.Envelope;
import org.minplan.ui.findings.FindingsTracker;
import org.minplan.model.SpatialElement;
import org.minplan.ui.map.LegendEntry;
import org.minplan.ui.map.MapStyle;
import org.minplan.ui.map.internal.edit.CountyLocator;
import org.minplan.ui.map.internal.edit.ShapeEdits;
import org.minplan.ui.map.internal.render.Decorations;
import org.minplan.ui.map.internal.render.MapContent;
import org.minplan.ui.map.internal.render.MapFeature;
import org.minplan.ui.map.internal.render.MapRenderer;
import org.minplan.ui.map.internal.render.Resources;
import org.minplan.ui.map.internal.render.Styling;
import org.minplan.ui.map.internal.render.Viewport;

/**
 * The map control: draws a {@link MapContent} through a back buffer and lets the user navigate and edit it.
 * <ul>
 * <li>The content is rendered into an off-screen image at the current viewport; a paint only copies it and draws
 * the overlays (selection, gesture in progress, overview, north arrow, scale bar, legend). Panning shifts the
 * image and renders only the strips uncovered; labels are placed again once panning pauses.</li>
 * <li>Navigation: drag with the middle button (or the pan tool), arrow keys, wheel and +/- zoom about the
 * pointer, click or drag in the overview.</li>
 * <li>The left button belongs to the active {@link MapTool} (select/move/reshape, draw).</li>
 * </ul>
 */
public final class MapCanvas {

	/** A feature under the pointer and its layer. */
	public record Hit(MapContent.Layer layer, MapFeature feature) {
	}

	private static final RGB SELECTION = new RGB(0, 170, 255);
	private static final RGB HOVER = new RGB(255, 140, 0);
	private static final int HIT_PIXELS = 4;
	private static final int LABEL_DELAY_MS = 250;
	private static final int OVERVIEW_W = 180;
	private static final int OVERVIEW_H = 150;
	private static final int MARGIN = 10;

	private final Canvas canvas;
	private final Resources resources;
	private final MapRenderer renderer;
	private final Decorations decorations;
	private final Styling styling = new Styling();
	private final LinkedHashSet<EObject> selection = new LinkedHashSet<>();
	private final CopyOnWriteArrayList<Consumer<List<EObject>>> selectionListeners = new CopyOnWriteArrayList<>();
	private MapContent content;
	private Viewport viewport = new Viewport(28_500_000, 5_000_000, 0.002, 1, 1);
	private Image buffer;
	private Image spare;
	private Viewport bufferViewport;
	private boolean bufferValid;
	private boolean bufferHasLabels;
	private MapRenderer.Stats lastStats;
	private long lastUpdateNanos;
	private MapTool tool;
	private Hit hover;
	private boolean panning;
	private boolean overviewDragging;
	private int lastX, lastY;
	private boolean showLegend = true;
	private boolean showOverview = true;
	private Image overview;
	private Viewport overviewViewport;
	private Image legend;
	private Image north;
	private Image scaleBar;
	private double scaleBarScale;
	private List<Rectangle> reserved = List.of();
	private Rectangle overviewBounds;
	private Consumer<double[]> pointerListener = p -> {
	};
	private Consumer<String> statusListener = s -> {
	};
	private ShapeEdits edits;
	private Consumer<Command> executor;
	private CountyLocator countyLocator;
	private final Runnable labelRefresh = () -> {
		if (!bufferHasLabels) {
			bufferValid = false;
			redraw();
		}
	};

	public MapCanvas(Composite parent) {
		canvas = new Canvas(parent, SWT.NO_BACKGROUND | SWT.NO_REDRAW_RESIZE | SWT.DOUBLE_BUFFERED);
		resources = new Resources(canvas.getDisplay());
		renderer = new MapRenderer(resources, FindingsTracker.get());
		decorations = new Decorations(resources);
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.Resize, e -> {
			Rectangle r = canvas.getClientArea();
			viewport = viewport.resized(Math.max(1, r.width), Math.max(1, r.height));
			legend = disposed(legend);
			invalidate();
		});
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseMove, this::mouseMove);
		canvas.addListener(SWT.MouseUp, this::mouseUp);
		canvas.addListener(SWT.MouseDoubleClick, e -> {
			if (tool != null && e.button == 1 && !inOverview(e.x, e.y)) {
				tool.mouseDoubleClick(e);
			}
		});
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.addListener(SWT.KeyDown, this::key);
		canvas.addListener(SWT.MouseExit, e -> {
			hover = null;
			canvas.setToolTipText(null);
			pointerListener.accept(null);
			redraw();
		});
		canvas.addListener(SWT.Dispose, e -> dispose());
	}

	/** @return the SWT control */
	public Canvas control() {
		return canvas;
	}

	/** @return the content shown, if any */
	public Optional<MapContent> content() {
		return Optional.ofNullable(content);
	}

	/** Shows {@code next} (or nothing), zoomed to its extent. */
	public void setContent(MapContent next) {
		this.content = next;
		selection.clear();
		hover = null;
		overview = disposed(overview);
		contentChanged();
		zoomToPlan();
	}

	/** The content changed (model edit, layer settings, colouring): render again. */
	public void contentChanged() {
		selection.removeIf(e -> content == null || content.featuresOf(e).isEmpty());
		overview = disposed(overview);
		legend = disposed(legend);
		invalidate();
	}

	/** @return the styling (conditional colouring) */
	public Styling styling() {
		return styling;
	}

	/** Sets what edits are made with and how commands run (the editor's command stack). */
	public void setEditing(ShapeEdits edits, CountyLocator locator, Consumer<Command> executor) {
		this.edits = edits;
		this.countyLocator = locator;
		this.executor = executor;
	}

	/** @return the edits of this map */
	public ShapeEdits edits() {
		return edits;
	}

	/** @return finds counties of new elements */
	public CountyLocator countyLocator() {
		return countyLocator;
	}

	/** Runs a command on the plan's command stack. */
	public void execute(Command command) {
		if (executor != null && command != null) {
			executor.accept(command);
		}
	}

	/** @param listener told the display-system position under the pointer (null when it leaves) */
	public void setPointerListener(Consumer<double[]> listener) {
		this.pointerListener = listener;
	}

	/** @param listener told short messages for the status line */
	public void setStatusListener(Consumer<String> listener) {
		this.statusListener = listener;
	}

	/** Shows a message in the status line. */
	public void status(String message) {
		statusListener.accept(message);
	}

	// ---------------------------------------------------------------- tools

	/** Makes {@code next} the active tool. */
	public void setTool(MapTool next) {
		if (tool != null) {
			tool.deactivate();
		}
		tool = next;
		if (tool != null) {
			tool.activate(this);
			canvas.setCursor(canvas.getDisplay().getSystemCursor(tool.cursor()));
		}
		redraw();
	}

	/** @return the active tool */
	public MapTool tool() {
		return tool;
	}

	// ---------------------------------------------------------------- viewport

	/** @return the current viewport */
	public Viewport viewport() {
		return viewport;
	}

	/** Looks at {@code next}; a pure pan reuses the back buffer. */
	public void setViewport(Viewport next) {
		Rectangle r = canvas.getClientArea();
		viewport = next.resized(Math.max(1, r.width), Math.max(1, r.height));
		redraw();
	}

	/** Shows the whole plan, beside the legend when there is room for both. */
	public void zoomToPlan() {
		Envelope extent = content == null ? new Envelope() : content.extent();
		Rectangle r = canvas.getClientArea();
		setViewport(Viewport.fit(extent, Math.max(1, r.width), Math.max(1, r.height), 24));
	}

	/** Shows the selected elements (closer than their envelope only up to 1:10 000). */
	public void zoomToSelection() {
		Envelope box = new Envelope();
		for (EObject e : selection) {
			content.featuresOf(e).forEach(f -> box.expandToInclude(f.envelope()));
		}
		if (box.isNull() || content == null) {
			return;
		}
		Rectangle r = canvas.getClientArea();
		Viewport fit = Viewport.fit(box, Math.max(1, r.width), Math.max(1, r.height), 60);
		double maxPpm = 1 / (10_000 * Viewport.METRES_PER_SCREEN_PIXEL);
		setViewport(fit.pixelsPerMetre() > maxPpm ? fit.withScale(maxPpm) : fit);
	}

	/** Zooms about the canvas centre ({@code factor} > 1 closer). */
	public void zoomBy(double factor) {
		setViewport(viewport.zoomed(factor, viewport.width() / 2.0, viewport.height() / 2.0));
	}

	/** Pans by a screen offset. */
	public void pan(int dx, int dy) {
		setViewport(viewport.panned(dx, dy));
	}

	/** @return screen position of a display-system point */
	public Point toScreen(double x, double y) {
		return new Point((int) Math.round(viewport.screenX(x)), (int) Math.round(viewport.screenY(y)));
	}

	// ---------------------------------------------------------------- rendering

	/** Forgets the back buffer: the next paint renders everything. */
	public void invalidate() {
		bufferValid = false;
		redraw();
	}

	/** Schedules a paint. */
	public void redraw() {
		if (!canvas.isDisposed()) {
			canvas.redraw();
		}
	}

	/** @return statistics of the last full or strip render */
	public MapRenderer.Stats lastStats() {
		return lastStats;
	}

	/** @return nanoseconds the last buffer update took (render or pan) */
	public long lastUpdateNanos() {
		return lastUpdateNanos;
	}

	/**
	 * Brings the back buffer up to date with the viewport now (what a paint does first).
	 *
	 * @return true when anything was rendered
	 */
	public boolean updateBuffer() {
		long start = System.nanoTime();
		Rectangle area = canvas.getClientArea();
		int w = Math.max(1, area.width);
		int h = Math.max(1, area.height);
		if (buffer == null || buffer.getBounds().width != w || buffer.getBounds().height != h) {
			buffer = disposed(buffer);
			spare = disposed(spare);
			buffer = Resources.clientImage(canvas.getDisplay(), w, h, MapRenderer.PAPER);
			spare = Resources.clientImage(canvas.getDisplay(), w, h, MapRenderer.PAPER);
			bufferValid = false;
		}
		if (viewport.width() != w || viewport.height() != h) {
			viewport = viewport.resized(w, h);
		}
		boolean rendered;
		if (bufferValid && viewport.equals(bufferViewport)) {
			rendered = false;
		} else if (bufferValid && viewport.pixelsPerMetre() == bufferViewport.pixelsPerMetre()
				&& shift(bufferViewport, viewport) != null) {
			shiftBuffer(shift(bufferViewport, viewport));
			rendered = true;
		} else {
			renderAll();
			rendered = true;
		}
		if (rendered) {
			lastUpdateNanos = System.nanoTime() - start;
		}
		return rendered;
	}

	/** @return the whole-pixel shift from one viewport to another, null when not a small pure pan */
	private static int[] shift(Viewport from, Viewport to) {
		double dx = (from.centreX() - to.centreX()) * to.pixelsPerMetre();
		double dy = (to.centreY() - from.centreY()) * to.pixelsPerMetre();
		if (Math.abs(dx) >= to.width() * 0.75 || Math.abs(dy) >= to.height() * 0.75) {
			return null;
		}
		return new int[] { (int) Math.round(dx), (int) Math.round(dy) };
	}

	private void renderAll() {
		GC gc = new GC(buffer);
		try {
			if (content == null) {
				gc.setBackground(resources.colour(MapRenderer.PAPER));
				gc.fillRectangle(buffer.getBounds());
				lastStats = null;
			} else {
				lastStats = renderer.render(gc, content, viewport, styling, null, true, reserved);
			}
		} finally {
			gc.dispose();
		}
		bufferViewport = viewport;
		bufferValid = true;
		bufferHasLabels = true;
	}

	private void shiftBuffer(int[] d) {
		// Snap the view to whole pixels so the shifted image lines up with what is rendered next to it.
		viewport = bufferViewport.panned(d[0], d[1]);
		int w = viewport.width(), h = viewport.height();
		GC gc = new GC(spare);
		try {
			gc.drawImage(buffer, d[0], d[1]);
			List<Rectangle> strips = new ArrayList<>();
			if (d[0] > 0) {
				strips.add(new Rectangle(0, 0, d[0], h));
			} else if (d[0] < 0) {
				strips.add(new Rectangle(w + d[0], 0, -d[0], h));
			}
			if (d[1] > 0) {
				strips.add(new Rectangle(0, 0, w, d[1]));
			} else if (d[1] < 0) {
				strips.add(new Rectangle(0, h + d[1], w, -d[1]));
			}
			for (Rectangle strip : strips) {
				lastStats = renderer.render(gc, content, viewport, styling, strip, false, reserved);
			}
		} finally {
			gc.dispose();
		}
		Image swap = buffer;
		buffer = spare;
		spare = swap;
		bufferViewport = viewport;
		bufferHasLabels = false;
		canvas.getDisplay().timerExec(LABEL_DELAY_MS, labelRefresh);
	}

	private void paint(Event e) {
		paintTo(e.gc);
	}

	/** Does what a paint does on {@code gc}: brings the buffer up to date, copies it, draws the overlays. */
	public void paintTo(GC gc) {
		updateBuffer();
		gc.drawImage(buffer, 0, 0);
		if (content == null) {
			return;
		}
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		paintSelection(gc);
		if (tool != null) {
			tool.paint(gc);
		}
		paintFurniture(gc);
	}

	private void paintSelection(GC gc) {
		List<MapFeature> selected = selectedFeatures();
		for (MapFeature f : selected) {
			gc.setLineAttributes(new LineAttributes(5f, SWT.CAP_ROUND, SWT.JOIN_ROUND));
			outline(gc, f, new RGB(255, 255, 255), 0);
			gc.setLineAttributes(new LineAttributes(2.5f, SWT.CAP_ROUND, SWT.JOIN_ROUND));
			outline(gc, f, SELECTION, 60);
		}
		if (hover != null && !selection.contains(hover.feature().element())) {
			gc.setLineAttributes(new LineAttributes(2f, SWT.CAP_ROUND, SWT.JOIN_ROUND));
			outline(gc, hover.feature(), HOVER, 0);
		}
		gc.setAlpha(255);
		gc.setLineAttributes(new LineAttributes(1));
	}

	/** Draws a feature's outline (or a ring around a point) in {@code colour}, filled with {@code fillAlpha}. */
	public void outline(GC gc, MapFeature f, RGB colour, int fillAlpha) {
		gc.setForeground(resources.colour(colour));
		gc.setBackground(resources.colour(colour));
		if (f.isPoint()) {
			Point p = toScreen(f.rings()[0][0], f.rings()[0][1]);
			gc.setAlpha(255);
			gc.drawOval(p.x - 10, p.y - 10, 20, 20);
			return;
		}
		for (double[] ring : f.ringsAt(viewport.metresPerPixel())) {
			int[] points = screen(ring, 0, 0);
			if (fillAlpha > 0) {
				gc.setAlpha(fillAlpha);
				gc.fillPolygon(points);
			}
			gc.setAlpha(255);
			gc.drawPolygon(points);
		}
	}

	/** @return a display ring as screen coordinates, offset by (dx, dy) pixels */
	public int[] screen(double[] ring, int dx, int dy) {
		int[] points = new int[ring.length];
		for (int i = 0; i < ring.length; i += 2) {
			points[i] = (int) Math.round(viewport.screenX(ring[i])) + dx;
			points[i + 1] = (int) Math.round(viewport.screenY(ring[i + 1])) + dy;
		}
		return points;
	}

	private void paintFurniture(GC gc) {
		List<Rectangle> taken = new ArrayList<>();
		int w = viewport.width(), h = viewport.height();
		if (showOverview && w > 500 && h > 400) {
			// bottom left, above the scale bar: where a region's outline usually leaves the frame empty
			overviewBounds = new Rectangle(MARGIN, h - MARGIN - 52 - OVERVIEW_H, OVERVIEW_W, OVERVIEW_H);
			paintOverview(gc, overviewBounds);
			taken.add(overviewBounds);
		} else {
			overviewBounds = null;
		}
		if (north == null) {
			north = Resources.clientImage(canvas.getDisplay(), 30, 52, new RGB(255, 255, 255));
			GC ngc = new GC(north);
			try {
				decorations.drawNorthArrow(ngc, 15, 4);
			} finally {
				ngc.dispose();
			}
		}
		gc.drawImage(north, w - 34 - 15, MARGIN);
		taken.add(new Rectangle(w - 49, MARGIN, 30, 52));
		if (scaleBar == null || scaleBarScale != viewport.pixelsPerMetre()) {
			scaleBar = disposed(scaleBar);
			scaleBarScale = viewport.pixelsPerMetre();
			Image scratch = Resources.clientImage(canvas.getDisplay(), 400, 60, new RGB(255, 255, 255));
			GC sgc = new GC(scratch);
			Rectangle bar;
			try {
				bar = decorations.drawScaleBar(sgc, viewport, 0, 60);
			} finally {
				sgc.dispose();
			}
			scaleBar = Resources.clientImage(canvas.getDisplay(), Math.min(400, bar.width), bar.height, null);
			GC cgc = new GC(scaleBar);
			try {
				cgc.drawImage(scratch, 0, 60 - bar.height, Math.min(400, bar.width), bar.height, 0, 0,
						Math.min(400, bar.width), bar.height);
			} finally {
				cgc.dispose();
				scratch.dispose();
			}
		}
		Rectangle sb = scaleBar.getBounds();
		gc.drawImage(scaleBar, MARGIN, h - MARGIN - sb.height);
		taken.add(new Rectangle(MARGIN, h - MARGIN - sb.height, sb.width, sb.height));
		if (showLegend) {
			paintLegend(gc, taken);
		}
		reserved = taken;
	}

	private void paintLegend(GC gc, List<Rectangle> taken) {
		int w = viewport.width(), h = viewport.height();
		int maxHeight = Math.max(120, h - 2 * MARGIN - 60);
		if (legend == null) {
			List<Decorations.LegendSection> sections = legendSections();
			if (sections.isEmpty()) {
				return;
			}
			Point size = decorations.legendSize(gc, sections, maxHeight, false);
			legend = Resources.clientImage(canvas.getDisplay(), size.x, size.y, new RGB(255, 255, 255));
			GC lgc = new GC(legend);
			try {
				lgc.setAntialias(SWT.ON);
				lgc.setTextAntialias(SWT.ON);
				decorations.drawLegend(lgc, sections, 0, 0, maxHeight, false);
			} finally {
				lgc.dispose();
			}
		}
		Rectangle b = legend.getBounds();
		int x = w - b.width - MARGIN;
		int y = h - b.height - MARGIN;
		gc.drawImage(legend, x, y);
		taken.add(new Rectangle(x, y, b.width, b.height));
	}

	/** @return the legend: one section per visible layer with elements, top layer first, then the colouring */
	public List<Decorations.LegendSection> legendSections() {
		List<Decorations.LegendSection> sections = new ArrayList<>();
		if (content == null) {
			return sections;
		}
		List<SpatialElement> recoloured = new ArrayList<>();
		List<MapContent.Layer> layers = new ArrayList<>(content.layers());
		java.util.Collections.reverse(layers);
		for (MapContent.Layer layer : layers) {
			if (!layer.visible() || layer.features().isEmpty()) {
				continue;
			}
			List<LegendEntry> entries = layer.descriptor().provider().legend(content.plan());
			if (!entries.isEmpty()) {
				sections.add(new Decorations.LegendSection(layer.descriptor().name(), entries));
			}
			if (layer.descriptor().provider().recolourable()) {
				layer.features().forEach(f -> recoloured.add(f.element()));
			}
		}
		styling.colouring().ifPresent(c -> {
			List<LegendEntry> entries = c.legend(recoloured);
			if (!entries.isEmpty()) {
				sections.add(new Decorations.LegendSection(colouringName, entries));
			}
		});
		return sections;
	}

	private String colouringName = "";

	/** @param name the name of the colouring shown in the legend */
	public void setColouringName(String name) {
		this.colouringName = name;
		legend = disposed(legend);
	}

	private void paintOverview(GC gc, Rectangle bounds) {
		Envelope extent = content.extent();
		if (overview == null) {
			overviewViewport = Viewport.fit(extent, bounds.width, bounds.height, 6);
			overview = Resources.clientImage(canvas.getDisplay(), bounds.width, bounds.height, MapRenderer.PAPER);
			GC ogc = new GC(overview);
			try {
				renderer.render(ogc, content, overviewViewport, styling, null, false, List.of(), false);
			} finally {
				ogc.dispose();
			}
		}
		gc.setAlpha(255);
		gc.drawImage(overview, bounds.x, bounds.y);
		gc.setLineAttributes(new LineAttributes(1));
		gc.setForeground(resources.colour(new RGB(90, 90, 90)));
		gc.drawRectangle(bounds.x, bounds.y, bounds.width - 1, bounds.height - 1);
		Envelope seen = viewport.envelope();
		int x0 = bounds.x + (int) Math.round(overviewViewport.screenX(seen.getMinX()));
		int y0 = bounds.y + (int) Math.round(overviewViewport.screenY(seen.getMaxY()));
		int x1 = bounds.x + (int) Math.round(overviewViewport.screenX(seen.getMaxX()));
		int y1 = bounds.y + (int) Math.round(overviewViewport.screenY(seen.getMinY()));
		gc.setClipping(bounds);
		gc.setForeground(resources.colour(new RGB(220, 0, 0)));
		gc.setLineAttributes(new LineAttributes(2));
		gc.drawRectangle(x0, y0, Math.max(2, x1 - x0), Math.max(2, y1 - y0));
		gc.setClipping((Rectangle) null);
		gc.setLineAttributes(new LineAttributes(1));
	}

	private boolean inOverview(int x, int y) {
		return overviewBounds != null && overviewBounds.contains(x, y);
	}

	private void centreFromOverview(int x, int y) {
		double wx = overviewViewport.worldX(x - overviewBounds.x);
		double wy = overviewViewport.worldY(y - overviewBounds.y);
		setViewport(viewport.centredOn(wx, wy));
	}

	/** Shows or hides the legend. */
	public void setLegendVisible(boolean visible) {
		showLegend = visible;
		redraw();
	}

	/** Shows or hides the overview map. */
	public void setOverviewVisible(boolean visible) {
		showOverview = visible;
		redraw();
	}


	// ---------------------------------------------------------------- hit testing

	/** @return the element under screen (sx, sy): top visible layer first, points before areas, smaller first */
	public Optional<Hit> hit(int sx, int sy) {
		if (content == null) {
			return Optional.empty();
		}
		double x = viewport.worldX(sx);
		double y = viewport.worldY(sy);
		double mpp = viewport.metresPerPixel();
		List<MapContent.Layer> layers = new ArrayList<>(content.layers());
		java.util.Collections.reverse(layers);
		for (MapContent.Layer layer : layers) {
			if (!layer.visible() || layer.opacity() == 0) {
				continue;
			}
			double reach = 10 * mpp;
			Envelope near = new Envelope(x - reach, x + reach, y - reach, y + reach);
			Hit[] best = { null };
			double[] bestScore = { Double.POSITIVE_INFINITY };
			layer.query(near, f -> {
				double score;
				if (f.isPoint()) {
					MapStyle style = styling.style(layer, f);
					double d = f.distance(x, y) / mpp;
					if (d > Math.max(HIT_PIXELS, style.symbolSize() / 2.0 + 2)) {
						return;
					}
					score = -1e30 + d;
				} else {
					MapStyle style = styling.style(layer, f);
					boolean filled = style.fill().isPresent() || style.hatch() != MapStyle.Hatch.NONE;
					boolean inside = filled && f.contains(x, y);
					boolean onEdge = f.distance(x, y) <= HIT_PIXELS * mpp;
					if (!inside && !onEdge) {
						return;
					}
					score = f.area();
				}
				if (score < bestScore[0]) {
					bestScore[0] = score;
					best[0] = new Hit(layer, f);
				}
			});
			if (best[0] != null) {
				return Optional.of(best[0]);
			}
		}
		return Optional.empty();
	}

	/** @return features of visible layers lying wholly inside a screen rectangle (window selection) */
	public List<Hit> hitsInside(Rectangle screen) {
		List<Hit> hits = new ArrayList<>();
		if (content == null) {
			return hits;
		}
		Envelope box = viewport.envelope(screen.x, screen.y, screen.width, screen.height);
		for (MapContent.Layer layer : content.layers()) {
			if (!layer.visible() || layer.opacity() == 0) {
				continue;
			}
			layer.query(box, f -> {
				if (box.covers(f.envelope())) {
					hits.add(new Hit(layer, f));
				}
			});
		}
		return hits;
	}

	// ---------------------------------------------------------------- selection

	/** @return the selected elements in selection order */
	public List<EObject> selection() {
		return List.copyOf(selection);
	}

	/** Selects {@code elements} (those not on the map are ignored) and tells the listeners. */
	public void setSelection(Collection<? extends EObject> elements) {
		setSelection(elements, true);
	}

	/** Selects without telling the listeners (following another part's selection). */
	public void showSelection(Collection<? extends EObject> elements) {
		setSelection(elements, false);
	}

	private void setSelection(Collection<? extends EObject> elements, boolean notify) {
		LinkedHashSet<EObject> next = new LinkedHashSet<>();
		for (EObject e : elements) {
			if (content != null && !content.featuresOf(e).isEmpty()) {
				next.add(e);
			}
		}
		if (next.equals(selection)) {
			return;
		}
		selection.clear();
		selection.addAll(next);
		redraw();
		if (notify) {
			List<EObject> now = selection();
			selectionListeners.forEach(l -> l.accept(now));
		}
	}

	/** @return features of selected elements in visible layers */
	public List<MapFeature> selectedFeatures() {
		List<MapFeature> features = new ArrayList<>();
		if (content == null) {
			return features;
		}
		for (EObject e : selection) {
			for (MapContent.Layer layer : content.layers()) {
				if (layer.visible()) {
					layer.feature(e).ifPresent(features::add);
				}
			}
		}
		return features;
	}

	/** @return whether every selected element may be edited on the map */
	public boolean selectionEditable() {
		if (selection.isEmpty() || content == null) {
			return false;
		}
		for (EObject e : selection) {
			Optional<MapContent.Layer> layer = content.layerOf(e);
			if (layer.isEmpty() || !layer.get().descriptor().editable()) {
				return false;
			}
		}
		return true;
	}

	public void addSelectionListener(Consumer<List<EObject>> listener) {
		selectionListeners.add(listener);
	}

	public void removeSelectionListener(Consumer<List<EObject>> listener) {
		selectionListeners.remove(listener);
	}

	// ---------------------------------------------------------------- input

	private void mouseDown(Event e) {
		canvas.setFocus();
		lastX = e.x;
		lastY = e.y;
		if (e.button == 2) {
			panning = true;
			return;
		}
		if (e.button == 1 && inOverview(e.x, e.y)) {
			overviewDragging = true;
			centreFromOverview(e.x, e.y);
			return;
		}
		if (tool != null) {
			tool.mouseDown(e);
		}
	}

	private void mouseMove(Event e) {
		pointerListener.accept(new double[] { viewport.worldX(e.x), viewport.worldY(e.y) });
		if (panning) {
			pan(e.x - lastX, e.y - lastY);
			lastX = e.x;
			lastY = e.y;
			return;
		}
		if (overviewDragging) {
			if (overviewBounds != null) {
				centreFromOverview(Math.max(overviewBounds.x, Math.min(e.x, overviewBounds.x + overviewBounds.width)),
						Math.max(overviewBounds.y, Math.min(e.y, overviewBounds.y + overviewBounds.height)));
			}
			return;
		}
		if (tool != null) {
			tool.mouseMove(e);
		}
		if ((e.stateMask & SWT.BUTTON_MASK) == 0) {
			Hit now = inOverview(e.x, e.y) ? null : hit(e.x, e.y).orElse(null);
			if (!sameHit(now, hover)) {
				hover = now;
				canvas.setToolTipText(now == null ? null : tooltip(now));
				redraw();
			}
		}
	}

	private static boolean sameHit(Hit a, Hit b) {
		return a == null ? b == null : b != null && a.feature() == b.feature();
	}

	private String tooltip(Hit hit) {
		StringBuilder text = new StringBuilder(org.minplan.model.edit.PlanLabels.text(hit.feature().element()));
		text.append("\n").append(hit.layer().descriptor().name());
		for (String message : FindingsTracker.get().messages(hit.feature().element())) {
			text.append("\n• ").append(message);
		}
		return text.toString();
	}

	private void mouseUp(Event e) {
		if (panning && e.button == 2) {
			panning = false;
			return;
		}
		if (overviewDragging) {
			overviewDragging = false;
			return;
		}
		if (tool != null) {
			tool.mouseUp(e);
		}
	}

	private void wheel(Event e) {
		if (e.count == 0) {
			return;
		}
		double factor = e.count > 0 ? 1.25 : 1 / 1.25;
		setViewport(viewport.zoomed(factor, e.x, e.y));
	}

	private void key(Event e) {
		if (tool != null && tool.keyDown(e)) {
			return;
		}
		int stepX = Math.max(1, viewport.width() / 8);
		int stepY = Math.max(1, viewport.height() / 8);
		switch (e.keyCode) {
		case SWT.ARROW_LEFT -> pan(stepX, 0);
		case SWT.ARROW_RIGHT -> pan(-stepX, 0);
		case SWT.ARROW_UP -> pan(0, stepY);
		case SWT.ARROW_DOWN -> pan(0, -stepY);
		case SWT.KEYPAD_ADD -> zoomBy(1.5);
		case SWT.KEYPAD_SUBTRACT -> zoomBy(1 / 1.5);
		default -> {
			if (e.character == '+' || e.character == '=') {
				zoomBy(1.5);
			} else if (e.character == '-') {
				zoomBy(1 / 1.5);
			}
		}
		}
	}

	// ---------------------------------------------------------------- export support

	/** @return the drawing resources (export uses the same fonts and patterns) */
	public Resources resources() {
		return resources;
	}

	/** @return the renderer */
	public MapRenderer renderer() {
		return renderer;
	}

	/** @return the legend, scale bar and north arrow painter */
	public Decorations decorations() {
		return decorations;
	}

	private static Image disposed(Image image) {
		if (image != null && !image.isDisposed()) {
			image.dispose();
		}
		return null;
	}

	private void dispose() {
		canvas.getDisplay().timerExec(-1, labelRefresh);
		buffer = disposed(buffer);
		spare = disposed(spare);
		overview = disposed(overview);
		legend = disposed(legend);
		north = disposed(north);
		scaleBar = disposed(scaleBar);
		resources.dispose();
	}
}
