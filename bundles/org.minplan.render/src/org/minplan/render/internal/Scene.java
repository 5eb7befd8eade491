package org.minplan.render.internal;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A drawn map as a list of drawing operations in sheet pixels (a display list), so that the PNG (Java2D) and the
 * SVG are made from the very same content.
 */
public final class Scene {

	/** One drawing operation. */
	public sealed interface Item permits PathItem, TextItem, Clip, EndClip {
	}

	/**
	 * A filled and/or stroked path.
	 *
	 * @param fill         0xRRGGBB or {@link Style#NONE}
	 * @param hatch        hatching over the fill
	 * @param hatchSpacing distance between hatch lines in pixels
	 * @param line         outline colour or {@link Style#NONE}
	 * @param width        outline width in pixels
	 * @param dash         dash and gap lengths in pixels, null for solid
	 */
	public record PathItem(Path2D path, int fill, int fillAlpha, Style.Hatch hatch, int hatchColour,
			float hatchSpacing, int line, int lineAlpha, float width, float[] dash) implements Item {

		/** @return a filled path without outline */
		public static PathItem filled(Path2D path, int fill, int alpha) {
			return new PathItem(path, fill, alpha, Style.Hatch.NONE, Style.NONE, 0, Style.NONE, 0, 0, null);
		}

		/** @return an outline without fill */
		public static PathItem stroked(Path2D path, int line, float width, float[] dash) {
			return new PathItem(path, Style.NONE, 0, Style.Hatch.NONE, Style.NONE, 0, line, 255, width, dash);
		}
	}

	/** How a text is placed relative to x. */
	public enum Anchor {
		START, MIDDLE, END
	}

	/**
	 * A line of text.
	 *
	 * @param baseline y of the baseline
	 * @param sizePx   font size in pixels
	 * @param halo     colour of a halo around the glyphs, or {@link Style#NONE}
	 */
	public record TextItem(String text, double x, double baseline, float sizePx, boolean bold, int colour, int halo,
			float haloWidth, Anchor anchor) implements Item {
	}

	/** Everything up to the next {@link EndClip} is clipped to the rectangle. */
	public record Clip(Rectangle2D rect) implements Item {
	}

	/** Ends a {@link Clip}. */
	public record EndClip() implements Item {
	}

	private final int width;
	private final int height;
	private final String fontFamily;
	private final List<Item> items = new ArrayList<>();

	public Scene(int width, int height, String fontFamily) {
		this.width = width;
		this.height = height;
		this.fontFamily = fontFamily;
	}

	/** Appends an operation. */
	public void add(Item item) {
		items.add(item);
	}

	/** @return the operations in drawing order */
	public List<Item> items() {
		return items;
	}

	public int width() {
		return width;
	}

	public int height() {
		return height;
	}

	/** @return the font family texts are drawn in (a font with Chinese glyphs) */
	public String fontFamily() {
		return fontFamily;
	}
}
