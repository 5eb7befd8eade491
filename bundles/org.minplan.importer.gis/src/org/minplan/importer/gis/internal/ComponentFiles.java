package org.minplan.importer.gis.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The files of one shapefile: same base name, extensions in any letter case (TUOLI.SHP, tuoli.dbf, ...). */
public final class ComponentFiles {

	private final Path shp;

	public ComponentFiles(Path shp) {
		this.shp = shp;
	}

	/** @return the base name, e.g. {@code tuoli} for {@code tuoli.shp} */
	public static String baseName(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? name : name.substring(0, dot);
	}

	/** @return the file with extension {@code extension} next to the .shp, if there is one */
	public Optional<Path> sibling(String extension) throws IOException {
		String wanted = (baseName(shp) + "." + extension).toLowerCase(Locale.ROOT);
		Path exact = shp.resolveSibling(baseName(shp) + "." + extension);
		if (Files.isRegularFile(exact)) {
			return Optional.of(exact);
		}
		Path folder = shp.toAbsolutePath().getParent();
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).equals(wanted))
					.filter(Files::isRegularFile).findFirst();
		}
	}
}
