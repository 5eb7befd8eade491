package org.minplan.importer.read;

import java.nio.file.Path;

/**
 * Where in a submission something was found: the file, the sheet or layer, the row or feature and the
 * column or field. Every import problem carries one so the user can find the cell.
 *
 * @param file  the file as the user chose it (for a shapefile the .shp, or the .dbf when the problem is there)
 * @param part  sheet name (XLSX), layer/table name (GeoPackage), or null for single-table formats
 * @param row   1-based: spreadsheet row number as Excel shows it (header row included), CSV line number,
 *              or feature number (1 = first feature); 0 when the problem concerns the whole file/part
 * @param field column header or field name as written in the file, or null
 */
public record SourceLocation(Path file, String part, int row, String field) {

	/** @return the location of the whole file */
	public static SourceLocation ofFile(Path file) {
		return new SourceLocation(file, null, 0, null);
	}

	/** @return this location narrowed to one field */
	public SourceLocation withField(String name) {
		return new SourceLocation(file, part, row, name);
	}
}
