package org.minplan.ui.map;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.swt.graphics.RGB;

/**
 * How one element is drawn on the map (符号样式): fill, outline, hatching, point symbol and label colour.
 * Immutable; make variants with the {@code with…} methods. Colours are {@link RGB} values, so a style holds no
 * operating-system resources and can be shared freely.
 */
public final class MapStyle {

	/** Hatching laid over the fill, as planning maps mark prohibited, restricted or key-treatment areas. */
	public enum Hatch {
		NONE, DIAGONAL, BACK_DIAGONAL, CROSS, HORIZONTAL
	}

	/** Shape of a point symbol. */
	public enum Symbol {
		CIRCLE, SQUARE, TRIANGLE, DIAMOND, STAR
	}

	private final RGB fill;
	private final int fillAlpha;
	private final RGB line;
	private final float lineWidth;
	private final int[] dash;
	private final Hatch hatch;
	private final RGB hatchColour;
	private final Symbol symbol;
	private final int symbolSize;
	private final RGB labelColour;
	private final int labelSize;
	private final boolean labelBold;

	private MapStyle(RGB fill, int fillAlpha, RGB line, float lineWidth, int[] dash, Hatch hatch, RGB hatchColour,
			Symbol symbol, int symbolSize, RGB labelColour, int labelSize, boolean labelBold) {
		this.fill = fill;
		this.fillAlpha = fillAlpha;
		this.line = line;
		this.lineWidth = lineWidth;
		this.dash = dash;
		this.hatch = hatch;
		this.hatchColour = hatchColour;
		this.symbol = symbol;
		this.symbolSize = symbolSize;
		this.labelColour = labelColour;
		this.labelSize = labelSize;
		this.labelBold = labelBold;
	}

	/** @return an area style: outline colour and width, no fill */
	public static MapStyle outline(RGB line, float width) {
		return new MapStyle(null, 0, line, width, null, Hatch.NONE, null, Symbol.CIRCLE, 0, line, 9, false);
	}

	/** @return an area style: a translucent fill ({@code alpha} 0–255) and an outline */
	public static MapStyle area(RGB fill, int alpha, RGB line, float width) {
		return new MapStyle(fill, alpha, line, width, null, Hatch.NONE, null, Symbol.CIRCLE, 0, line, 9, false);
	}

	/** @return a point style: a filled symbol of {@code size} pixels with a thin dark outline */
	public static MapStyle point(Symbol symbol, RGB colour, int size) {
		return new MapStyle(colour, 255, new RGB(40, 40, 40), 1, null, Hatch.NONE, null, symbol, size,
				new RGB(40, 40, 40), 8, false);
	}

	/** @return a copy with another fill colour (the alpha kept; 200 when there was no fill) */
	public MapStyle withFill(RGB colour) {
		return new MapStyle(colour, fill == null ? 200 : fillAlpha, line, lineWidth, dash, hatch, hatchColour, symbol,
				symbolSize, labelColour, labelSize, labelBold);
	}

	/** @return a copy with another fill alpha (0–255) */
	public MapStyle withFillAlpha(int alpha) {
		return new MapStyle(fill, alpha, line, lineWidth, dash, hatch, hatchColour, symbol, symbolSize, labelColour,
				labelSize, labelBold);
	}

	/** @return a copy with another outline colour */
	public MapStyle withLine(RGB colour) {
		return new MapStyle(fill, fillAlpha, colour, lineWidth, dash, hatch, hatchColour, symbol, symbolSize,
				labelColour, labelSize, labelBold);
	}

	/** @return a copy with another outline width in pixels */
	public MapStyle withLineWidth(float width) {
		return new MapStyle(fill, fillAlpha, line, width, dash, hatch, hatchColour, symbol, symbolSize, labelColour,
				labelSize, labelBold);
	}

	/** @return a copy with a dashed outline: lengths of dashes and gaps in pixels */
	public MapStyle withDash(int... dashes) {
		return new MapStyle(fill, fillAlpha, line, lineWidth, dashes.length == 0 ? null : dashes.clone(), hatch,
				hatchColour, symbol, symbolSize, labelColour, labelSize, labelBold);
	}

	/** @return a copy hatched with lines of {@code colour} */
	public MapStyle withHatch(Hatch pattern, RGB colour) {
		return new MapStyle(fill, fillAlpha, line, lineWidth, dash, pattern, colour, symbol, symbolSize, labelColour,
				labelSize, labelBold);
	}

	/** @return a copy with another point symbol and size */
	public MapStyle withSymbol(Symbol shape, int size) {
		return new MapStyle(fill, fillAlpha, line, lineWidth, dash, hatch, hatchColour, shape, size, labelColour,
				labelSize, labelBold);
	}

	/** @return a copy with another label colour, size (points) and weight */
	public MapStyle withLabel(RGB colour, int size, boolean bold) {
		return new MapStyle(fill, fillAlpha, line, lineWidth, dash, hatch, hatchColour, symbol, symbolSize, colour,
				size, bold);
	}

	/** @return the fill colour, empty for an outline only */
	public Optional<RGB> fill() {
		return Optional.ofNullable(fill);
	}

	/** @return the fill's opacity, 0 (transparent) – 255 (opaque) */
	public int fillAlpha() {
		return fillAlpha;
	}

	/** @return the outline colour, empty for none */
	public Optional<RGB> line() {
		return Optional.ofNullable(line);
	}

	/** @return the outline width in pixels */
	public float lineWidth() {
		return lineWidth;
	}

	/** @return dash and gap lengths in pixels, empty for a solid line */
	public int[] dash() {
		return dash == null ? new int[0] : dash.clone();
	}

	/** @return whether the outline is dashed */
	public boolean dashed() {
		return dash != null;
	}

	/** @return the hatching over the fill */
	public Hatch hatch() {
		return hatch;
	}

	/** @return the colour of the hatching lines (the outline colour when not set) */
	public Optional<RGB> hatchColour() {
		return Optional.ofNullable(hatchColour != null ? hatchColour : line);
	}

	/** @return the point symbol's shape */
	public Symbol symbol() {
		return symbol;
	}

	/** @return the point symbol's size in pixels; 0 for area styles */
	public int symbolSize() {
		return symbolSize;
	}

	/** @return the label colour */
	public RGB labelColour() {
		return labelColour == null ? new RGB(0, 0, 0) : labelColour;
	}

	/** @return the label font size in points */
	public int labelSize() {
		return labelSize;
	}

	/** @return whether labels are bold */
	public boolean labelBold() {
		return labelBold;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof MapStyle s && Objects.equals(fill, s.fill) && fillAlpha == s.fillAlpha
				&& Objects.equals(line, s.line) && lineWidth == s.lineWidth && Arrays.equals(dash, s.dash)
				&& hatch == s.hatch && Objects.equals(hatchColour, s.hatchColour) && symbol == s.symbol
				&& symbolSize == s.symbolSize && Objects.equals(labelColour, s.labelColour)
				&& labelSize == s.labelSize && labelBold == s.labelBold;
	}

	@Override
	public int hashCode() {
		return Objects.hash(fill, fillAlpha, line, lineWidth, Arrays.hashCode(dash), hatch, hatchColour, symbol,
				symbolSize, labelColour, labelSize, labelBold);
	}

	@Override
	public String toString() {
		return "MapStyle[fill=" + fill + "/" + fillAlpha + ", line=" + line + "/" + lineWidth + ", hatch=" + hatch
				+ ", symbol=" + symbol + "/" + symbolSize + "]";
	}
}
