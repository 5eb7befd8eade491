package org.minplan.validation;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.minplan.core.geometry.Crs;
import org.minplan.model.SpatialElement;

/**
 * The plan's geometries on one plane, with a spatial index, for spatial rules. Every geometry is
 * transformed once into the {@link #plane()} — the Gauss–Krüger 3° zone (without prefix) that most of the
 * plan's geometries use — so that elements given in different zones or in longitude/latitude can be
 * compared; shared vertices stay shared, so blocks that only touch do not overlap on the plane either.
 * Areas on the plane are within a few 0.1 ‰ of the areas {@link org.minplan.core.geometry.AreaCalculator}
 * computes in each element's own zone.
 * <p>
 * Queries go through a JTS {@code STRtree} per model class (kept current after edits), never through all
 * pairs. Geometries that cannot be placed (unknown coordinate system, coordinates outside China's zones)
 * are absent here; the integrity rules report them.
 */
public interface PlanSpace {

	/** @return the common plane, e.g. CGCS2000 3° Gauss–Krüger, central meridian 84°E (EPSG:4537) */
	Crs plane();

	/** @return the element's geometry on the plane (do not modify), if it has one that can be placed */
	Optional<Geometry> geometry(SpatialElement element);

	/**
	 * @return a geometry given in a plan coordinate system (e.g. the location of a problem in an element's
	 *         own coordinates) placed on the plane; empty if it cannot be
	 */
	Optional<Geometry> place(Geometry geometry, int srid);

	/** @return the prepared geometry for fast repeated predicates (intersects, covers) */
	Optional<PreparedGeometry> prepared(SpatialElement element);

	/**
	 * @param type     a model class, e.g. {@code MinplanPackage.Literals.BLOCK} (subclasses included)
	 * @param envelope an extent on the plane
	 * @return the elements of that type whose geometry's envelope meets the extent (candidates: test them
	 *         with {@link #prepared} or {@link #interiorsIntersect})
	 */
	<T extends SpatialElement> List<T> candidates(EClass type, Envelope envelope);

	/**
	 * @return whether the interiors of two areal geometries intersect — they overlap in a region, not just
	 *         along a shared edge or at a corner (DE-9IM {@code T********}); false if either has no geometry
	 */
	boolean interiorsIntersect(SpatialElement a, SpatialElement b);

	/**
	 * @return the area on the plane where the two geometries overlap (m²), and its shape; empty if they do
	 *         not overlap or the overlap cannot be computed (invalid geometry)
	 */
	Optional<Geometry> overlap(SpatialElement a, SpatialElement b);
}
