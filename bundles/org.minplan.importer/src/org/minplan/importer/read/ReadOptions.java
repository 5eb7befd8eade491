package org.minplan.importer.read;

import java.nio.charset.Charset;
import java.util.Locale;

/**
 * What the user or the county profile says about a file before it is read, and the limits that guard
 * against hostile files.
 *
 * @param encoding   text encoding of CSV/DBF text to use, or null to detect (BOM, .cpg, valid UTF-8, else
 *                   the county default, else GBK)
 * @param defaultEncoding the county profile's default encoding, used when detection is inconclusive
 * @param epsg       coordinate system to assume, overriding what the file declares; 0 = as declared
 * @param locale     language of problem messages
 * @param maxBytes   largest file (after decompression, for XLSX the sum of its parts) accepted
 * @param maxRecords most rows/features accepted in one table
 */
public record ReadOptions(Charset encoding, Charset defaultEncoding, int epsg, Locale locale, long maxBytes,
		int maxRecords) {

	/** 512 MiB: far above any county's submission, far below what would exhaust the heap. */
	public static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;
	/** One million rows/features per table. */
	public static final int DEFAULT_MAX_RECORDS = 1_000_000;

	/** @return detection of everything, default limits, messages in {@code locale} */
	public static ReadOptions defaults(Locale locale) {
		return new ReadOptions(null, null, 0, locale, DEFAULT_MAX_BYTES, DEFAULT_MAX_RECORDS);
	}
}
