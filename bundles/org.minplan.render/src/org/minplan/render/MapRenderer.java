package org.minplan.render;

import org.minplan.core.geometry.CrsTransformer;
import org.minplan.model.Plan;
import org.minplan.render.internal.CjkFont;
import org.minplan.render.internal.MapComposer;
import org.minplan.render.internal.Projected;

/**
 * Draws a plan as a planning map (规划图) without a display — Java2D for PNG, SVG written as text — in the look of
 * the workbench's interactive map: the same layers, colours, hatching, symbols and label rules, in the same display
 * system (CGCS2000 3° Gauss–Krüger zone 28). Maps carry a title, legend, scale bar at a round scale, north arrow,
 * county names and non-overlapping labels as the {@link MapRequest} asks.
 * <p>
 * Needs {@code java.awt.headless=true} where there is no display, and a font with Chinese glyphs (Debian
 * {@code fonts-noto-cjk} or {@code fonts-wqy-zenhei}). One renderer may draw many maps of a plan: each geometry is
 * projected once and reused while it is unchanged. Not thread-safe.
 */
public final class MapRenderer {

	private final Projected.Projector projector;
	private final CjkFont font = CjkFont.get();

	/** A renderer with its own coordinate transformer. */
	public MapRenderer() {
		this(new CrsTransformer());
	}

	/** A renderer using {@code transformer} (share one per application). */
	public MapRenderer(CrsTransformer transformer) {
		this.projector = new Projected.Projector(transformer);
	}

	/**
	 * Draws the map.
	 *
	 * @return the map, to be written as PNG or SVG
	 * @throws IllegalArgumentException when the request names a county the plan does not have (the message, in the
	 *                                  request's language, lists the plan's counties)
	 */
	public RenderedMap render(Plan plan, MapRequest request) {
		MapComposer.Result result = new MapComposer(projector, font).compose(plan, request);
		return new RenderedMap(result.scene(), font, request.optionalTitle().orElse(null), result.denominator(),
				result.frame(), result.labels(), result.labelBoxes(), result.synthetic());
	}
}
