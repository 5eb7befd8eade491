package org.minplan.core.geometry;

import java.util.List;

import org.locationtech.jts.geom.Coordinate;

/**
 * The vertices read from coordinate text, in API axis order (x = easting or longitude, y = northing or
 * latitude), and how the order of the two numbers in the text was decided.
 *
 * @param crs       the system the text was read in
 * @param vertices  the vertices in the order written; not closed unless the text repeats the first
 * @param axisOrder how the two numbers of each vertex were assigned
 */
public record ParsedCoordinates(Crs crs, List<Coordinate> vertices, AxisOrder axisOrder) {

	/** How the two numbers of each vertex were assigned to their parts. */
	public enum AxisOrder {
		/** As convention says: X (northing), Y (easting); or longitude, latitude. */
		CONVENTIONAL,
		/** The values show the reverse order (easting first, or latitude first); read that way. */
		SWAPPED,
		/** The values fit either order; the convention was assumed. */
		AMBIGUOUS
	}

	public ParsedCoordinates {
		vertices = vertices.stream().map(Coordinate::copy).toList();
	}

	/** @return copies of the vertices ({@link Coordinate} is mutable) */
	@Override
	public List<Coordinate> vertices() {
		return vertices.stream().map(Coordinate::copy).toList();
	}

	/** @return a finding when the order was swapped or ambiguous, for importers to show; else empty */
	public List<GeometryFinding> findings() {
		return switch (axisOrder) {
		case CONVENTIONAL -> List.of();
		case SWAPPED -> List.of(GeometryFinding.of(GeometryFinding.Code.AXIS_ORDER_SWAPPED));
		case AMBIGUOUS -> List.of(GeometryFinding.of(GeometryFinding.Code.AXIS_ORDER_AMBIGUOUS));
		};
	}
}
