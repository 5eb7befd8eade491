package org.minplan.importer.gis.internal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.minplan.importer.read.SourceLocation;

/**
 * Decodes the content of one .shp record (little-endian, after the 8-byte record header) as the ESRI
 * Shapefile Technical Description (1998) lays it out. Z and M variants are read for their x/y only. Every
 * count is checked against the record's length before anything is allocated.
 */
public final class ShapeDecoder {

	public static final int NULL = 0;
	public static final int POINT = 1;
	public static final int POLYLINE = 3;
	public static final int POLYGON = 5;
	public static final int MULTIPOINT = 8;

	private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(0, "Null"), Map.entry(1, "Point"),
			Map.entry(3, "PolyLine"), Map.entry(5, "Polygon"), Map.entry(8, "MultiPoint"), Map.entry(11, "PointZ"),
			Map.entry(13, "PolyLineZ"), Map.entry(15, "PolygonZ"), Map.entry(18, "MultiPointZ"),
			Map.entry(21, "PointM"), Map.entry(23, "PolyLineM"), Map.entry(25, "PolygonM"),
			Map.entry(28, "MultiPointM"), Map.entry(31, "MultiPatch"));

	private static final int BOX_END = 36;
	private static final int POINT_BYTES = 16;

	/** The geometry of a record, or null for a Null shape; {@code ok} is false when a problem was reported. */
	public record Decoded(Geometry geometry, boolean ok) {
	}

	private final GeometryFactory factory;
	private final Problems problems;

	public ShapeDecoder(GeometryFactory factory, Problems problems) {
		this.factory = factory;
		this.problems = problems;
	}

	/** @return the shape type's name as the specification spells it, e.g. PolygonZ, or its number */
	public static String name(int type) {
		return NAMES.getOrDefault(type, Integer.toString(type));
	}

	/** @return the 2D base type (Point, PolyLine, Polygon, MultiPoint) of a supported type, or -1 */
	public static int baseType(int type) {
		return switch (type) {
		case 0 -> NULL;
		case 1, 11, 21 -> POINT;
		case 3, 13, 23 -> POLYLINE;
		case 5, 15, 25 -> POLYGON;
		case 8, 18, 28 -> MULTIPOINT;
		default -> -1;
		};
	}

	/**
	 * @param content  the record content, little-endian, position 0, limit = content length
	 * @param fileType the shape type of the file header
	 */
	public Decoded decode(ByteBuffer content, int fileType, SourceLocation where) {
		if (content.remaining() < 4) {
			return fail(where, content.remaining() + " B", problems.text("expected.shapeType"),
					problems.text("shp.recordTooShort"));
		}
		int type = content.getInt(0);
		int base = baseType(type);
		if (base == NULL) {
			problems.warning(where, null, null, problems.text("shp.nullShape"));
			return new Decoded(null, true);
		}
		if (base < 0 || base != baseType(fileType)) {
			return fail(where, name(type), name(fileType), problems.text("shp.wrongShapeType", name(fileType)));
		}
		return switch (base) {
		case POINT -> point(content, where);
		case MULTIPOINT -> multiPoint(content, where);
		default -> parts(content, base == POLYGON, where);
		};
	}

	private Decoded point(ByteBuffer content, SourceLocation where) {
		if (content.remaining() < 4 + POINT_BYTES) {
			return tooShort(where, content.remaining(), 4 + POINT_BYTES);
		}
		return new Decoded(factory.createPoint(new Coordinate(content.getDouble(4), content.getDouble(12))), true);
	}

	private Decoded multiPoint(ByteBuffer content, SourceLocation where) {
		if (content.remaining() < BOX_END + 4) {
			return tooShort(where, content.remaining(), BOX_END + 4);
		}
		int count = content.getInt(BOX_END);
		long needed = BOX_END + 4 + (long) POINT_BYTES * count;
		if (count < 0 || needed > content.remaining()) {
			return tooShort(where, content.remaining(), needed);
		}
		Coordinate[] points = readPoints(content, BOX_END + 4, count);
		return new Decoded(factory.createMultiPointFromCoords(points), true);
	}

	private Decoded parts(ByteBuffer content, boolean polygon, SourceLocation where) {
		int header = BOX_END + 8;
		if (content.remaining() < header) {
			return tooShort(where, content.remaining(), header);
		}
		int partCount = content.getInt(BOX_END);
		int pointCount = content.getInt(BOX_END + 4);
		long needed = header + 4L * partCount + (long) POINT_BYTES * pointCount;
		if (partCount < 0 || pointCount < 0 || needed > content.remaining()) {
			return tooShort(where, content.remaining(), needed);
		}
		if (partCount == 0) {
			problems.warning(where, null, null, problems.text("shp.nullShape"));
			return new Decoded(null, true);
		}
		int[] starts = new int[partCount + 1];
		for (int i = 0; i < partCount; i++) {
			starts[i] = content.getInt(header + 4 * i);
			if (starts[i] < 0 || starts[i] > pointCount || (i == 0 ? starts[i] != 0 : starts[i] < starts[i - 1])) {
				return fail(where, Integer.toString(starts[i]), problems.text("expected.partStart", i + 1, pointCount),
						problems.text("shp.badPartIndex", i + 1));
			}
		}
		starts[partCount] = pointCount;
		Coordinate[] all = readPoints(content, header + 4 * partCount, pointCount);
		List<Coordinate[]> parts = new ArrayList<>();
		boolean ok = true;
		for (int i = 0; i < partCount; i++) {
			Coordinate[] part = Arrays.copyOfRange(all, starts[i], starts[i + 1]);
			if (polygon) {
				part = ring(part, i + 1, where);
				ok &= part != null;
			} else if (part.length < 2) {
				fail(where, problems.text("found.points", part.length), problems.text("expected.line"),
						problems.text("shp.shortPart", i + 1));
				ok = false;
			}
			parts.add(part);
		}
		if (!ok) {
			return new Decoded(null, false);
		}
		if (polygon) {
			return new Decoded(RingAssembler.assemble(parts, factory), true);
		}
		LineString[] lines = parts.stream().map(factory::createLineString).toArray(LineString[]::new);
		return new Decoded(lines.length == 1 ? lines[0] : factory.createMultiLineString(lines), true);
	}

	/** @return the ring, closed when it was not (with a warning), or null when it has too few points */
	private Coordinate[] ring(Coordinate[] ring, int number, SourceLocation where) {
		if (ring.length > 0 && !ring[0].equals2D(ring[ring.length - 1])) {
			problems.warning(where, CoordinateRange.text(ring[ring.length - 1]), CoordinateRange.text(ring[0]),
					problems.text("shp.ringNotClosed", number));
			ring = Arrays.copyOf(ring, ring.length + 1);
			ring[ring.length - 1] = ring[0].copy();
		}
		if (ring.length < 4) {
			fail(where, problems.text("found.points", ring.length), problems.text("expected.ring"),
					problems.text("shp.shortRing", number));
			return null;
		}
		return ring;
	}

	private static Coordinate[] readPoints(ByteBuffer content, int offset, int count) {
		Coordinate[] points = new Coordinate[count];
		for (int i = 0; i < count; i++) {
			int at = offset + POINT_BYTES * i;
			points[i] = new Coordinate(content.getDouble(at), content.getDouble(at + 8));
		}
		return points;
	}

	private Decoded tooShort(SourceLocation where, int length, long needed) {
		return fail(where, problems.text("found.bytes", Integer.toString(length)),
				problems.text("expected.bytes", Long.toString(needed)),
				problems.text("shp.countsBeyondRecord"));
	}

	private Decoded fail(SourceLocation where, String found, String expected, String detail) {
		problems.error(where, found, expected, detail);
		return new Decoded(null, false);
	}
}
