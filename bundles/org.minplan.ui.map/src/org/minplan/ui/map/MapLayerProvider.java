package org.minplan.ui.map;

import java.util.List;
import java.util.Optional;

import org.minplan.model.Plan;
import org.minplan.model.SpatialElement;
import org.minplan.model.spatial.Shape;

/**
 * A layer of the map (图层): which elements of the plan it draws and how, the way a Sirius viewpoint adds a
 * layer to a diagram. Contributed through the extension point {@code org.minplan.ui.map.layers} (element
 * {@code layer}), which also gives the layer's name, drawing order, default visibility, opacity, label scale
 * and whether its elements may be edited on the map.
 * <p>
 * The map asks again whenever the plan changes, so an implementation keeps no state of its own; its methods
 * are called on the UI thread while drawing and must be quick.
 */
public interface MapLayerProvider {

	/** @return the elements of {@code plan} this layer draws (elements without geometry are skipped) */
	List<? extends SpatialElement> elements(Plan plan);

	/** @return how {@code element} is drawn before any conditional colouring */
	MapStyle style(SpatialElement element);

	/** @return the legend lines of this layer for {@code plan} (often one; one per grade or symbol) */
	List<LegendEntry> legend(Plan plan);

	/** @return the text written on the map next to {@code element}, empty for none */
	default Optional<String> label(SpatialElement element) {
		String code = element.getCode();
		if (code != null && !code.isBlank()) {
			return Optional.of(code);
		}
		return Optional.ofNullable(element.getName()).filter(n -> !n.isBlank());
	}

	/** @return the geometry drawn for {@code element}; by default its {@code geometry} */
	default Optional<Shape> geometry(SpatialElement element) {
		return Optional.ofNullable(element.getGeometry());
	}

	/**
	 * @return whether a conditional colouring ("colour by mineral", "by county", "by severity") may replace the
	 *         fill of this layer's elements; false for reference layers such as boundaries
	 */
	default boolean recolourable() {
		return true;
	}
}
