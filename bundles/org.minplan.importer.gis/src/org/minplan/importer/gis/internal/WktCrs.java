package org.minplan.importer.gis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minplan.core.geometry.Crs;

/**
 * Recognises the coordinate systems of Chinese planning data in a well-known-text definition: the ESRI
 * flavour of a shapefile's {@code .prj} (as ArcGIS and QGIS write it) and the OGC WKT 1/2 of a GeoPackage's
 * {@code gpkg_spatial_ref_sys}.
 * <ul>
 * <li>an {@code AUTHORITY["EPSG","4525"]} or {@code ID["EPSG",4525]} of the whole definition is taken as is;</li>
 * <li>a geographic system on the CGCS2000 datum (name, datum or ellipsoid 6378137 / 298.257222101) → 4490;
 * on WGS 84 → 4326;</li>
 * <li>a Gauss–Krüger / transverse Mercator projection of CGCS2000 → the 3° zone from its central meridian
 * (a multiple of 3, 75°–135°E) and false easting (500 000 = without zone prefix, 4534–4554;
 * zone × 1 000 000 + 500 000 = with prefix, 4513–4533); when the parameters are missing, from the ESRI
 * names {@code CGCS2000_3_Degree_GK_Zone_28} (with prefix) and {@code CGCS2000_3_Degree_GK_CM_84E}
 * (without).</li>
 * </ul>
 * Everything else (6° zones, other datums, local systems) is unknown: 0.
 */
public final class WktCrs {

	/** EPSG code of WGS 84 longitude/latitude. */
	public static final int WGS84 = 4326;

	private static final double CGCS2000_INVERSE_FLATTENING = 298.257222101;
	private static final double SEMI_MAJOR_AXIS = 6378137;
	private static final Pattern ZONE_NAME = Pattern.compile("3_?DEGREE_GK_ZONE_(\\d+)");
	private static final Pattern CM_NAME = Pattern.compile("3_?DEGREE_GK_CM_(\\d+)E");

	private WktCrs() {
	}

	/**
	 * @param wkt a coordinate system definition in well-known text
	 * @return its EPSG code, or 0 when it is not one recognised here or not well-known text at all
	 */
	public static int epsg(String wkt) {
		Optional<Node> root = new Parser(wkt).parse();
		if (root.isEmpty()) {
			return 0;
		}
		Node node = root.get();
		OptionalDouble authority = node.authority();
		if (authority.isPresent()) {
			return (int) authority.getAsDouble();
		}
		switch (node.keyword) {
		case "GEOGCS", "GEOGCRS", "GEODCRS", "GEOGRAPHICCRS":
			return geographic(node);
		case "PROJCS", "PROJCRS", "PROJECTEDCRS":
			return projected(node);
		default:
			return 0;
		}
	}

	private static int geographic(Node node) {
		if (isCgcs2000(node)) {
			return Crs.lonLat().epsg();
		}
		String text = node.flatText();
		return text.contains("WGS_1984") || text.contains("WGS_84") || text.contains("WGS84") ? WGS84 : 0;
	}

	private static boolean isCgcs2000(Node geographic) {
		String text = geographic.flatText();
		if (text.contains("CGCS2000") || text.contains("CGCS_2000") || text.contains("CHINA_2000")
				|| text.contains("CHINA_GEODETIC_COORDINATE_SYSTEM_2000")) {
			return true;
		}
		Optional<Node> ellipsoid = geographic.find("SPHEROID", "ELLIPSOID");
		if (ellipsoid.isPresent() && ellipsoid.get().numbers().size() >= 2) {
			List<Double> numbers = ellipsoid.get().numbers();
			return numbers.get(0) == SEMI_MAJOR_AXIS
					&& Math.abs(numbers.get(1) - CGCS2000_INVERSE_FLATTENING) < 1e-9;
		}
		return false;
	}

	private static int projected(Node node) {
		Optional<Node> base = node.find("GEOGCS", "BASEGEOGCRS", "BASEGEODCRS");
		if (base.isEmpty() || !isCgcs2000(base.get())) {
			return 0;
		}
		String projection = node.find("PROJECTION", "METHOD").map(Node::name).orElse("")
				.toUpperCase(Locale.ROOT).replace(' ', '_');
		if (!projection.isEmpty() && !projection.contains("GAUSS") && !projection.contains("TRANSVERSE_MERCATOR")) {
			return 0;
		}
		OptionalDouble meridian = node.parameter("CENTRAL_MERIDIAN", "LONGITUDE_OF_NATURAL_ORIGIN");
		OptionalDouble falseEasting = node.parameter("FALSE_EASTING");
		if (meridian.isPresent() && falseEasting.isPresent()) {
			if (node.parameter("SCALE_FACTOR", "SCALE_FACTOR_AT_NATURAL_ORIGIN").orElse(1) != 1
					|| node.parameter("FALSE_NORTHING").orElse(0) != 0
					|| node.parameter("LATITUDE_OF_ORIGIN", "LATITUDE_OF_NATURAL_ORIGIN").orElse(0) != 0) {
				return 0;
			}
			return zoneSystem(meridian.getAsDouble(), falseEasting.getAsDouble());
		}
		String name = node.name().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		Matcher zone = ZONE_NAME.matcher(name);
		if (zone.find()) {
			int number = Integer.parseInt(zone.group(1));
			return zoneSystem(3.0 * number, number * 1_000_000.0 + 500_000);
		}
		Matcher centralMeridian = CM_NAME.matcher(name);
		if (centralMeridian.find()) {
			return zoneSystem(Integer.parseInt(centralMeridian.group(1)), 500_000);
		}
		return 0;
	}

	private static int zoneSystem(double centralMeridian, double falseEasting) {
		if (centralMeridian % 3 != 0) {
			return 0;
		}
		int zone = (int) (centralMeridian / 3);
		if (zone < Crs.FIRST_ZONE || zone > Crs.LAST_ZONE) {
			return 0;
		}
		if (falseEasting == 500_000) {
			return Crs.gaussKrueger3(zone, false).epsg();
		} else if (falseEasting == zone * 1_000_000.0 + 500_000) {
			return Crs.gaussKrueger3(zone, true).epsg();
		}
		return 0;
	}

	/** One bracketed element of well-known text: KEYWORD["name", value, CHILD[...], ...]. */
	private record Node(String keyword, List<Object> arguments) {

		String name() {
			return arguments.isEmpty() || !(arguments.get(0) instanceof String text) ? "" : text;
		}

		List<Double> numbers() {
			List<Double> numbers = new ArrayList<>();
			for (Object argument : arguments) {
				if (argument instanceof Double number) {
					numbers.add(number);
				}
			}
			return numbers;
		}

		List<Node> children() {
			List<Node> children = new ArrayList<>();
			for (Object argument : arguments) {
				if (argument instanceof Node child) {
					children.add(child);
				}
			}
			return children;
		}

		Optional<Node> find(String... keywords) {
			for (Node child : children()) {
				for (String keyword : keywords) {
					if (child.keyword.equals(keyword)) {
						return Optional.of(child);
					}
				}
			}
			return Optional.empty();
		}

		OptionalDouble authority() {
			for (Node child : children()) {
				if ((child.keyword.equals("AUTHORITY") || child.keyword.equals("ID"))
						&& child.name().equalsIgnoreCase("EPSG") && child.arguments.size() >= 2) {
					Object code = child.arguments.get(1);
					if (code instanceof Double number) {
						return OptionalDouble.of(number);
					}
					if (code instanceof String text && text.trim().matches("\\d{1,9}")) {
						return OptionalDouble.of(Integer.parseInt(text.trim()));
					}
				}
			}
			return OptionalDouble.empty();
		}

		OptionalDouble parameter(String... names) {
			for (Node child : children()) {
				if (child.keyword.equals("PARAMETER") || child.keyword.equals("CONVERSION")) {
					if (child.keyword.equals("CONVERSION")) {
						OptionalDouble inner = child.parameter(names);
						if (inner.isPresent()) {
							return inner;
						}
						continue;
					}
					String name = child.name().toUpperCase(Locale.ROOT).replace(' ', '_');
					for (String wanted : names) {
						if (name.equals(wanted) && !child.numbers().isEmpty()) {
							return OptionalDouble.of(child.numbers().get(0));
						}
					}
				}
			}
			return OptionalDouble.empty();
		}

		/** @return names of this node and all below, upper case, spaces as underscores */
		String flatText() {
			StringBuilder text = new StringBuilder();
			collect(text);
			return text.toString().toUpperCase(Locale.ROOT).replace(' ', '_');
		}

		private void collect(StringBuilder text) {
			text.append(name()).append('|');
			for (Node child : children()) {
				child.collect(text);
			}
		}
	}

	/** A forgiving parser: brackets [] or (), quoted strings with "" escapes, numbers, bare words. */
	private static final class Parser {

		private static final int MAX_DEPTH = 32;
		private final String text;
		private int position;

		Parser(String text) {
			this.text = text;
		}

		Optional<Node> parse() {
			try {
				skipSpace();
				Node node = node(0);
				return Optional.ofNullable(node);
			} catch (IllegalStateException | IndexOutOfBoundsException e) {
				return Optional.empty();
			}
		}

		private Node node(int depth) {
			if (depth > MAX_DEPTH) {
				throw new IllegalStateException("nested too deep");
			}
			String keyword = word();
			skipSpace();
			if (position >= text.length() || (text.charAt(position) != '[' && text.charAt(position) != '(')) {
				return keyword.isEmpty() ? null : new Node(keyword.toUpperCase(Locale.ROOT), List.of());
			}
			position++;
			List<Object> arguments = new ArrayList<>();
			while (true) {
				skipSpace();
				char c = text.charAt(position);
				if (c == ']' || c == ')') {
					position++;
					return new Node(keyword.toUpperCase(Locale.ROOT), arguments);
				} else if (c == ',') {
					position++;
				} else if (c == '"') {
					arguments.add(quoted());
				} else if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
					arguments.add(number());
				} else {
					Node child = node(depth + 1);
					if (child == null) {
						throw new IllegalStateException("unexpected " + c);
					}
					arguments.add(child);
				}
			}
		}

		private String word() {
			int start = position;
			while (position < text.length()
					&& (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
				position++;
			}
			return text.substring(start, position);
		}

		private String quoted() {
			StringBuilder value = new StringBuilder();
			position++;
			while (true) {
				char c = text.charAt(position++);
				if (c == '"') {
					if (position < text.length() && text.charAt(position) == '"') {
						value.append('"');
						position++;
					} else {
						return value.toString();
					}
				} else {
					value.append(c);
				}
			}
		}

		private Double number() {
			int start = position;
			while (position < text.length() && "+-.0123456789eE".indexOf(text.charAt(position)) >= 0) {
				position++;
			}
			try {
				return Double.valueOf(text.substring(start, position));
			} catch (NumberFormatException e) {
				throw new IllegalStateException("not a number at " + start, e);
			}
		}

		private void skipSpace() {
			while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
				position++;
			}
		}
	}
}
