package org.minplan.importer.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Reads one file format of county submissions into raw tables. Contributed through the extension
 * point {@code org.minplan.importer.readers}.
 * <p>
 * A reader never throws for bad content: it reports each problem to the sink (with file, part, row,
 * field, the value found and what was expected) and goes on with the next row, so one run lists
 * every problem of the file. It returns what it could read; the importer rejects the import when
 * any error was reported. A file that cannot be opened at all (missing, truncated beyond repair,
 * not this format, over the limits) gives one error for the whole file and an empty list. Readers
 * must not follow external references (XML external entities, DTDs) and must check the limits of
 * {@link ReadOptions} before allocating for what the file claims.
 */
public interface SubmissionReader {

	/** @return permanent id, e.g. {@code csv}, {@code xlsx}, {@code geojson}, {@code shapefile}, {@code geopackage} */
	String id();

	/** @return the file name endings this reader opens, lower case, without dot */
	Set<String> extensions();

	/**
	 * @param file     the file chosen by the user
	 * @param options  encoding, coordinate system override, limits, message language
	 * @param problems where to report problems
	 * @param monitor  progress and cancellation (checked at least every 1000 records)
	 * @return the tables read, in file order
	 */
	List<SourceTable> read(Path file, ReadOptions options, ProblemSink problems, IProgressMonitor monitor);
}
