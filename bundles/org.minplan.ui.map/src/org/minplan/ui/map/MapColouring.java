package org.minplan.ui.map;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.graphics.RGB;
import org.minplan.model.SpatialElement;

/**
 * A conditional style (条件样式): colours the elements of recolourable layers by some property — mineral,
 * county, validation severity — instead of their layer's colour. Contributed through the extension point
 * {@code org.minplan.ui.map.layers} (element {@code colouring}); the user picks one in the map's toolbar.
 * <p>
 * Called on the UI thread while drawing: answers must be quick.
 */
public interface MapColouring {

	/** @return the fill colour of {@code element}, empty to keep its layer's style */
	Optional<RGB> colour(SpatialElement element);

	/** @return legend lines explaining the colours used by {@code shown} (the elements being drawn) */
	List<LegendEntry> legend(Collection<? extends SpatialElement> shown);
}
