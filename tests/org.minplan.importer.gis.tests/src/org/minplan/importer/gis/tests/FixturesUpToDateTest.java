package org.minplan.importer.gis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minplan.importer.gis.tests.fixtures.GisFixtures;

/**
 * The committed fixtures are what the documented generator writes, so they can be trusted and changed by
 * changing the generator. GeoPackages are left out: SQLite writes its own version into the file.
 */
class FixturesUpToDateTest {

	@Test
	void theCommittedFixturesAreWhatTheGeneratorWrites(@TempDir Path fresh) throws Exception {
		GisFixtures.write(fresh);
		List<Path> generated = files(fresh);
		assertEquals(generated.stream().map(Path::toString).toList(), files(Reading.FIXTURES).stream()
				.map(Path::toString).filter(name -> !name.equals("README.md")).toList(), "the same files");
		for (Path file : generated) {
			if (!file.toString().endsWith(".gpkg")) {
				assertArrayEquals(Files.readAllBytes(fresh.resolve(file)), Files.readAllBytes(Reading.FIXTURES.resolve(file)),
						file + " differs: regenerate the fixtures (fixtures/README.md)");
			}
		}
	}

	private static List<Path> files(Path root) throws Exception {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
		}
	}
}
