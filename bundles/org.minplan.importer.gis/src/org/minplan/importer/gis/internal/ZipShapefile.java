package org.minplan.importer.gis.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.minplan.importer.read.SourceLocation;

/**
 * A shapefile delivered as a ZIP archive: its parts are copied to a private temporary folder (only by their
 * file names, so no entry can write outside it; only the shapefile's own extensions; no more bytes in total
 * than the size limit, counted while decompressing) and removed again on {@link #close()}.
 */
public final class ZipShapefile implements Closeable {

	private static final Set<String> PARTS = Set.of("shp", "shx", "dbf", "prj", "cpg");
	private static final int MAX_ENTRIES = 10_000;

	private final Path zip;
	private final long maxBytes;
	private final Problems problems;
	private Path folder;

	public ZipShapefile(Path zip, long maxBytes, Problems problems) {
		this.zip = zip;
		this.maxBytes = maxBytes;
		this.problems = problems;
	}

	/** @return the extracted .shp, or empty after reporting why there is none */
	public Optional<Path> extract() throws IOException {
		SourceLocation whole = SourceLocation.ofFile(zip);
		if (Files.size(zip) == 0) {
			problems.error(whole, null, problems.text("expected.zip"), problems.text("file.empty"));
			return Optional.empty();
		}
		try (ZipFile archive = open()) {
			List<ZipEntry> shapefiles = new ArrayList<>();
			List<ZipEntry> parts = new ArrayList<>();
			Enumeration<? extends ZipEntry> entries = archive.entries();
			int count = 0;
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				if (++count > MAX_ENTRIES) {
					problems.error(whole, Integer.toString(count), problems.text("expected.maxEntries", MAX_ENTRIES),
							problems.text("zip.tooManyEntries"));
					return Optional.empty();
				}
				String name = fileName(entry);
				if (entry.isDirectory() || name.startsWith(".") || entry.getName().startsWith("__MACOSX")) {
					continue;
				}
				String extension = extension(name);
				if (PARTS.contains(extension)) {
					parts.add(entry);
					if (extension.equals("shp")) {
						shapefiles.add(entry);
					}
				}
			}
			if (shapefiles.size() != 1) {
				String found = shapefiles.isEmpty() ? null
						: String.join(", ", shapefiles.stream().map(ZipEntry::getName).toList());
				problems.error(whole, found, problems.text("expected.oneShp"),
						problems.text(shapefiles.isEmpty() ? "zip.noShp" : "zip.severalShp"));
				return Optional.empty();
			}
			String base = baseName(fileName(shapefiles.get(0))).toLowerCase(Locale.ROOT);
			folder = Files.createTempDirectory("minplan-shapefile-");
			long total = 0;
			Path shp = null;
			for (ZipEntry entry : parts) {
				String name = fileName(entry);
				if (!baseName(name).toLowerCase(Locale.ROOT).equals(base)) {
					continue;
				}
				Path target = folder.resolve(name);
				total = copy(archive, entry, target, total);
				if (total < 0) {
					problems.error(whole, null, problems.text("expected.maxBytes", Long.toString(maxBytes)),
							problems.text("file.tooLarge"));
					return Optional.empty();
				}
				if (entry == shapefiles.get(0)) {
					shp = target;
				}
			}
			return Optional.ofNullable(shp);
		} catch (ZipException e) {
			problems.error(whole, null, problems.text("expected.zip"), problems.text("zip.damaged", e.getMessage()));
			return Optional.empty();
		}
	}

	/**
	 * Opens the archive with UTF-8 entry names, or GBK when the names are not UTF-8: archives made with the
	 * compressed folders of a Chinese Windows write GBK names without saying so.
	 */
	private ZipFile open() throws IOException {
		try {
			ZipFile archive = new ZipFile(zip.toFile(), StandardCharsets.UTF_8);
			try {
				archive.stream().forEach(ZipEntry::getName);
				return archive;
			} catch (IllegalArgumentException e) {
				archive.close();
				return new ZipFile(zip.toFile(), Encodings.GBK);
			}
		} catch (ZipException e) {
			if (String.valueOf(e.getMessage()).contains("bad entry name")) {
				return new ZipFile(zip.toFile(), Encodings.GBK);
			}
			throw e;
		}
	}

	/** @return the bytes copied so far, or -1 when the limit was passed */
	private long copy(ZipFile archive, ZipEntry entry, Path target, long total) throws IOException {
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = archive.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
			int read;
			while ((read = in.read(buffer)) > 0) {
				total += read;
				if (total > maxBytes) {
					return -1;
				}
				out.write(buffer, 0, read);
			}
		}
		return total;
	}

	private static String fileName(ZipEntry entry) {
		String name = entry.getName().replace('\\', '/');
		return name.substring(name.lastIndexOf('/') + 1);
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static String baseName(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? name : name.substring(0, dot);
	}

	/** Removes the temporary copies. */
	@Override
	public void close() throws IOException {
		if (folder == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}
}
