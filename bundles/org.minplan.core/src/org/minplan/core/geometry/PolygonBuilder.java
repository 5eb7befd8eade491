package org.minplan.core.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Makes a closed JTS polygon from the corner points (拐点) of one ring, e.g. those of
 * {@link CoordinateText#parse}. Counties often omit the closing vertex: the ring is then closed by
 * repeating the first vertex, and {@link Result#autoClosed()} plus a
 * {@link GeometryFinding.Code#RING_AUTO_CLOSED} finding tell validators so.
 */
public final class PolygonBuilder {

	/**
	 * @param polygon    the polygon, SRID = the EPSG code of its {@link Crs}; empty when fewer than 3
	 *                   distinct vertices were given
	 * @param autoClosed whether the first vertex was appended to close the ring
	 * @param findings   what users should know: axis order, auto-closing, too few vertices
	 */
	public record Result(Optional<Polygon> polygon, boolean autoClosed, List<GeometryFinding> findings) {
		public Result {
			findings = List.copyOf(findings);
		}
	}

	private PolygonBuilder() {
	}

	/** @return the polygon of parsed coordinate text, with the parser's findings (e.g. swapped order) first */
	public static Result build(ParsedCoordinates parsed) {
		Result result = build(parsed.vertices(), parsed.crs());
		List<GeometryFinding> findings = new ArrayList<>(parsed.findings());
		findings.addAll(result.findings());
		return new Result(result.polygon(), result.autoClosed(), findings);
	}

	/**
	 * @param vertices the ring's vertices in API axis order, closed or not
	 * @param crs      their system (becomes the polygon's SRID)
	 */
	public static Result build(List<Coordinate> vertices, Crs crs) {
		List<GeometryFinding> tooFew = GeometryChecks.enoughVertices(vertices);
		if (!tooFew.isEmpty()) {
			return new Result(Optional.empty(), false, tooFew);
		}
		List<Coordinate> ring = new ArrayList<>(vertices);
		Coordinate first = vertices.get(0);
		Coordinate last = vertices.get(vertices.size() - 1);
		boolean autoClosed = !first.equals2D(last);
		List<GeometryFinding> findings = new ArrayList<>();
		if (autoClosed) {
			ring.add(first.copy());
			findings.add(GeometryFinding.at(last, GeometryFinding.Code.RING_AUTO_CLOSED,
					Integer.toString(vertices.size()), CoordinateText.describe(first, crs)));
		}
		GeometryFactory factory = new GeometryFactory(new PrecisionModel(), crs.epsg());
		Polygon polygon = factory.createPolygon(ring.toArray(Coordinate[]::new));
		return new Result(Optional.of(polygon), autoClosed, findings);
	}
}
