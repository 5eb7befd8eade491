package org.minplan.ui.map.internal.render;

import java.util.Optional;

import org.eclipse.swt.graphics.RGB;
import org.minplan.model.SpatialElement;
import org.minplan.ui.map.MapColouring;
import org.minplan.ui.map.MapStyle;

/** The style an element is drawn in: its layer's style, recoloured by the chosen conditional colouring. */
public final class Styling {

	private MapColouring colouring;

	/** @return the chosen colouring, empty for the layers' own colours */
	public Optional<MapColouring> colouring() {
		return Optional.ofNullable(colouring);
	}

	/** @param colouring the colouring to apply, null for the layers' own colours */
	public void setColouring(MapColouring colouring) {
		this.colouring = colouring;
	}

	/** @return how {@code feature} of {@code layer} is drawn */
	public MapStyle style(MapContent.Layer layer, MapFeature feature) {
		SpatialElement element = feature.element();
		MapStyle style = layer.descriptor().provider().style(element);
		if (colouring == null) {
			return style;
		}
		if (layer.descriptor().provider().recolourable()) {
			Optional<RGB> colour = colouring.colour(element);
			if (colour.isPresent()) {
				style = feature.isPoint() ? style.withFill(colour.get())
						: style.withFill(colour.get()).withFillAlpha(Math.max(style.fillAlpha(), 150));
			}
		}
		return style;
	}
}
