package org.minplan.core.geometry;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/** The point used to decide which 3° zone a geometry belongs to. */
final class GeometryCentre {

	private GeometryCentre() {
	}

	/**
	 * @return the centroid; for a self-intersecting polygon whose area nearly cancels out (a bow-tie) the
	 *         centroid is numerically meaningless and may lie far away, so then the centre of the bounding
	 *         box
	 */
	static Coordinate of(Geometry geometry) {
		Coordinate centroid = geometry.getCentroid().getCoordinate();
		Envelope box = geometry.getEnvelopeInternal();
		return centroid != null && box.covers(centroid) ? centroid : box.centre();
	}
}
