package org.minplan.importer.read;

import java.util.List;

/**
 * One table of a submission: a sheet of an XLSX workbook, a CSV file, a shapefile, a GeoJSON feature
 * collection or a GeoPackage feature table.
 *
 * @param part    sheet or layer name, or null for single-table formats
 * @param headers the column/field names as written in the file, in order
 * @param records the rows/features in file order (rows that could not be read at all are left out
 *                after a problem was reported)
 * @param epsg    EPSG code of the coordinates of the records' geometries when the file declares one
 *                (.prj, GeoPackage srs_id, GeoJSON crs member); 0 when unknown or when there are no
 *                geometries. CGCS2000: 4490 lon/lat, 4513–4533 GK 3° with zone prefix, 4534–4554
 *                without (see {@code org.minplan.core.geometry.Crs})
 */
public record SourceTable(String part, List<String> headers, List<SourceRecord> records, int epsg) {

	/** Copies the lists. */
	public SourceTable {
		headers = List.copyOf(headers);
		records = List.copyOf(records);
	}
}
