package org.minplan.importer.gis;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.minplan.core.geometry.Crs;
import org.minplan.importer.gis.internal.CoordinateRange;
import org.minplan.importer.gis.internal.CrsChoice;
import org.minplan.importer.gis.internal.GeoJsonGeometry;
import org.minplan.importer.gis.internal.Json;
import org.minplan.importer.gis.internal.NumberText;
import org.minplan.importer.gis.internal.Problems;
import org.minplan.importer.gis.internal.WktCrs;
import org.minplan.importer.read.ProblemSink;
import org.minplan.importer.read.ReadOptions;
import org.minplan.importer.read.SourceLocation;
import org.minplan.importer.read.SourceRecord;
import org.minplan.importer.read.SourceTable;
import org.minplan.importer.read.SubmissionReader;

/**
 * Reads a GeoJSON file (RFC 7946, UTF-8): a FeatureCollection, a single Feature or a bare geometry, into
 * one table. Properties become fields (strings as written, numbers plain without exponent or trailing
 * zeros, true/false, nested values as compact JSON, null as empty); headers are all property names in the
 * order they first occur. Feature numbers count from 1 in file order.
 * <p>
 * Coordinate system: a legacy {@code crs} member naming an EPSG code ({@code urn:ogc:def:crs:EPSG::4525},
 * {@code EPSG:4490}, {@code http://www.opengis.net/def/crs/EPSG/0/4490}) gives that code, x always
 * easting/longitude as GDAL and QGIS write it. Without a {@code crs} member the coordinates are RFC 7946
 * WGS 84 longitude/latitude, which this reader reports as EPSG:4490 (CGCS2000 differs from WGS 84 by less
 * than a metre in China, and the plan knows only CGCS2000); an explicit WGS 84 / CRS84 is treated alike with
 * a warning. An unknown {@code crs} gives EPSG 0 and a warning.
 */
public final class GeoJsonReader implements SubmissionReader {

	/** The reader's permanent id. */
	public static final String ID = "geojson";

	private static final Pattern EPSG_NAME = Pattern
			.compile("(?i)(?:EPSG:(?:[^:]*:)?|/EPSG/[^/]*/)(\\d{1,9})$");
	private static final int CANCEL_CHECK = 1000;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public Set<String> extensions() {
		return Set.of("geojson", "json");
	}

	@Override
	public List<SourceTable> read(Path file, ReadOptions options, ProblemSink sink, IProgressMonitor monitor) {
		Problems problems = new Problems(sink, options.locale());
		SourceLocation whole = SourceLocation.ofFile(file);
		Optional<Object> root = parse(file, options, problems);
		if (root.isEmpty()) {
			return List.of();
		}
		if (!(root.get() instanceof Map<?, ?> object) || !(object.get("type") instanceof String type)) {
			problems.error(whole, null, problems.text("expected.geojsonType"), problems.text("geojson.notGeoJson"));
			return List.of();
		}
		List<?> features;
		if (type.equals("FeatureCollection")) {
			if (!(object.get("features") instanceof List<?> list)) {
				problems.error(whole, Json.write(object.get("features")), problems.text("expected.features"),
						problems.text("geojson.notGeoJson"));
				return List.of();
			}
			features = list;
		} else if (type.equals("Feature") || GeoJsonGeometry.isGeometryType(type)) {
			features = List.of(object);
		} else {
			problems.error(whole, type, problems.text("expected.geojsonType"), problems.text("geojson.notGeoJson"));
			return List.of();
		}
		if (features.size() > options.maxRecords()) {
			problems.error(whole, Integer.toString(features.size()),
					problems.text("expected.maxRecords", options.maxRecords()), problems.text("geojson.tooManyFeatures"));
			return List.of();
		}
		int epsg = coordinateSystem(object.get("crs"), options, problems, whole);
		return List.of(table(file, features, epsg, problems, monitor));
	}

	private static Optional<Object> parse(Path file, ReadOptions options, Problems problems) {
		SourceLocation whole = SourceLocation.ofFile(file);
		try {
			if (!Files.isRegularFile(file)) {
				problems.error(whole, null, problems.text("expected.file"), problems.text("file.missing"));
				return Optional.empty();
			}
			long size = Files.size(file);
			if (size > options.maxBytes()) {
				problems.error(whole, problems.text("found.bytes", Long.toString(size)),
						problems.text("expected.maxBytes", Long.toString(options.maxBytes())), problems.text("file.tooLarge"));
				return Optional.empty();
			}
			byte[] bytes = Files.readAllBytes(file);
			String text;
			try {
				text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
			} catch (CharacterCodingException e) {
				problems.error(whole, null, problems.text("expected.textIn", "UTF-8"), problems.text("geojson.notUtf8"));
				return Optional.empty();
			}
			if (text.startsWith("\uFEFF")) {
				text = text.substring(1);
			}
			if (text.isBlank()) {
				problems.error(whole, null, problems.text("expected.geojsonType"), problems.text("file.empty"));
				return Optional.empty();
			}
			return Optional.ofNullable(Json.parse(text));
		} catch (Json.SyntaxException e) {
			problems.error(whole, e.found(), problems.text(e.expectedKey()),
					problems.text("geojson.syntax", e.line(), e.column()));
			return Optional.empty();
		} catch (IOException e) {
			problems.error(whole, null, problems.text("expected.readable"), problems.text("file.unreadable", e.getMessage()));
			return Optional.empty();
		}
	}

	private static int coordinateSystem(Object crs, ReadOptions options, Problems problems, SourceLocation whole) {
		if (crs == null) {
			return options.epsg() != 0 ? options.epsg() : Crs.lonLat().epsg();
		}
		String declared = Json.write(crs);
		int epsg = 0;
		if (crs instanceof Map<?, ?> member && member.get("properties") instanceof Map<?, ?> properties) {
			if (properties.get("name") instanceof String name) {
				declared = name;
				Matcher matcher = EPSG_NAME.matcher(name.strip());
				if (matcher.find()) {
					epsg = Integer.parseInt(matcher.group(1));
				} else if (name.strip().toUpperCase(java.util.Locale.ROOT).endsWith("CRS84")) {
					epsg = WktCrs.WGS84;
				}
			} else if (properties.get("code") instanceof Json.Number code && code.text().matches("\\d{1,9}")) {
				epsg = Integer.parseInt(code.text());
			}
		}
		return CrsChoice.choose(epsg, declared, options, problems, whole.withField("crs"));
	}

	private static SourceTable table(Path file, List<?> features, int epsg, Problems problems,
			IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, features.size());
		GeoJsonGeometry builder = new GeoJsonGeometry(new GeometryFactory(new PrecisionModel(), epsg));
		CoordinateRange range = CoordinateRange.of(epsg);
		Set<String> headers = new LinkedHashSet<>();
		List<SourceRecord> records = new ArrayList<>();
		for (int i = 0; i < features.size(); i++) {
			if ((i + 1) % CANCEL_CHECK == 0 && progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			progress.worked(1);
			SourceLocation where = new SourceLocation(file, null, i + 1, null);
			Object feature = features.get(i);
			Map<?, ?> object = feature instanceof Map<?, ?> map ? map : Map.of();
			Object type = object.get("type");
			Object geometryJson;
			Map<String, String> fields = new LinkedHashMap<>();
			if ("Feature".equals(type)) {
				geometryJson = object.get("geometry");
				Object properties = object.get("properties");
				if (properties instanceof Map<?, ?> map) {
					map.forEach((name, value) -> fields.put(name.toString().strip(), text(value)));
				} else if (properties != null) {
					problems.error(where.withField("properties"), Json.write(properties),
							problems.text("expected.properties"), problems.text("geojson.badProperties"));
				}
			} else if (GeoJsonGeometry.isGeometryType(type)) {
				geometryJson = object;
			} else {
				problems.error(where, type == null ? Json.write(feature) : Json.write(type),
						problems.text("expected.feature"), problems.text("geojson.notFeature"));
				continue;
			}
			headers.addAll(fields.keySet());
			Geometry geometry = null;
			if (geometryJson == null) {
				problems.warning(where, null, null, problems.text("shp.nullShape"));
			} else {
				try {
					geometry = builder.build(geometryJson);
					Optional<Coordinate> outside = range.firstOutside(geometry);
					if (outside.isPresent()) {
						problems.error(where.withField("geometry"), CoordinateRange.text(outside.get()),
								range.describe(problems), problems.text("coordinate.outside", epsg == 0 ? "?" : "EPSG:" + epsg));
					}
				} catch (GeoJsonGeometry.Invalid e) {
					problems.error(where.withField("geometry"), e.found(), problems.text(e.expectedKey()),
							problems.text(e.detailKey()));
				}
			}
			records.add(new SourceRecord(where, fields, geometry));
		}
		return new SourceTable(null, new ArrayList<>(headers), records, epsg);
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		} else if (value instanceof String string) {
			return string.strip();
		} else if (value instanceof Json.Number number) {
			return NumberText.plain(number.text()).orElse(number.text());
		} else if (value instanceof Boolean bool) {
			return bool.toString();
		}
		return Json.write(value);
	}
}
