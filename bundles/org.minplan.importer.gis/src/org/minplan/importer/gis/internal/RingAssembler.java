package org.minplan.importer.gis.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns the rings of an ESRI Polygon shape into polygons with holes. The shapefile specification says outer
 * rings (shells) run clockwise and holes counter-clockwise; each hole belongs to the smallest shell that
 * contains it. A hole inside no shell is kept as a polygon of its own (some writers get the orientation
 * wrong). When no ring runs clockwise at all, the orientation is not trusted and nesting decides: a ring
 * inside an even number of others is a shell, inside an odd number a hole.
 */
public final class RingAssembler {

	private RingAssembler() {
	}

	/**
	 * @param rings closed rings of at least 4 coordinates, in file order
	 * @return a Polygon for one shell, else a MultiPolygon
	 */
	public static Geometry assemble(List<Coordinate[]> rings, GeometryFactory factory) {
		List<Ring> all = new ArrayList<>();
		for (Coordinate[] ring : rings) {
			all.add(new Ring(ring, Area.ofRingSigned(ring), envelope(ring)));
		}
		boolean anyClockwise = all.stream().anyMatch(ring -> ring.signedArea > 0);
		List<Ring> shells = new ArrayList<>();
		List<Ring> holes = new ArrayList<>();
		for (Ring ring : all) {
			boolean shell = anyClockwise ? ring.signedArea > 0 : containers(ring, all).size() % 2 == 0;
			(shell ? shells : holes).add(ring);
		}
		List<List<Ring>> holesOfShell = new ArrayList<>();
		shells.forEach(shell -> holesOfShell.add(new ArrayList<>()));
		for (Ring hole : holes) {
			Ring owner = containers(hole, shells).stream()
					.min(Comparator.comparingDouble(shell -> Math.abs(shell.signedArea))).orElse(null);
			if (owner == null) {
				shells.add(hole);
				holesOfShell.add(new ArrayList<>());
			} else {
				holesOfShell.get(shells.indexOf(owner)).add(hole);
			}
		}
		Polygon[] polygons = new Polygon[shells.size()];
		for (int i = 0; i < polygons.length; i++) {
			LinearRing[] inner = holesOfShell.get(i).stream().map(hole -> factory.createLinearRing(hole.coordinates))
					.toArray(LinearRing[]::new);
			polygons[i] = factory.createPolygon(factory.createLinearRing(shells.get(i).coordinates), inner);
		}
		return polygons.length == 1 ? polygons[0] : factory.createMultiPolygon(polygons);
	}

	/** @return the rings among {@code candidates} (other than {@code ring}) that contain it */
	private static List<Ring> containers(Ring ring, List<Ring> candidates) {
		List<Ring> containers = new ArrayList<>();
		for (Ring candidate : candidates) {
			if (candidate != ring && candidate.envelope.covers(ring.envelope) && contains(candidate, ring)) {
				containers.add(candidate);
			}
		}
		return containers;
	}

	/** A ring is inside another when its first vertex not on the other's boundary is inside it. */
	private static boolean contains(Ring outer, Ring inner) {
		for (Coordinate vertex : inner.coordinates) {
			if (!PointLocation.isOnLine(vertex, outer.coordinates)) {
				return PointLocation.isInRing(vertex, outer.coordinates);
			}
		}
		return false;
	}

	private static Envelope envelope(Coordinate[] ring) {
		Envelope envelope = new Envelope();
		for (Coordinate c : ring) {
			envelope.expandToInclude(c);
		}
		return envelope;
	}

	/** signedArea: positive for clockwise rings (JTS's convention). */
	private record Ring(Coordinate[] coordinates, double signedArea, Envelope envelope) {
	}
}
