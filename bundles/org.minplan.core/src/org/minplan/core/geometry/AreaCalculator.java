package org.minplan.core.geometry;

import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * Area (面积) and length of plan geometries — blocks (区块), zones (规划分区), mine areas — in metres,
 * whatever {@link Crs} they are given in.
 * <ul>
 * <li>Gauss–Krüger input: the planar area on the projection, as Chinese plans and land surveys report
 * it. The projection enlarges areas by up to about 0.035 % at the edge of a 3° zone (scale factor
 * 1 + y²/2R², y ≤ 120 km at Tacheng's latitudes) and not at all on the central meridian.</li>
 * <li>Longitude/latitude input: edges are taken as straight lines in degrees (as a map in degrees
 * draws them, so a quadrangle's edges follow meridians and parallels); they are densified to
 * {@value #DENSIFY_DEGREES}° and the geometry is projected to the 3° Gauss–Krüger zone of its
 * centroid's longitude (no prefix), then measured as above. (For a self-intersecting polygon whose
 * centroid is meaningless, the centre of its bounding box decides the zone.)</li>
 * </ul>
 * Thread-safe, as {@link CrsTransformer} is.
 */
public final class AreaCalculator {

	/** Longest edge, in degrees, kept when projecting longitude/latitude geometries (about 1 km). */
	static final double DENSIFY_DEGREES = 0.01;

	private static final double SQUARE_METRES_PER_SQUARE_KILOMETRE = 1_000_000;
	private static final double SQUARE_METRES_PER_HECTARE = 10_000;

	private final CrsTransformer transformer;

	public AreaCalculator(CrsTransformer transformer) {
		this.transformer = transformer;
	}

	/**
	 * @param polygonal a Polygon or MultiPolygon
	 * @return the area in square metres (m²), 0 for an empty geometry
	 * @throws IllegalArgumentException if the geometry is not polygonal (a line has no area: asking for
	 *                                  one is a mistake, not 0), or lies outside China's zones 25–45
	 */
	public double squareMetres(Geometry polygonal, Crs crs) {
		if (!(polygonal instanceof Polygonal)) {
			throw new IllegalArgumentException("Area of a " + polygonal.getGeometryType()
					+ " asked for: only polygons have an area");
		}
		return planar(polygonal, crs).getArea();
	}

	/** @return the area in square kilometres (km², 平方千米); see {@link #squareMetres} */
	public double squareKilometres(Geometry polygonal, Crs crs) {
		return squareMetres(polygonal, crs) / SQUARE_METRES_PER_SQUARE_KILOMETRE;
	}

	/** @return the area in hectares (公顷, hm²); see {@link #squareMetres} */
	public double hectares(Geometry polygonal, Crs crs) {
		return squareMetres(polygonal, crs) / SQUARE_METRES_PER_HECTARE;
	}

	/**
	 * @return the length of a line, or the perimeter (周长) of a polygon (all rings), in metres
	 * @throws IllegalArgumentException if the geometry lies outside China's zones 25–45
	 */
	public double lengthMetres(Geometry geometry, Crs crs) {
		return planar(geometry, crs).getLength();
	}

	private Geometry planar(Geometry geometry, Crs crs) {
		if (!crs.isGeographic() || geometry.isEmpty()) {
			return geometry;
		}
		Crs zone = Crs.gaussKrueger3(Crs.zoneForLongitude(GeometryCentre.of(geometry).x), false);
		return transformer.transform(Densifier.densify(geometry, DENSIFY_DEGREES), crs, zone);
	}
}
