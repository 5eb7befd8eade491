package org.minplan.ui.map;

/**
 * One line of the map legend (图例): a swatch drawn in {@code style} and its text.
 *
 * @param label the text, in the user's language
 * @param style how the swatch is drawn: an area swatch, or a point symbol when {@code style.symbolSize() > 0}
 */
public record LegendEntry(String label, MapStyle style) {
}
