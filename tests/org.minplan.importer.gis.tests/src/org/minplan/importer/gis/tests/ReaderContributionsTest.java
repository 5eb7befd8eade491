package org.minplan.importer.gis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.minplan.importer.read.SubmissionReader;

/** The three readers are found through the extension point, as the importer will find them. */
class ReaderContributionsTest {

	@Test
	void theReadersAreContributedWithTheirIdsAndExtensions() throws Exception {
		Map<String, Set<String>> contributed = new TreeMap<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry()
				.getConfigurationElementsFor("org.minplan.importer.readers")) {
			if (!element.getContributor().getName().equals("org.minplan.importer.gis")) {
				continue;
			}
			SubmissionReader reader = (SubmissionReader) element.createExecutableExtension("class");
			assertEquals(element.getAttribute("id"), reader.id());
			Set<String> extensions = Arrays.stream(element.getAttribute("extensions").split(",")).map(String::trim)
					.collect(Collectors.toSet());
			assertEquals(extensions, reader.extensions(), reader.id());
			contributed.put(reader.id(), extensions);
		}
		assertEquals(Map.of("geojson", Set.of("geojson", "json"), "shapefile", Set.of("shp", "zip"), "geopackage",
				Set.of("gpkg")), contributed);
	}
}
