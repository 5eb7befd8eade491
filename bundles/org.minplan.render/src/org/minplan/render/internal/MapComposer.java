package org.minplan.render.internal;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.locationtech.jts.geom.Envelope;
import org.minplan.core.i18n.Texts;
import org.minplan.model.AbandonedPit;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.DivisionKind;
import org.minplan.model.EnvironmentalGrade;
import org.minplan.model.EnvironmentalZone;
import org.minplan.model.Mine;
import org.minplan.model.MineScale;
import org.minplan.model.MineralCategory;
import org.minplan.model.Plan;
import org.minplan.model.PlanningZone;
import org.minplan.model.SpatialElement;
import org.minplan.model.ZoneKind;
import org.minplan.render.MapExtent;
import org.minplan.render.MapLayer;
import org.minplan.render.MapRequest;

/**
 * Lays out and draws one map sheet into a {@link Scene}: title above, the map frame (图廓) with the plan's layers
 * at a round scale, labels placed without overlap, highlighted elements in red, scale bar and north arrow in the
 * frame, the legend (图例) right of it and the coordinate system and a synthetic-data note below.
 */
public final class MapComposer {

	/** What was drawn. */
	public record Result(Scene scene, double denominator, Rectangle2D frame, List<String> labels,
			List<Rectangle2D> labelBoxes, boolean synthetic) {
	}

	/** An element to draw: layer, style, geometry in display coordinates. */
	private record Feature(SpatialElement element, MapLayer layer, Style style, Projected geometry) {
	}

	/** A line of the legend: a heading (style null) or a swatch and its text. */
	private record LegendLine(String text, Style style, boolean line) {
	}

	private static final int INK = 0x1E1E1E;
	private static final int WHITE = 0xFFFFFF;
	private static final double[] NICE_SCALES = { 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 };

	private final Projected.Projector projector;
	private final CjkFont font;

	public MapComposer(Projected.Projector projector, CjkFont font) {
		this.projector = projector;
		this.font = font;
	}

	/**
	 * @throws IllegalArgumentException when the request names a county the plan does not have
	 */
	public Result compose(Plan plan, MapRequest request) {
		Texts texts = Texts.of(MapComposer.class, request.locale());
		double k = request.dpi() / 96.0;
		double pt = request.dpi() / 72.0;
		List<Feature> features = features(plan, request.layers());
		Set<EObject> highlighted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		highlighted.addAll(request.highlighted());
		AdministrativeDivision focus = null;
		Projected focusGeometry = null;
		Envelope extent;
		if (request.extent() instanceof MapExtent.County c) {
			focus = county(plan, c.code(), texts);
			focusGeometry = projector.project(focus.getGeometry()).orElse(null);
			extent = projector.project(focus.getGeometry()).map(Projected::envelope).map(Envelope::new)
					.orElseGet(() -> wholePlan(plan, features));
			extent.expandBy(Math.max(extent.getWidth(), extent.getHeight()) * 0.04);
		} else if (request.extent() instanceof MapExtent.Around a) {
			extent = new Envelope();
			for (EObject e : a.elements()) {
				if (e instanceof SpatialElement s) {
					projector.project(s.getGeometry()).ifPresent(p -> extent.expandToInclude(p.envelope()));
				}
			}
			if (extent.isNull()) {
				extent.expandToInclude(wholePlan(plan, features));
			} else {
				double half = Math.max(a.marginMetres(), Math.max(extent.getWidth(), extent.getHeight()) / 2);
				Envelope around = new Envelope(extent);
				around.expandBy(a.marginMetres());
				around.expandToInclude(extent.centre().x - half, extent.centre().y - half);
				around.expandToInclude(extent.centre().x + half, extent.centre().y + half);
				extent.init(around);
			}
		} else {
			extent = wholePlan(plan, features);
			extent.expandBy(Math.max(extent.getWidth(), extent.getHeight()) * 0.03);
		}

		int width = request.widthPx();
		int height = request.heightPx();
		Scene scene = new Scene(width, height, font.family());
		double margin = 14 * k;
		float titleSize = (float) (16 * pt);
		double header = request.optionalTitle().isPresent() ? margin + titleSize * 1.7 : margin;
		float noteSize = (float) (7 * pt);
		double footer = noteSize * 3.4 + margin / 2;

		// first a provisional frame to know what is visible (for the legend), then the real one
		Rectangle2D provisional = new Rectangle2D.Double(margin, header, width - 2 * margin,
				height - header - footer);
		List<Feature> visible = new ArrayList<>();
		for (Feature f : features) {
			if (f.geometry().envelope().intersects(extent)) {
				visible.add(f);
			}
		}
		List<LegendLine> legend = request.legend() ? legend(visible, !highlighted.isEmpty(), texts) : List.of();
		// the legend goes right of the map or in columns under it, whichever leaves room for the larger scale
		LegendBox legendBox = null;
		boolean legendBelow = false;
		if (!legend.isEmpty()) {
			LegendBox side = legendBox(legend, k, pt, provisional.getHeight(), 1);
			int columns = Math.max(1, (int) ((width - 2 * margin + 16 * k) / (side.columnWidth() + 16 * k)));
			LegendBox below = legendBox(legend, k, pt, Double.MAX_VALUE, columns);
			double sideFit = fit(extent, provisional.getWidth() - side.width() - margin, provisional.getHeight());
			double belowFit = fit(extent, provisional.getWidth(), provisional.getHeight() - below.height() - 10 * k);
			legendBelow = belowFit < sideFit;
			legendBox = legendBelow ? below : side;
		}
		double legendWidth = legendBox == null || legendBelow ? 0 : legendBox.width() + margin;
		double legendHeight = legendBox != null && legendBelow ? legendBox.height() + 10 * k : 0;
		Rectangle2D frame = new Rectangle2D.Double(margin, header, Math.max(32, width - 2 * margin - legendWidth),
				Math.max(32, height - header - footer - legendHeight));

		double denominator = roundScale(
				Math.max(extent.getWidth() / frame.getWidth(), extent.getHeight() / frame.getHeight()) * request.dpi()
						/ 0.0254);
		double mpp = denominator * 0.0254 / request.dpi();
		Viewport vp = new Viewport(extent.centre().x, extent.centre().y, mpp, frame);
		Envelope view = vp.world();

		scene.add(new Scene.Clip(frame));
		scene.add(Scene.PathItem.filled(rect(frame), PlanningMapStyles.PAPER, 255));
		double symbolScale = Math.max(0.55, Math.min(1, Math.sqrt(400_000 / denominator)));
		List<LabelPlacer.Candidate> candidates = new ArrayList<>();
		boolean synthetic = false;
		Map<EObject, Feature> drawnHighlights = new LinkedHashMap<>();
		for (Feature f : features) {
			Projected g = f.geometry();
			if (!g.envelope().intersects(view)) {
				continue;
			}
			SpatialElement e = f.element();
			synthetic |= e.isSynthetic() || e.isApproximateGeometry();
			if (highlighted.contains(e)) {
				drawnHighlights.put(e, f);
			}
			Style s = f.style();
			boolean labelled = labelled(f.layer(), request, denominator);
			if (g.point()) {
				double x = vp.x(g.rings()[0][0]);
				double y = vp.y(g.rings()[0][1]);
				double size = Math.max(3, s.symbolSize()) * k * symbolScale;
				scene.add(symbol(s, x, y, size, k));
				if (labelled && inFocus(focusGeometry, f, g.rings()[0])) {
					label(f).ifPresent(t -> candidates.add(candidate(t, x, y, size / 2 + 1,
							f, s, pt, highlighted.contains(e), 0)));
				}
			} else {
				double w = g.envelope().getWidth() / mpp;
				double h = g.envelope().getHeight() / mpp;
				if (w < 4 * k && h < 4 * k) {
					// a shape of a few pixels reads as a small box of its outline colour (level of detail)
					double bw = Math.max(2 * k, w), bh = Math.max(2 * k, h);
					double cx = vp.x(g.envelope().centre().x), cy = vp.y(g.envelope().centre().y);
					scene.add(Scene.PathItem.filled(rect(new Rectangle2D.Double(cx - bw / 2, cy - bh / 2, bw, bh)),
							s.line() != Style.NONE ? s.line() : s.fill(), 220));
					continue;
				}
				Path2D path = path(g, vp);
				scene.add(new Scene.PathItem(path, s.fill(), s.fillAlpha(), s.hatch(), s.effectiveHatchColour(),
						(float) (8 * k), s.line(), 255, (float) (s.lineWidth() * k), dash(s.dash(), k)));
				double[] p = g.labelPoint();
				boolean hl = highlighted.contains(e);
				if (labelled && (w >= 14 * k || f.layer() == MapLayer.COUNTIES || hl) && inFocus(focusGeometry, f, p)) {
					// a highlighted element keeps its label beside it, not over it
					double radius = hl ? Math.max(w, h) / 2 + 2 * k : -1;
					double lx = hl ? vp.x(g.envelope().centre().x) : vp.x(p[0]);
					double ly = hl ? vp.y(g.envelope().centre().y) : vp.y(p[1]);
					label(f).ifPresent(t -> candidates.add(candidate(t, lx, ly, radius, f, s, pt, hl, g.area())));
				}
			}
		}
		if (focus != null) {
			Optional<Projected> county = projector.project(focus.getGeometry());
			if (county.isPresent()) {
				Path2D veil = path(county.get(), vp);
				veil.append(rect(frame), false);
				veil.setWindingRule(Path2D.WIND_EVEN_ODD);
				scene.add(Scene.PathItem.filled(veil, WHITE, 150));
				scene.add(Scene.PathItem.stroked(path(county.get(), vp), PlanningMapStyles.BOUNDARY,
						(float) (3 * k), null));
			}
		}
		for (Feature f : drawnHighlights.values()) {
			Projected g = f.geometry();
			if (g.point()) {
				double r = 10 * k;
				scene.add(Scene.PathItem.stroked(new Path2D.Double(new Ellipse2D.Double(vp.x(g.rings()[0][0]) - r,
						vp.y(g.rings()[0][1]) - r, 2 * r, 2 * r)), PlanningMapStyles.HIGHLIGHT, (float) (2.5 * k),
						null));
			} else {
				Path2D path = path(g, vp);
				scene.add(new Scene.PathItem(path, PlanningMapStyles.HIGHLIGHT, 60, Style.Hatch.NONE, Style.NONE, 0,
						PlanningMapStyles.HIGHLIGHT, 255, (float) (3 * k), null));
			}
		}

		// furniture inside the frame: labels must keep off it
		LabelPlacer placer = new LabelPlacer(font, 2 * k);
		List<Runnable> furniture = new ArrayList<>();
		if (request.scaleBar()) {
			Rectangle2D box = scaleBar(scene, texts, vp, denominator, k, pt, false);
			placer.reserve(box);
			furniture.add(() -> scaleBar(scene, texts, vp, denominator, k, pt, true));
		}
		if (request.northArrow()) {
			double ax = frame.getMaxX() - 30 * k, ay = frame.getY() + 12 * k;
			placer.reserve(new Rectangle2D.Double(ax - 16 * k, ay - 4 * k, 32 * k, 62 * k));
			furniture.add(() -> northArrow(scene, texts, ax, ay, k, pt));
		}
		List<LabelPlacer.Placed> placed = placer.place(candidates, frame);
		List<String> labelTexts = new ArrayList<>();
		List<Rectangle2D> labelBoxes = new ArrayList<>();
		for (LabelPlacer.Placed p : placed) {
			LabelPlacer.Candidate c = p.candidate();
			Rectangle2D b = p.box();
			if (!c.halo()) {
				scene.add(Scene.PathItem.filled(rect(b), WHITE, 185));
			}
			scene.add(new Scene.TextItem(c.text(), b.getCenterX(), p.baseline(), c.sizePx(), c.bold(), c.colour(),
					c.halo() ? WHITE : Style.NONE, (float) (3 * k), Scene.Anchor.MIDDLE));
			labelTexts.add(c.text());
			labelBoxes.add(b);
		}
		furniture.forEach(Runnable::run);
		scene.add(new Scene.EndClip());

		// neatline: a thin inner line and a broad outer one, as printed maps
		scene.add(Scene.PathItem.stroked(rect(frame), INK, (float) (1 * k), null));
		Rectangle2D outer = new Rectangle2D.Double(frame.getX() - 4 * k, frame.getY() - 4 * k,
				frame.getWidth() + 8 * k, frame.getHeight() + 8 * k);
		scene.add(Scene.PathItem.stroked(rect(outer), INK, (float) (2.4 * k), null));
		request.optionalTitle().ifPresent(t -> scene.add(new Scene.TextItem(t, frame.getCenterX(),
				header - margin * 0.5 - titleSize * 0.35, titleSize, true, INK, Style.NONE, 0, Scene.Anchor.MIDDLE)));
		if (legendBox != null && legendBelow) {
			drawLegend(scene, legendBox, frame.getX() - 4 * k, frame.getMaxY() + 10 * k, k, pt, texts);
		} else if (legendBox != null) {
			drawLegend(scene, legendBox, frame.getMaxX() + margin, frame.getY() - 4 * k, k, pt, texts);
		}
		double noteY = frame.getMaxY() + legendHeight + 6 * k + noteSize * 1.3;
		double noteWidth = width - frame.getX() - margin / 2;
		note(scene, texts.get("crs"), frame.getX() - 4 * k, noteY, noteSize, noteWidth, 0x505050);
		if (synthetic) {
			note(scene, texts.get("synthetic"), frame.getX() - 4 * k, noteY + noteSize * 1.35, noteSize, noteWidth,
					0xA03020);
		}
		return new Result(scene, denominator, frame, labelTexts, labelBoxes, synthetic);
	}

	/** Writes a note under the frame, in a smaller font where it would not fit. */
	private void note(Scene scene, String text, double x, double y, float size, double maxWidth, int colour) {
		double w = font.width(text, size, false);
		float fitted = w > maxWidth ? (float) Math.max(size * 0.6, size * maxWidth / w) : size;
		scene.add(new Scene.TextItem(text, x, y, fitted, false, colour, Style.NONE, 0, Scene.Anchor.START));
	}

	/**
	 * @return whether an element is labelled on a county map: county names always, other elements when their label
	 *         point lies in the county (labels of the veiled surroundings would only crowd the county's own)
	 */
	private static boolean inFocus(Projected focus, Feature f, double[] labelPoint) {
		return focus == null || f.layer() == MapLayer.COUNTIES || focus.contains(labelPoint[0], labelPoint[1]);
	}

	private List<Feature> features(Plan plan, Set<MapLayer> layers) {
		List<Feature> out = new ArrayList<>();
		for (MapLayer layer : MapLayer.values()) {
			if (!layers.contains(layer)) {
				continue;
			}
			for (SpatialElement e : elements(plan, layer)) {
				Optional<Projected> g = projector.project(e.getGeometry());
				if (g.isPresent()) {
					out.add(new Feature(e, layer, style(layer, e, g.get()), g.get()));
				}
			}
		}
		return out;
	}

	private static List<? extends SpatialElement> elements(Plan plan, MapLayer layer) {
		return switch (layer) {
		case LAYOUT_UNITS -> plan.getLayoutUnits();
		case ENVIRONMENTAL_ZONES -> plan.getEnvironmentalZones();
		case ZONES -> plan.getZones();
		case COUNTIES -> plan.getDivisions().stream()
				.filter(d -> d.getKind() != DivisionKind.XPCC_DIVISION && d.getKind() != DivisionKind.XPCC_UNIT)
				.toList();
		case CONCENTRATED_AREAS -> plan.getConcentratedAreas();
		case EXPLORATION_BLOCKS -> plan.getExplorationBlocks();
		case MINING_BLOCKS -> plan.getMiningBlocks();
		case ABANDONED_PITS -> plan.getAbandonedPits();
		case MINES -> plan.getMines();
		};
	}

	private static Style style(MapLayer layer, SpatialElement e, Projected g) {
		return switch (layer) {
		case LAYOUT_UNITS -> PlanningMapStyles.LAYOUT;
		case ENVIRONMENTAL_ZONES -> PlanningMapStyles.environment(((EnvironmentalZone) e).getGrade());
		case ZONES -> PlanningMapStyles.zone(((PlanningZone) e).getKind());
		case COUNTIES -> PlanningMapStyles.division((AdministrativeDivision) e);
		case CONCENTRATED_AREAS -> PlanningMapStyles.CONCENTRATED;
		case EXPLORATION_BLOCKS -> PlanningMapStyles.EXPLORATION;
		case MINING_BLOCKS -> PlanningMapStyles.MINING;
		case ABANDONED_PITS -> g.point() ? PlanningMapStyles.PIT_POINT : PlanningMapStyles.PIT_AREA;
		case MINES -> PlanningMapStyles.mine((Mine) e);
		};
	}

	private static boolean labelled(MapLayer layer, MapRequest request, double denominator) {
		if (layer == MapLayer.COUNTIES) {
			return request.countyNames();
		}
		return request.labels() && (layer.labelScale() < 0 || denominator <= layer.labelScale());
	}

	/** @return the label text of an element, as the interactive map labels it */
	private static Optional<String> label(Feature f) {
		SpatialElement e = f.element();
		Optional<String> name = Optional.ofNullable(e.getName()).filter(n -> !n.isBlank());
		Optional<String> code = Optional.ofNullable(e.getCode()).filter(c -> !c.isBlank());
		return switch (f.layer()) {
		case COUNTIES -> ((AdministrativeDivision) e).getKind() == DivisionKind.PREFECTURE ? Optional.empty() : name;
		case LAYOUT_UNITS -> name;
		case ZONES, ENVIRONMENTAL_ZONES, MINES -> name.or(() -> code);
		case ABANDONED_PITS -> Optional.ofNullable(((AbandonedPit) e).getNumber()).filter(n -> !n.isBlank())
				.or(() -> code).or(() -> name);
		default -> code.or(() -> name);
		};
	}

	private static LabelPlacer.Candidate candidate(String text, double x, double y, double radius, Feature f,
			Style s, double pt, boolean highlighted, double area) {
		int priority = highlighted ? -1 : f.layer().labelPriority();
		int colour = highlighted ? PlanningMapStyles.HIGHLIGHT : s.labelColour();
		float size = (float) ((highlighted ? Math.max(10, s.labelSize()) : s.labelSize()) * pt);
		return new LabelPlacer.Candidate(text, x, y, radius, priority, area, size, s.labelBold() || highlighted,
				colour, highlighted || priority <= 10, f.element());
	}

	private static AdministrativeDivision county(Plan plan, String code, Texts texts) {
		List<String> known = new ArrayList<>();
		for (AdministrativeDivision d : plan.getDivisions()) {
			if (d.getCode() != null && d.getKind() != DivisionKind.PREFECTURE) {
				if (d.getCode().equals(code)) {
					return d;
				}
				known.add(d.getCode() + " " + d.getName());
			}
		}
		throw new IllegalArgumentException(texts.get("unknownCounty", code, String.join(", ", known)));
	}

	private Envelope wholePlan(Plan plan, List<Feature> features) {
		for (AdministrativeDivision d : plan.getDivisions()) {
			if (d.getKind() == DivisionKind.PREFECTURE) {
				Optional<Projected> g = projector.project(d.getGeometry());
				if (g.isPresent()) {
					return new Envelope(g.get().envelope());
				}
			}
		}
		Envelope all = new Envelope();
		features.forEach(f -> all.expandToInclude(f.geometry().envelope()));
		if (all.isNull()) {
			// nothing to show: a 100 km square around the display system's central meridian at 46°N
			return new Envelope(28_450_000, 28_550_000, 5_050_000, 5_150_000);
		}
		return all;
	}

	/** @return metres per pixel needed to show {@code extent} in a frame of that size (infinite when none is left) */
	private static double fit(Envelope extent, double frameWidth, double frameHeight) {
		if (frameWidth < 32 || frameHeight < 32) {
			return Double.POSITIVE_INFINITY;
		}
		return Math.max(extent.getWidth() / frameWidth, extent.getHeight() / frameHeight);
	}

	/** @return the next round scale denominator at or above {@code exact} (1, 1.2, 1.5, 2, 2.5 … × 10ⁿ) */
	public static double roundScale(double exact) {
		double power = Math.pow(10, Math.floor(Math.log10(Math.max(1, exact))));
		for (double m : NICE_SCALES) {
			if (m * power >= exact - 1e-6) {
				return m * power;
			}
		}
		return 10 * power;
	}

	/** Map ↔ sheet: display metres to pixels in the frame. */
	private record Viewport(double cx, double cy, double mpp, Rectangle2D frame) {
		double x(double worldX) {
			return frame.getCenterX() + (worldX - cx) / mpp;
		}

		double y(double worldY) {
			return frame.getCenterY() - (worldY - cy) / mpp;
		}

		Envelope world() {
			double hw = frame.getWidth() / 2 * mpp, hh = frame.getHeight() / 2 * mpp;
			return new Envelope(cx - hw, cx + hw, cy - hh, cy + hh);
		}
	}

	private static Path2D path(Projected g, Viewport vp) {
		Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
		for (double[] ring : g.rings()) {
			double lastX = Double.NaN, lastY = Double.NaN;
			for (int i = 0; i < ring.length; i += 2) {
				double x = vp.x(ring[i]), y = vp.y(ring[i + 1]);
				if (i == 0) {
					path.moveTo(x, y);
				} else if (Math.abs(x - lastX) >= 0.25 || Math.abs(y - lastY) >= 0.25) {
					path.lineTo(x, y);
				} else {
					continue;
				}
				lastX = x;
				lastY = y;
			}
			path.closePath();
		}
		return path;
	}

	private static Path2D rect(Rectangle2D r) {
		return new Path2D.Double(r);
	}

	private static float[] dash(float[] dash, double k) {
		if (dash == null) {
			return null;
		}
		float[] out = new float[dash.length];
		for (int i = 0; i < dash.length; i++) {
			out[i] = (float) (dash[i] * k);
		}
		return out;
	}

	/** @return a point symbol (mine, pit) centred on (x, y) */
	private static Scene.PathItem symbol(Style s, double x, double y, double size, double k) {
		double r = Math.max(1, size / 2);
		Path2D.Double p = new Path2D.Double();
		switch (s.symbol()) {
		case CIRCLE -> p.append(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r), false);
		case SQUARE -> polygon(p, x - r, y - r, x + r, y - r, x + r, y + r, x - r, y + r);
		case TRIANGLE -> polygon(p, x, y - r - k, x + r + k, y + r, x - r - k, y + r);
		case DIAMOND -> polygon(p, x, y - r - k, x + r + k, y, x, y + r + k, x - r - k, y);
		case STAR -> {
			double[] c = new double[20];
			for (int i = 0; i < 10; i++) {
				double a = -Math.PI / 2 + i * Math.PI / 5;
				double rr = i % 2 == 0 ? r + k : (r + k) * 0.45;
				c[2 * i] = x + rr * Math.cos(a);
				c[2 * i + 1] = y + rr * Math.sin(a);
			}
			polygon(p, c);
		}
		}
		return new Scene.PathItem(p, s.fill(), 255, Style.Hatch.NONE, Style.NONE, 0, s.line(), 255, (float) k, null);
	}

	private static void polygon(Path2D p, double... xy) {
		p.moveTo(xy[0], xy[1]);
		for (int i = 2; i < xy.length; i += 2) {
			p.lineTo(xy[i], xy[i + 1]);
		}
		p.closePath();
	}

	// ---- legend ----

	private static List<LegendLine> legend(List<Feature> visible, boolean highlight, Texts texts) {
		Set<MapLayer> layers = EnumSet.noneOf(MapLayer.class);
		Set<ZoneKind> zones = EnumSet.noneOf(ZoneKind.class);
		Set<EnvironmentalGrade> grades = EnumSet.noneOf(EnvironmentalGrade.class);
		Set<MineralCategory> categories = EnumSet.noneOf(MineralCategory.class);
		Set<MineScale> scales = EnumSet.noneOf(MineScale.class);
		boolean prefecture = false, unknownMineral = false;
		for (Feature f : visible) {
			layers.add(f.layer());
			if (f.element() instanceof AdministrativeDivision d && d.getKind() == DivisionKind.PREFECTURE) {
				prefecture = true;
			} else if (f.element() instanceof PlanningZone z && z.getKind() != null) {
				zones.add(z.getKind());
			} else if (f.element() instanceof EnvironmentalZone z) {
				grades.add(z.getGrade() == null ? EnvironmentalGrade.GENERAL_TREATMENT : z.getGrade());
			} else if (f.element() instanceof Mine m) {
				if (m.getMineral() == null || m.getMineral().getCategory() == null) {
					unknownMineral = true;
				} else {
					categories.add(m.getMineral().getCategory());
				}
				if (m.getScale() != null) {
					scales.add(m.getScale());
				}
			}
		}
		List<LegendLine> lines = new ArrayList<>();
		if (highlight) {
			lines.add(new LegendLine(texts.get("legend.highlight"),
					Style.area(PlanningMapStyles.HIGHLIGHT, 60, PlanningMapStyles.HIGHLIGHT, 3), false));
		}
		if (prefecture) {
			lines.add(new LegendLine(texts.get("legend.prefecture"), PlanningMapStyles.PREFECTURE, true));
		}
		if (layers.contains(MapLayer.COUNTIES)) {
			lines.add(new LegendLine(texts.get("legend.county"), PlanningMapStyles.COUNTY, true));
		}
		if (layers.contains(MapLayer.LAYOUT_UNITS)) {
			lines.add(new LegendLine(texts.get("legend.layoutUnits"), PlanningMapStyles.LAYOUT, true));
		}
		for (ZoneKind z : zones) {
			lines.add(new LegendLine(texts.get("legend.zone." + z.getName()), PlanningMapStyles.zone(z), false));
		}
		if (layers.contains(MapLayer.EXPLORATION_BLOCKS)) {
			lines.add(new LegendLine(texts.get("legend.exploration"), PlanningMapStyles.EXPLORATION, false));
		}
		if (layers.contains(MapLayer.MINING_BLOCKS)) {
			lines.add(new LegendLine(texts.get("legend.mining"), PlanningMapStyles.MINING, false));
		}
		if (layers.contains(MapLayer.CONCENTRATED_AREAS)) {
			lines.add(new LegendLine(texts.get("legend.concentrated"), PlanningMapStyles.CONCENTRATED, false));
		}
		for (EnvironmentalGrade g : grades) {
			lines.add(new LegendLine(texts.get("legend.env." + g.getName()), PlanningMapStyles.environment(g), false));
		}
		if (layers.contains(MapLayer.ABANDONED_PITS)) {
			lines.add(new LegendLine(texts.get("legend.pit"), PlanningMapStyles.PIT_AREA, false));
		}
		if (!categories.isEmpty() || unknownMineral) {
			lines.add(new LegendLine(texts.get("legend.mines"), null, false));
			for (MineralCategory c : categories) {
				lines.add(new LegendLine(texts.get("legend.category." + c.getName()),
						Style.point(PlanningMapStyles.symbol(c), PlanningMapStyles.category(c), 10), false));
			}
			if (unknownMineral) {
				lines.add(new LegendLine(texts.get("legend.category.unknown"),
						Style.point(Style.Symbol.CIRCLE, PlanningMapStyles.category(null), 10), false));
			}
			for (MineScale s : scales) {
				lines.add(new LegendLine(texts.get("legend.scale." + s.getName()),
						Style.point(Style.Symbol.CIRCLE, WHITE, PlanningMapStyles.size(s)), false));
			}
		}
		return lines;
	}

	private record LegendBox(List<LegendLine> lines, int perColumn, int columns, double columnWidth, double width,
			double height) {
	}

	/**
	 * @param minColumns the legend is spread over at least this many columns (balanced), more when it is taller
	 *                   than {@code maxHeight}
	 */
	private LegendBox legendBox(List<LegendLine> lines, double k, double pt, double maxHeight, int minColumns) {
		float textSize = (float) (8 * pt);
		double lineH = Math.max(17 * k, textSize * 1.55);
		double titleH = 10 * pt * 1.8;
		double pad = 8 * k;
		double textW = 0;
		for (LegendLine l : lines) {
			textW = Math.max(textW, font.width(l.text(), textSize, l.style() == null));
		}
		double columnWidth = 26 * k + 6 * k + textW;
		int fitting = Math.max(1, (int) Math.min(lines.size(), Math.floor((maxHeight - titleH - 2 * pad) / lineH)));
		int columns = Math.min(lines.size(), Math.max(minColumns, (lines.size() + fitting - 1) / fitting));
		int perColumn = (lines.size() + columns - 1) / columns;
		double width = 2 * pad + columns * columnWidth + (columns - 1) * 2 * pad;
		double height = 2 * pad + titleH + perColumn * lineH;
		return new LegendBox(lines, perColumn, columns, columnWidth, width, height);
	}

	private void drawLegend(Scene scene, LegendBox box, double x, double y, double k, double pt, Texts texts) {
		float textSize = (float) (8 * pt);
		double lineH = Math.max(17 * k, textSize * 1.55);
		double titleH = 10 * pt * 1.8;
		double pad = 8 * k;
		Rectangle2D r = new Rectangle2D.Double(x, y, box.width(), box.height());
		scene.add(Scene.PathItem.filled(rect(r), WHITE, 255));
		scene.add(Scene.PathItem.stroked(rect(r), 0x5A5A5A, (float) k, null));
		float titleSize = (float) (10 * pt);
		scene.add(new Scene.TextItem(texts.get("legend.title"), x + box.width() / 2, y + pad + titleSize, titleSize,
				true, INK, Style.NONE, 0, Scene.Anchor.MIDDLE));
		double[] ad = font.ascentDescent(textSize, false);
		for (int i = 0; i < box.lines().size(); i++) {
			LegendLine l = box.lines().get(i);
			int column = i / box.perColumn();
			int row = i % box.perColumn();
			double lx = x + pad + column * (box.columnWidth() + 2 * pad);
			double ly = y + pad + titleH + row * lineH;
			double baseline = ly + (lineH + ad[0] - ad[1]) / 2;
			if (l.style() == null) {
				scene.add(new Scene.TextItem(l.text(), lx, baseline, textSize, true, INK, Style.NONE, 0,
						Scene.Anchor.START));
				continue;
			}
			swatch(scene, l, lx, ly + (lineH - 12 * k) / 2, k);
			scene.add(new Scene.TextItem(l.text(), lx + 32 * k, baseline, textSize, false, INK, Style.NONE, 0,
					Scene.Anchor.START));
		}
	}

	private static void swatch(Scene scene, LegendLine l, double x, double y, double k) {
		Style s = l.style();
		double w = 26 * k, h = 12 * k;
		if (s.isPoint()) {
			scene.add(symbol(s, x + w / 2, y + h / 2, Math.min(s.symbolSize(), 14) * k, k));
			return;
		}
		Rectangle2D r = new Rectangle2D.Double(x, y, w, h);
		if (l.line()) {
			Path2D line = new Path2D.Double();
			line.moveTo(x, y + h / 2);
			line.lineTo(x + w, y + h / 2);
			scene.add(Scene.PathItem.stroked(line, s.line(), (float) (Math.min(3, Math.max(1, s.lineWidth())) * k),
					dash(s.dash(), k * 0.6)));
			return;
		}
		scene.add(new Scene.PathItem(rect(r), s.fill(), Math.max(90, s.fillAlpha()), s.hatch(),
				s.effectiveHatchColour(), (float) (8 * k), s.line(), 255,
				(float) (Math.min(3, Math.max(1, s.lineWidth())) * k), dash(s.dash(), k * 0.6)));
	}

	// ---- scale bar and north arrow ----

	/** @return a round length (1, 2 or 5 × 10ⁿ metres) at most {@code pixels} long */
	static double niceLength(double metresPerPixel, double pixels) {
		double target = metresPerPixel * pixels;
		double power = Math.pow(10, Math.floor(Math.log10(target)));
		for (double m : new double[] { 5, 2, 1 }) {
			if (m * power <= target) {
				return m * power;
			}
		}
		return power;
	}

	/** Draws (when {@code draw}) the scale bar in the frame's lower left corner; @return its box */
	private Rectangle2D scaleBar(Scene scene, Texts texts, Viewport vp, double denominator, double k, double pt,
			boolean draw) {
		Rectangle2D frame = vp.frame();
		double length = niceLength(vp.mpp(), Math.min(170 * k, frame.getWidth() / 3));
		double pixels = length / vp.mpp();
		boolean km = length >= 1000;
		double shown = km ? length / 1000 : length;
		String unit = km ? " km" : " m";
		float size = (float) (8 * pt);
		String ratio = texts.get("scale.ratio", ratioText(denominator));
		double endW = font.width(number(shown) + unit, size, false);
		double w = Math.max(16 * k + pixels + endW, 16 * k + font.width(ratio, size, false));
		double h = size * 3.6;
		Rectangle2D box = new Rectangle2D.Double(frame.getX() + 8 * k, frame.getMaxY() - 8 * k - h, w, h);
		if (!draw) {
			return box;
		}
		scene.add(Scene.PathItem.filled(rect(box), WHITE, 225));
		double barX = box.getX() + 8 * k;
		double barY = box.getY() + size * 1.45;
		double barH = 6 * k;
		for (int i = 0; i < 4; i++) {
			double sx = barX + pixels * i / 4;
			scene.add(Scene.PathItem.filled(rect(new Rectangle2D.Double(sx, barY, pixels / 4, barH)),
					i % 2 == 0 ? INK : WHITE, 255));
		}
		scene.add(Scene.PathItem.stroked(rect(new Rectangle2D.Double(barX, barY, pixels, barH)), INK, (float) k, null));
		double textY = barY - 3 * k;
		scene.add(new Scene.TextItem("0", barX, textY, size, false, INK, Style.NONE, 0, Scene.Anchor.MIDDLE));
		scene.add(new Scene.TextItem(number(shown / 2), barX + pixels / 2, textY, size, false, INK, Style.NONE, 0,
				Scene.Anchor.MIDDLE));
		scene.add(new Scene.TextItem(number(shown) + unit, barX + pixels - font.width(number(shown), size, false) / 2,
				textY, size, false, INK, Style.NONE, 0, Scene.Anchor.START));
		scene.add(new Scene.TextItem(ratio, barX, barY + barH + size * 1.2, size, false, INK, Style.NONE, 0,
				Scene.Anchor.START));
		return box;
	}

	/** @return a scale denominator as a round figure with thin spaces, e.g. 1 250 000 */
	public static String ratioText(double denominator) {
		return String.format(Locale.ROOT, "%,d", Math.round(denominator)).replace(',', ' ');
	}

	private static String number(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

	private void northArrow(Scene scene, Texts texts, double x, double y, double k, double pt) {
		double top = y + 18 * k, bottom = y + 52 * k, notch = bottom - 9 * k, half = 10 * k;
		Path2D right = new Path2D.Double();
		polygon(right, x, top, x + half, bottom, x, notch);
		Path2D left = new Path2D.Double();
		polygon(left, x, top, x - half, bottom, x, notch);
		Path2D all = new Path2D.Double();
		polygon(all, x, top, x + half, bottom, x, notch, x - half, bottom);
		scene.add(Scene.PathItem.filled(right, INK, 255));
		scene.add(Scene.PathItem.filled(left, WHITE, 255));
		scene.add(Scene.PathItem.stroked(all, INK, (float) k, null));
		float size = (float) (11 * pt);
		scene.add(new Scene.TextItem(texts.get("north"), x, top - 4 * k, size, true, INK, WHITE, (float) (3 * k),
				Scene.Anchor.MIDDLE));
	}
}
