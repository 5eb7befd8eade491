package org.minplan.core.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Coordinate;
import org.minplan.core.geometry.ParsedCoordinates.AxisOrder;

/**
 * Reads coordinate text {@code "X1,Y1;X2,Y2;…"}; see {@link CoordinateText#parse} for the rules. The
 * order of the two numbers is decided for the whole text, by the majority of the vertices whose values
 * fit only one order; then every vertex is read in that order and the first bad number is reported.
 */
final class CoordinateTextParser {

	private static final Pattern METRES = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
	private static final char FIRST_FULL_WIDTH = '\uFF01';
	private static final char LAST_FULL_WIDTH = '\uFF5E';
	private static final int FULL_WIDTH_OFFSET = 0xFEE0;
	private static final char IDEOGRAPHIC_SPACE = '\u3000';

	/** One vertex as written: its number and its two numbers, as written and made ASCII. */
	private record RawVertex(int number, List<String> written, List<String> ascii) {
	}

	private final Crs crs;
	private final List<CoordinatePart> conventional;

	CoordinateTextParser(Crs crs) {
		this.crs = crs;
		this.conventional = crs.isGeographic() ? List.of(CoordinatePart.LONGITUDE, CoordinatePart.LATITUDE)
				: List.of(CoordinatePart.X, CoordinatePart.Y);
	}

	ParsedCoordinates parse(String text) throws CoordinateFormatException {
		List<RawVertex> raw = split(text);
		AxisOrder order = order(raw);
		List<CoordinatePart> parts = order == AxisOrder.SWAPPED ? List.of(conventional.get(1), conventional.get(0))
				: conventional;
		List<Coordinate> vertices = new ArrayList<>(raw.size());
		for (RawVertex vertex : raw) {
			double first = value(vertex, 0, parts.get(0));
			double second = value(vertex, 1, parts.get(1));
			boolean firstIsJtsX = parts.get(0) == CoordinatePart.Y || parts.get(0) == CoordinatePart.LONGITUDE;
			vertices.add(firstIsJtsX ? new Coordinate(first, second) : new Coordinate(second, first));
		}
		return new ParsedCoordinates(crs, vertices, order);
	}

	/** Full-width characters (，；：．０-９ etc.) and the ideographic space become ASCII; length is kept. */
	private static String toAscii(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			if (chars[i] >= FIRST_FULL_WIDTH && chars[i] <= LAST_FULL_WIDTH) {
				chars[i] -= FULL_WIDTH_OFFSET;
			} else if (chars[i] == IDEOGRAPHIC_SPACE) {
				chars[i] = ' ';
			}
		}
		return new String(chars);
	}

	private List<RawVertex> split(String text) throws CoordinateFormatException {
		String ascii = toAscii(text);
		List<RawVertex> vertices = new ArrayList<>();
		int start = 0;
		for (int i = 0; i <= ascii.length(); i++) {
			if (i == ascii.length() || ";\r\n".indexOf(ascii.charAt(i)) >= 0) {
				if (!ascii.substring(start, i).isBlank()) {
					vertices.add(pair(vertices.size() + 1, text.substring(start, i), ascii.substring(start, i)));
				}
				start = i + 1;
			}
		}
		if (vertices.isEmpty()) {
			throw new CoordinateFormatException(OptionalInt.empty(), Optional.empty(), text.strip(), "expected.vertices");
		}
		return vertices;
	}

	private RawVertex pair(int number, String written, String ascii) throws CoordinateFormatException {
		int comma = ascii.indexOf(',');
		if (comma < 0 || ascii.indexOf(',', comma + 1) >= 0) {
			throw new CoordinateFormatException(OptionalInt.of(number), Optional.empty(), written.strip(),
					crs.isGeographic() ? "expected.pair.lonLat" : "expected.pair.gk");
		}
		return new RawVertex(number, List.of(written.substring(0, comma).strip(), written.substring(comma + 1).strip()),
				List.of(ascii.substring(0, comma).strip(), ascii.substring(comma + 1).strip()));
	}

	private AxisOrder order(List<RawVertex> vertices) {
		int onlyConventional = 0;
		int onlySwapped = 0;
		boolean eitherFits = false;
		for (RawVertex vertex : vertices) {
			OptionalDouble first = tryNumber(vertex.ascii().get(0));
			OptionalDouble second = tryNumber(vertex.ascii().get(1));
			if (first.isEmpty() || second.isEmpty()) {
				continue;
			}
			boolean asConvention = fits(0, first, 1, second);
			boolean swapped = fits(1, first, 0, second);
			if (asConvention && !swapped) {
				onlyConventional++;
			} else if (swapped && !asConvention) {
				onlySwapped++;
			} else if (asConvention) {
				eitherFits = true;
			}
		}
		if (onlySwapped > onlyConventional) {
			return AxisOrder.SWAPPED;
		}
		return onlyConventional == 0 && eitherFits ? AxisOrder.AMBIGUOUS : AxisOrder.CONVENTIONAL;
	}

	private boolean fits(int firstPart, OptionalDouble first, int secondPart, OptionalDouble second) {
		return PlausibleValues.fits(conventional.get(firstPart), first.getAsDouble(), crs)
				&& PlausibleValues.fits(conventional.get(secondPart), second.getAsDouble(), crs);
	}

	private OptionalDouble tryNumber(String ascii) {
		try {
			return OptionalDouble.of(number(ascii));
		} catch (NumberTextException e) {
			return OptionalDouble.empty(); // reported with vertex and part when the vertex is read
		}
	}

	private double number(String ascii) throws NumberTextException {
		if (crs.isGeographic()) {
			return AngleText.parse(ascii);
		}
		if (!METRES.matcher(ascii).matches()) {
			throw new NumberTextException(NumberTextException.PLAIN_NUMBER);
		}
		return Double.parseDouble(ascii);
	}

	private double value(RawVertex vertex, int index, CoordinatePart part) throws CoordinateFormatException {
		double value;
		try {
			value = number(vertex.ascii().get(index));
		} catch (NumberTextException e) {
			String key = e.expectedKey().equals(NumberTextException.PLAIN_NUMBER)
					? (crs.isGeographic() ? "expected.angle." : "expected.number.") + part.name()
					: e.expectedKey();
			throw error(vertex, index, part, key);
		}
		if (!PlausibleValues.fits(part, value, crs)) {
			String key = PlausibleValues.expectedKey(part, crs);
			throw crs.hasZonePrefix() && part == CoordinatePart.Y
					? error(vertex, index, part, key, Integer.toString(crs.zone().orElseThrow()))
					: error(vertex, index, part, key);
		}
		return value;
	}

	private static CoordinateFormatException error(RawVertex vertex, int index, CoordinatePart part, String key,
			String... arguments) {
		return new CoordinateFormatException(OptionalInt.of(vertex.number()), Optional.of(part),
				vertex.written().get(index), key, arguments);
	}
}
