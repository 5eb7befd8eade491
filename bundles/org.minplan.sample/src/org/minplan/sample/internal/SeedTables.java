package org.minplan.sample.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The transcribed tables of the seed text ({@code seed-tables/*.tsv}: UTF-8, tab-separated, header line
 * first), read from a folder or from this bundle. Tables are read once and cached.
 */
public final class SeedTables {

	/** Folder of the tables inside the bundle. */
	public static final String BUNDLE_FOLDER = "seed-tables/";

	private interface Source {
		InputStream open(String file) throws IOException;

		String describe(String file);
	}

	private final Source source;
	private final Map<String, Table> cache = new HashMap<>();

	private SeedTables(Source source) {
		this.source = source;
	}

	/** @return the tables in a folder, e.g. {@code bundles/org.minplan.sample/seed-tables} */
	public static SeedTables folder(Path folder) {
		return new SeedTables(new Source() {
			@Override
			public InputStream open(String file) throws IOException {
				return Files.newInputStream(folder.resolve(file));
			}

			@Override
			public String describe(String file) {
				return folder.resolve(file).toString();
			}
		});
	}

	/**
	 * @return the tables shipped in this bundle: its entries under {@value #BUNDLE_FOLDER} when running in
	 *         OSGi, else the class loader's resources of that name (the bundle's jar on a plain class path)
	 */
	public static SeedTables bundled() {
		Bundle bundle = FrameworkUtil.getBundle(SeedTables.class);
		return new SeedTables(new Source() {
			@Override
			public InputStream open(String file) throws IOException {
				URL url = bundle != null ? bundle.getEntry(BUNDLE_FOLDER + file)
						: SeedTables.class.getClassLoader().getResource(BUNDLE_FOLDER + file);
				if (url == null) {
					throw new NoSuchFileException(describe(file), null, "not in the bundle");
				}
				return url.openStream();
			}

			@Override
			public String describe(String file) {
				return (bundle != null ? bundle.getSymbolicName() : "org.minplan.sample") + "/" + BUNDLE_FOLDER + file;
			}
		});
	}

	/**
	 * @param file e.g. {@code zl06_mining_status.tsv}
	 * @throws IOException when the file cannot be read; {@link SeedFormatException} when a row has more
	 *                     cells than the header
	 */
	public Table table(String file) throws IOException {
		Table cached = cache.get(file);
		if (cached != null) {
			return cached;
		}
		List<String[]> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(source.open(file), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isEmpty()) {
					lines.add(line.split("\t", -1));
				}
			}
		}
		if (lines.isEmpty()) {
			throw new SeedFormatException(source.describe(file) + ": empty, expected a header line");
		}
		String[] header = lines.get(0);
		List<Row> rows = new ArrayList<>();
		Table table = new Table(file, source.describe(file), Arrays.asList(header), rows);
		for (int i = 1; i < lines.size(); i++) {
			String[] cells = lines.get(i);
			if (cells.length > header.length) {
				throw new SeedFormatException(source.describe(file) + " line " + (i + 1) + ": " + cells.length
						+ " cells, expected at most " + header.length + " (the header's)");
			}
			String[] padded = Arrays.copyOf(cells, header.length);
			for (int c = 0; c < padded.length; c++) {
				padded[c] = padded[c] == null ? "" : padded[c].strip();
			}
			rows.add(new Row(table, i, padded));
		}
		cache.put(file, table);
		return table;
	}
}
