package org.minplan.ui.map.internal.edit;

import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.TopologyException;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Plan;
import org.minplan.model.spatial.Shape;
import org.minplan.ui.map.internal.layers.CountyLayer;
import org.minplan.ui.map.internal.render.DisplayCrs;
import org.minplan.ui.map.internal.render.MapFeature;

/**
 * Which county-level unit (县级行政区) a new element lies in: the one whose boundary
 * ({@code AdministrativeDivision.geometry}) covers most of it.
 */
public final class CountyLocator {

	private final DisplayCrs crs;
	/** Boundaries in display coordinates, per boundary value (a changed boundary is a new value). */
	private final Map<Shape, Geometry> boundaries = new WeakHashMap<>();

	public CountyLocator(DisplayCrs crs) {
		this.crs = crs;
	}

	/**
	 * @param displayGeometry the element's geometry in display coordinates
	 * @return the county covering most of it, empty when it lies in none
	 */
	public Optional<AdministrativeDivision> countyOf(Plan plan, Geometry displayGeometry) {
		AdministrativeDivision best = null;
		double bestShare = 0;
		for (AdministrativeDivision d : plan.getDivisions()) {
			if (!CountyLayer.isCountyLevel(d) || d.getGeometry() == null) {
				continue;
			}
			Optional<Geometry> boundary = boundary(d);
			if (boundary.isEmpty()
					|| !boundary.get().getEnvelopeInternal().intersects(displayGeometry.getEnvelopeInternal())) {
				continue;
			}
			double share = share(boundary.get(), displayGeometry);
			if (share > bestShare) {
				bestShare = share;
				best = d;
			}
		}
		return Optional.ofNullable(best);
	}

	private static double share(Geometry boundary, Geometry element) {
		if (element.getDimension() == 0) {
			return boundary.covers(element) ? 1 : 0;
		}
		try {
			return boundary.intersection(element).getArea();
		} catch (TopologyException e) {
			return boundary.covers(element.getInteriorPoint()) ? element.getArea() : 0;
		}
	}

	private Optional<Geometry> boundary(AdministrativeDivision d) {
		Shape shape = d.getGeometry();
		Geometry cached = boundaries.get(shape);
		if (cached == null) {
			Optional<MapFeature> f = MapFeature.of(d, shape, crs, true, 0);
			if (f.isEmpty() || f.get().isPoint()) {
				return Optional.empty();
			}
			cached = ShapeGeometry.ofFeature(f.get());
			boundaries.put(shape, cached);
		}
		return Optional.of(cached);
	}
}
