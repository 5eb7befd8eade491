package org.minplan.render;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

/**
 * What map to draw: the extent, the sheet's size and resolution, the layers, the elements to highlight (drawn in
 * red, e.g. the element of a validation finding) and the map furniture (图廓要素): title, legend, scale bar, north
 * arrow, county names, labels. Immutable; made with {@link #builder()}.
 *
 * @param extent      the part of the plan shown
 * @param widthPx     sheet width in pixels
 * @param heightPx    sheet height in pixels
 * @param dpi         resolution; line widths, symbols and fonts are sized for print at this resolution, and the
 *                    stated scale 1:N assumes the sheet printed at it
 * @param layers      the layers drawn
 * @param highlighted elements drawn in red over everything else
 * @param title       the title printed above the map, or null for none
 * @param legend      whether a legend (图例) is drawn right of the map
 * @param scaleBar    whether a scale bar with the scale 1:N is drawn
 * @param northArrow  whether a north arrow (指北针) is drawn
 * @param countyNames whether county names are written (even when other labels are off)
 * @param labels      whether elements other than counties are labelled (non-overlapping)
 * @param locale      language of the furniture (legend, scale, notes)
 */
public record MapRequest(MapExtent extent, int widthPx, int heightPx, int dpi, Set<MapLayer> layers,
		List<EObject> highlighted, String title, boolean legend, boolean scaleBar, boolean northArrow,
		boolean countyNames, boolean labels, Locale locale) {

	/** Largest sheet side in pixels. */
	public static final int MAX_PIXELS = 12_000;

	/** Checks the size and copies the collections. */
	public MapRequest {
		if (widthPx < 64 || heightPx < 64 || widthPx > MAX_PIXELS || heightPx > MAX_PIXELS) {
			throw new IllegalArgumentException(
					"map size " + widthPx + " x " + heightPx + " px: each side must be 64 to " + MAX_PIXELS + " px");
		}
		if (dpi < 36 || dpi > 1200) {
			throw new IllegalArgumentException("map resolution " + dpi + " dpi: expected 36 to 1200 dpi");
		}
		layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
		highlighted = List.copyOf(highlighted);
	}

	/** @return the title, empty for none */
	public Optional<String> optionalTitle() {
		return Optional.ofNullable(title).filter(t -> !t.isBlank());
	}

	/** @return a builder with the defaults: whole plan, 1600 × 1200 px at 150 dpi, all layers, all furniture */
	public static Builder builder() {
		return new Builder();
	}

	/** Builds a {@link MapRequest}. */
	public static final class Builder {
		private MapExtent extent = MapExtent.wholePlan();
		private int width = 1600;
		private int height = 1200;
		private int dpi = 150;
		private Set<MapLayer> layers = EnumSet.allOf(MapLayer.class);
		private List<EObject> highlighted = List.of();
		private String title;
		private boolean legend = true;
		private boolean scaleBar = true;
		private boolean northArrow = true;
		private boolean countyNames = true;
		private boolean labels = true;
		private Locale locale = Locale.getDefault();

		private Builder() {
		}

		/** @return this, showing {@code value} */
		public Builder extent(MapExtent value) {
			extent = value;
			return this;
		}

		/** @return this, with a sheet of {@code w} × {@code h} pixels at {@code resolution} dpi */
		public Builder pixels(int w, int h, int resolution) {
			width = w;
			height = h;
			dpi = resolution;
			return this;
		}

		/** @return this, with a sheet of {@code wMm} × {@code hMm} millimetres at {@code resolution} dpi */
		public Builder millimetres(double wMm, double hMm, int resolution) {
			width = (int) Math.round(wMm / 25.4 * resolution);
			height = (int) Math.round(hMm / 25.4 * resolution);
			dpi = resolution;
			return this;
		}

		/** @return this, drawing only {@code value} */
		public Builder layers(Collection<MapLayer> value) {
			layers = value.isEmpty() ? EnumSet.noneOf(MapLayer.class) : EnumSet.copyOf(value);
			return this;
		}

		/** @return this, highlighting {@code elements} in red */
		public Builder highlight(Collection<? extends EObject> elements) {
			highlighted = List.copyOf(elements);
			return this;
		}

		/** @return this, with a title above the map (null for none) */
		public Builder title(String value) {
			title = value;
			return this;
		}

		/** @return this, with or without the legend */
		public Builder legend(boolean value) {
			legend = value;
			return this;
		}

		/** @return this, with or without the scale bar */
		public Builder scaleBar(boolean value) {
			scaleBar = value;
			return this;
		}

		/** @return this, with or without the north arrow */
		public Builder northArrow(boolean value) {
			northArrow = value;
			return this;
		}

		/** @return this, with or without county names */
		public Builder countyNames(boolean value) {
			countyNames = value;
			return this;
		}

		/** @return this, with or without labels of other elements */
		public Builder labels(boolean value) {
			labels = value;
			return this;
		}

		/** @return this, with the furniture's texts in {@code value} */
		public Builder locale(Locale value) {
			locale = value;
			return this;
		}

		/** @return the request */
		public MapRequest build() {
			return new MapRequest(extent, width, height, dpi, layers, highlighted, title, legend, scaleBar,
					northArrow, countyNames, labels, locale);
		}
	}
}
