package org.minplan.importer.read;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * One row of a planning table or one feature of a GIS file, before it is mapped to a plan element.
 *
 * @param location where the row/feature is (file, part, row; field null)
 * @param fields   field name or column header exactly as in the file (trimmed) → value as text (trimmed;
 *                 numbers from XLSX/DBF/GeoPackage written without exponent and without trailing zeros,
 *                 dates as ISO yyyy-MM-dd; empty cells are absent or ""), in the file's column order
 * @param geometry the feature's geometry in the file's coordinates, or null (tables carry coordinates
 *                 as text in a field, e.g. 拐点坐标, which the importer parses)
 */
public record SourceRecord(SourceLocation location, Map<String, String> fields, Geometry geometry) {

	/** Keeps the field order and makes the map unmodifiable. */
	public SourceRecord {
		fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

	/** @return the value of a field, or null when the record has no such field */
	public String field(String name) {
		return fields.get(name);
	}
}
