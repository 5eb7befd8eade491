package org.minplan.render.internal;

/**
 * How one element is drawn (符号样式), the headless twin of the interactive map's {@code MapStyle}: colours are
 * 0xRRGGBB ints ({@link #NONE} for none), lengths in pixels at 96 dpi (scaled to the sheet's resolution when
 * drawn), label sizes in points.
 */
public record Style(int fill, int fillAlpha, int line, float lineWidth, float[] dash, Hatch hatch, int hatchColour,
		Symbol symbol, int symbolSize, int labelColour, int labelSize, boolean labelBold) {

	/** No colour. */
	public static final int NONE = -1;

	/** Hatching laid over the fill, as planning maps mark prohibited, restricted or key-treatment areas. */
	public enum Hatch {
		NONE, DIAGONAL, BACK_DIAGONAL, CROSS, HORIZONTAL
	}

	/** Shape of a point symbol. */
	public enum Symbol {
		CIRCLE, SQUARE, TRIANGLE, DIAMOND, STAR
	}

	/** @return an outline without fill */
	public static Style outline(int line, float width) {
		return new Style(NONE, 0, line, width, null, Hatch.NONE, NONE, Symbol.CIRCLE, 0, line, 9, false);
	}

	/** @return a translucent fill ({@code alpha} 0–255) with an outline */
	public static Style area(int fill, int alpha, int line, float width) {
		return new Style(fill, alpha, line, width, null, Hatch.NONE, NONE, Symbol.CIRCLE, 0, line, 9, false);
	}

	/** @return a filled point symbol of {@code size} pixels with a thin dark outline */
	public static Style point(Symbol symbol, int colour, int size) {
		return new Style(colour, 255, 0x282828, 1, null, Hatch.NONE, NONE, symbol, size, 0x282828, 8, false);
	}

	/** @return a copy with a dashed outline (dash and gap lengths) */
	public Style withDash(float... lengths) {
		return new Style(fill, fillAlpha, line, lineWidth, lengths.clone(), hatch, hatchColour, symbol, symbolSize,
				labelColour, labelSize, labelBold);
	}

	/** @return a copy hatched in {@code colour} */
	public Style withHatch(Hatch pattern, int colour) {
		return new Style(fill, fillAlpha, line, lineWidth, dash, pattern, colour, symbol, symbolSize, labelColour,
				labelSize, labelBold);
	}

	/** @return a copy with another outline colour */
	public Style withLine(int colour) {
		return new Style(fill, fillAlpha, colour, lineWidth, dash, hatch, hatchColour, symbol, symbolSize,
				labelColour, labelSize, labelBold);
	}

	/** @return a copy with another label colour, size (points) and weight */
	public Style withLabel(int colour, int size, boolean bold) {
		return new Style(fill, fillAlpha, line, lineWidth, dash, hatch, hatchColour, symbol, symbolSize, colour, size,
				bold);
	}

	/** @return whether this is a point symbol style */
	public boolean isPoint() {
		return symbolSize > 0;
	}

	/** @return whether the style has a fill */
	public boolean filled() {
		return fill != NONE && fillAlpha > 0;
	}

	/** @return the hatch colour (the outline colour when not set) */
	public int effectiveHatchColour() {
		return hatchColour != NONE ? hatchColour : line;
	}
}
