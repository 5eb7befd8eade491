package org.minplan.model.spatial;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An immutable geometry value of the plan model: a point, a polygon or a multipolygon in one coordinate
 * reference (EPSG code, e.g. 4490 for CGCS2000 lon/lat, 4516 for CGCS2000 Gauss–Krüger 3° zone 28 with
 * zone prefix).
 * <p>
 * Coordinates are (x, y) = (easting, northing) for projected references and (lon, lat) for geographic
 * ones. Rings are stored closed (first vertex repeated at the end) as they are in files. The text form is
 * EWKT ({@code SRID=4516;POLYGON((x y, x y, ...))}) with every coordinate written exactly, so a model saved
 * and loaded again has bit-identical coordinates.
 * <p>
 * Being a value, a shape is changed by making a new one ({@link #withVertex}, {@link #translated}); an edit
 * on the map sets the new value through the command stack and undo restores the old one exactly.
 */
public final class Shape {

	/** The geometry types a plan uses. */
	public enum Kind {
		POINT, POLYGON, MULTIPOLYGON
	}

	private final int srid;
	private final Kind kind;
	/** polygons → rings → interleaved x,y. A point is one polygon with one ring of one vertex. */
	private final double[][][] parts;

	private Shape(int srid, Kind kind, double[][][] parts) {
		this.srid = srid;
		this.kind = kind;
		this.parts = parts;
	}

	/** A point. */
	public static Shape point(int srid, double x, double y) {
		return new Shape(srid, Kind.POINT, new double[][][] { { { x, y } } });
	}

	/**
	 * A polygon from its exterior ring and optional holes, each as interleaved x,y. Rings that are not
	 * closed are closed by repeating the first vertex.
	 */
	public static Shape polygon(int srid, double[]... rings) {
		return new Shape(srid, Kind.POLYGON, new double[][][] { closeAll(rings) });
	}

	/** A multipolygon; each element of {@code polygons} is a polygon's rings. */
	public static Shape multiPolygon(int srid, double[][]... polygons) {
		double[][][] parts = new double[polygons.length][][];
		for (int i = 0; i < polygons.length; i++) {
			parts[i] = closeAll(polygons[i]);
		}
		return new Shape(srid, Kind.MULTIPOLYGON, parts);
	}

	private static double[][] closeAll(double[][] rings) {
		double[][] closed = new double[rings.length][];
		for (int i = 0; i < rings.length; i++) {
			double[] r = rings[i];
			if (r.length < 2 || r.length % 2 != 0) {
				throw new IllegalArgumentException("a ring needs an even number of coordinates, got " + r.length);
			}
			int n = r.length;
			boolean isClosed = n >= 4 && r[0] == r[n - 2] && r[1] == r[n - 1];
			if (isClosed) {
				closed[i] = r.clone();
			} else {
				closed[i] = Arrays.copyOf(r, n + 2);
				closed[i][n] = r[0];
				closed[i][n + 1] = r[1];
			}
		}
		return closed;
	}

	/** @return the EPSG code of the coordinate reference */
	public int srid() {
		return srid;
	}

	/** @return point, polygon or multipolygon */
	public Kind kind() {
		return kind;
	}

	/** @return number of polygons (1 for a point or polygon) */
	public int polygonCount() {
		return parts.length;
	}

	/** @return number of rings of polygon {@code p} (1 = no holes) */
	public int ringCount(int p) {
		return parts[p].length;
	}

	/** @return a copy of ring {@code r} of polygon {@code p}, interleaved x,y, closed */
	public double[] ring(int p, int r) {
		return parts[p][r].clone();
	}

	/** @return the exterior ring of the first polygon (or the point), interleaved x,y */
	public double[] exterior() {
		return ring(0, 0);
	}

	/** @return x of a point, or of the first vertex */
	public double x() {
		return parts[0][0][0];
	}

	/** @return y of a point, or of the first vertex */
	public double y() {
		return parts[0][0][1];
	}

	/** @return total number of stored vertices (closing vertices included) */
	public int vertexCount() {
		int n = 0;
		for (double[][] polygon : parts) {
			for (double[] ring : polygon) {
				n += ring.length / 2;
			}
		}
		return n;
	}

	/** @return {minX, minY, maxX, maxY} */
	public double[] envelope() {
		double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
		double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
		for (double[][] polygon : parts) {
			for (double[] ring : polygon) {
				for (int i = 0; i < ring.length; i += 2) {
					minX = Math.min(minX, ring[i]);
					maxX = Math.max(maxX, ring[i]);
					minY = Math.min(minY, ring[i + 1]);
					maxY = Math.max(maxY, ring[i + 1]);
				}
			}
		}
		return new double[] { minX, minY, maxX, maxY };
	}

	/**
	 * @return a copy with vertex {@code v} of ring {@code r} of polygon {@code p} moved to (x, y); moving the
	 *         first vertex of a closed ring moves the closing vertex with it
	 */
	public Shape withVertex(int p, int r, int v, double x, double y) {
		double[][][] copy = deepCopy();
		double[] ring = copy[p][r];
		ring[2 * v] = x;
		ring[2 * v + 1] = y;
		int last = ring.length / 2 - 1;
		if (kind != Kind.POINT && (v == 0 || v == last)) {
			int other = v == 0 ? last : 0;
			ring[2 * other] = x;
			ring[2 * other + 1] = y;
		}
		return new Shape(srid, kind, copy);
	}

	/** @return a copy with a new vertex (x, y) inserted before vertex {@code v} of ring {@code r} */
	public Shape withInsertedVertex(int p, int r, int v, double x, double y) {
		double[][][] copy = deepCopy();
		double[] ring = copy[p][r];
		double[] grown = new double[ring.length + 2];
		System.arraycopy(ring, 0, grown, 0, 2 * v);
		grown[2 * v] = x;
		grown[2 * v + 1] = y;
		System.arraycopy(ring, 2 * v, grown, 2 * v + 2, ring.length - 2 * v);
		copy[p][r] = grown;
		return new Shape(srid, kind, copy);
	}

	/**
	 * @return a copy without vertex {@code v} of ring {@code r}; removing the first vertex of a closed ring
	 *         re-closes it on the new first vertex
	 * @throws IllegalArgumentException when the ring would have fewer than 3 distinct vertices
	 */
	public Shape withoutVertex(int p, int r, int v) {
		double[][][] copy = deepCopy();
		double[] ring = copy[p][r];
		int n = ring.length / 2;
		if (n - 2 < 3) {
			throw new IllegalArgumentException("a ring needs at least 3 distinct vertices");
		}
		List<double[]> vertices = new ArrayList<>();
		for (int i = 0; i < n - 1; i++) { // distinct vertices
			if (i != v % (n - 1)) {
				vertices.add(new double[] { ring[2 * i], ring[2 * i + 1] });
			}
		}
		double[] shrunk = new double[2 * vertices.size() + 2];
		for (int i = 0; i < vertices.size(); i++) {
			shrunk[2 * i] = vertices.get(i)[0];
			shrunk[2 * i + 1] = vertices.get(i)[1];
		}
		shrunk[shrunk.length - 2] = shrunk[0];
		shrunk[shrunk.length - 1] = shrunk[1];
		copy[p][r] = shrunk;
		return new Shape(srid, kind, copy);
	}

	/** @return a copy moved by (dx, dy) */
	public Shape translated(double dx, double dy) {
		double[][][] copy = deepCopy();
		for (double[][] polygon : copy) {
			for (double[] ring : polygon) {
				for (int i = 0; i < ring.length; i += 2) {
					ring[i] += dx;
					ring[i + 1] += dy;
				}
			}
		}
		return new Shape(srid, kind, copy);
	}

	private double[][][] deepCopy() {
		double[][][] copy = new double[parts.length][][];
		for (int p = 0; p < parts.length; p++) {
			copy[p] = new double[parts[p].length][];
			for (int r = 0; r < parts[p].length; r++) {
				copy[p][r] = parts[p][r].clone();
			}
		}
		return copy;
	}

	/** @return the EWKT text, e.g. {@code SRID=4490;POINT(84.5 46.2)} */
	@Override
	public String toString() {
		StringBuilder b = new StringBuilder(32 + vertexCount() * 24);
		b.append("SRID=").append(srid).append(';').append(kind.name());
		switch (kind) {
		case POINT -> {
			b.append('(');
			appendXY(b, parts[0][0], 0);
			b.append(')');
		}
		case POLYGON -> appendPolygon(b, parts[0]);
		case MULTIPOLYGON -> {
			b.append('(');
			for (int p = 0; p < parts.length; p++) {
				if (p > 0) {
					b.append(',');
				}
				appendPolygon(b, parts[p]);
			}
			b.append(')');
		}
		}
		return b.toString();
	}

	private static void appendPolygon(StringBuilder b, double[][] rings) {
		b.append('(');
		for (int r = 0; r < rings.length; r++) {
			if (r > 0) {
				b.append(',');
			}
			b.append('(');
			for (int i = 0; i < rings[r].length; i += 2) {
				if (i > 0) {
					b.append(',');
				}
				appendXY(b, rings[r], i);
			}
			b.append(')');
		}
		b.append(')');
	}

	private static void appendXY(StringBuilder b, double[] ring, int i) {
		b.append(plain(ring[i])).append(' ').append(plain(ring[i + 1]));
	}

	/** Shortest text that reads back to the same double, never in scientific notation. */
	private static String plain(double d) {
		String s = BigDecimal.valueOf(d).toPlainString();
		return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
	}

	/**
	 * Parses the EWKT text written by {@link #toString()} (used by EMF when a .minplan file is loaded).
	 *
	 * @throws IllegalArgumentException naming the position and what was expected
	 */
	public static Shape valueOf(String text) {
		return new EwktParser(text).parse();
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Shape s && s.srid == srid && s.kind == kind && Arrays.deepEquals(s.parts, parts);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * srid + kind.hashCode()) + Arrays.deepHashCode(parts);
	}

	/** Reads EWKT; small recursive-descent parser with messages a user can act on. */
	private static final class EwktParser {
		private final String text;
		private int pos;

		EwktParser(String text) {
			this.text = text == null ? "" : text;
		}

		Shape parse() {
			expectWord("SRID");
			expect('=');
			int srid = (int) number("an EPSG code after SRID=");
			expect(';');
			String word = word();
			Kind kind;
			try {
				kind = Kind.valueOf(word.toUpperCase(Locale.ROOT));
			} catch (IllegalArgumentException e) {
				throw error("POINT, POLYGON or MULTIPOLYGON", word);
			}
			double[][][] parts = switch (kind) {
			case POINT -> {
				expect('(');
				double x = number("x");
				double y = number("y");
				expect(')');
				yield new double[][][] { { { x, y } } };
			}
			case POLYGON -> new double[][][] { polygon() };
			case MULTIPOLYGON -> {
				List<double[][]> polygons = new ArrayList<>();
				expect('(');
				do {
					polygons.add(polygon());
				} while (accept(','));
				expect(')');
				yield polygons.toArray(new double[0][][]);
			}
			};
			skipSpace();
			if (pos != text.length()) {
				throw error("end of geometry", text.substring(pos));
			}
			return kind == Kind.POINT ? new Shape(srid, kind, parts) : new Shape(srid, kind, closeRings(parts));
		}

		private static double[][][] closeRings(double[][][] parts) {
			double[][][] closed = new double[parts.length][][];
			for (int i = 0; i < parts.length; i++) {
				closed[i] = closeAll(parts[i]);
			}
			return closed;
		}

		private double[][] polygon() {
			List<double[]> rings = new ArrayList<>();
			expect('(');
			do {
				rings.add(ring());
			} while (accept(','));
			expect(')');
			return rings.toArray(new double[0][]);
		}

		private double[] ring() {
			expect('(');
			List<Double> values = new ArrayList<>();
			do {
				values.add(number("x"));
				values.add(number("y"));
			} while (accept(','));
			expect(')');
			double[] ring = new double[values.size()];
			for (int i = 0; i < ring.length; i++) {
				ring[i] = values.get(i);
			}
			return ring;
		}

		private void skipSpace() {
			while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
				pos++;
			}
		}

		private boolean accept(char c) {
			skipSpace();
			if (pos < text.length() && text.charAt(pos) == c) {
				pos++;
				return true;
			}
			return false;
		}

		private void expect(char c) {
			if (!accept(c)) {
				throw error("'" + c + "'", pos < text.length() ? String.valueOf(text.charAt(pos)) : "end of text");
			}
		}

		private String word() {
			skipSpace();
			int start = pos;
			while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
				pos++;
			}
			return text.substring(start, pos);
		}

		private void expectWord(String w) {
			String found = word();
			if (!found.equalsIgnoreCase(w)) {
				throw error(w, found.isEmpty() ? "nothing" : found);
			}
		}

		private double number(String what) {
			skipSpace();
			int start = pos;
			while (pos < text.length() && "+-.0123456789eE".indexOf(text.charAt(pos)) >= 0) {
				pos++;
			}
			String token = text.substring(start, pos);
			try {
				double d = Double.parseDouble(token);
				if (!Double.isFinite(d)) {
					throw new NumberFormatException();
				}
				return d;
			} catch (NumberFormatException e) {
				pos = start;
				throw error("a number (" + what + ")", token.isEmpty() ? snippet() : token);
			}
		}

		private String snippet() {
			return pos >= text.length() ? "end of text" : text.substring(pos, Math.min(text.length(), pos + 12));
		}

		private IllegalArgumentException error(String expected, String found) {
			return new IllegalArgumentException(
					"geometry text, character " + (pos + 1) + ": expected " + expected + ", found '" + found + "'");
		}
	}
}
