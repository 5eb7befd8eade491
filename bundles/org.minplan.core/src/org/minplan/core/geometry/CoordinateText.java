package org.minplan.core.geometry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Coordinate;

/**
 * The coordinate strings counties submit for a block's corner points (拐点坐标):
 * {@code "X1,Y1;X2,Y2;…"} — vertices separated by {@code ;}, the two numbers of a vertex by {@code ,}.
 * <p>
 * Reading is tolerant where no information is lost: spaces, full-width punctuation and digits
 * ({@code ，；０-９}), a trailing {@code ;}, line breaks (CR/LF, also between vertices). It is strict
 * where a guess could be wrong, and then names the vertex, the part, the text found and what was
 * expected ({@link CoordinateFormatException}).
 * <ul>
 * <li>Gauss–Krüger: X = northing, Y = easting in metres (the Chinese surveying convention). If the values
 * show the reverse order — northings are 300 000–6 200 000, eastings with zone prefix
 * 25 100 000–45 900 000, without prefix 100 000–900 000 — the text is read swapped and
 * {@link ParsedCoordinates#axisOrder()} says so; if they fit both orders (only possible without prefix,
 * south of about 8°N) the convention is assumed and reported as ambiguous.</li>
 * <li>Longitude/latitude: longitude first (swapped order is detected the same way), each in decimal
 * degrees or degrees-minutes-seconds: {@code 84°30'15.5"}, {@code 84°30′15.5″}, {@code 84度30分15.5秒},
 * {@code 84:30:15.5}, packed {@code 843015.5} (5–7 digits before the point).</li>
 * </ul>
 * Writing produces the same conventions, so {@code parse(format(v))} gives {@code v} back rounded to
 * the decimals written.
 */
public final class CoordinateText {

	private static final String VERTEX_SEPARATOR = ";";
	private static final String NUMBER_SEPARATOR = ",";
	private static final int DESCRIBE_METRE_DECIMALS = 2;
	private static final int DESCRIBE_DEGREE_DECIMALS = 6;

	private CoordinateText() {
	}

	/**
	 * @param text coordinate text as submitted
	 * @param crs  the system the submission declares
	 * @return the vertices in API axis order (x = easting or longitude), not closed unless the text repeats
	 *         the first vertex; see {@link PolygonBuilder} to make a polygon
	 * @throws CoordinateFormatException naming the first vertex and part that cannot be read
	 */
	public static ParsedCoordinates parse(String text, Crs crs) throws CoordinateFormatException {
		return new CoordinateTextParser(crs).parse(text);
	}

	/**
	 * @param vertices in API axis order
	 * @param decimals decimals written: of metres for Gauss–Krüger (2 = centimetres), of degrees for
	 *                 longitude/latitude (6 ≈ 0.1 m)
	 * @return e.g. {@code 5096572.22,28422536.83;5096600.00,28422600.00} (X = northing first) or
	 *         {@code 84.000000,46.000000;…} (longitude first)
	 */
	public static String format(List<Coordinate> vertices, Crs crs, int decimals) {
		Function<Coordinate, String> vertex = crs.isGeographic()
				? c -> decimal(c.x, decimals) + NUMBER_SEPARATOR + decimal(c.y, decimals)
				: c -> decimal(c.y, decimals) + NUMBER_SEPARATOR + decimal(c.x, decimals);
		return vertices.stream().map(vertex).collect(Collectors.joining(VERTEX_SEPARATOR));
	}

	/**
	 * @param lonLatVertices longitude/latitude vertices (x = longitude)
	 * @param secondDecimals decimals of the seconds (2 ≈ 0.3 m)
	 * @return e.g. {@code 84°30'15.50",46°05'00.00";…}
	 */
	public static String formatDms(List<Coordinate> lonLatVertices, int secondDecimals) {
		requireDecimals(secondDecimals);
		return lonLatVertices.stream()
				.map(c -> AngleText.formatDms(c.x, secondDecimals) + NUMBER_SEPARATOR
						+ AngleText.formatDms(c.y, secondDecimals))
				.collect(Collectors.joining(VERTEX_SEPARATOR));
	}

	/** @return one coordinate for messages: {@code X=5096572.22, Y=28422536.83} or {@code 84.000000°E, 46.000000°N} */
	static String describe(Coordinate c, Crs crs) {
		if (crs.isGeographic()) {
			return decimal(c.x, DESCRIBE_DEGREE_DECIMALS) + "°E, " + decimal(c.y, DESCRIBE_DEGREE_DECIMALS) + "°N";
		}
		return "X=" + decimal(c.y, DESCRIBE_METRE_DECIMALS) + ", Y=" + decimal(c.x, DESCRIBE_METRE_DECIMALS);
	}

	/** @return the value with exactly {@code decimals} decimals, never in exponent notation */
	static String decimal(double value, int decimals) {
		requireDecimals(decimals);
		return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
	}

	private static void requireDecimals(int decimals) {
		if (decimals < 0) {
			throw new IllegalArgumentException("Negative number of decimals: " + decimals);
		}
	}
}
