package org.minplan.importer.gis.internal;

import java.util.Optional;

import org.minplan.core.geometry.Crs;
import org.minplan.importer.read.ReadOptions;
import org.minplan.importer.read.SourceLocation;

/**
 * Decides the EPSG code of a table from what the file declares and what the user chose, and says so when
 * they differ or the file declares nothing usable.
 * <p>
 * WGS 84 (EPSG:4326) is taken as CGCS2000 longitude/latitude (4490): the two realisations differ by less
 * than a metre in China, far below the accuracy of a planning block, and the plan knows only CGCS2000. A
 * file that declares WGS 84 gets a warning saying so; GeoJSON without a {@code crs} member is WGS 84 by
 * RFC 7946 and is taken as 4490 silently.
 */
public final class CrsChoice {

	private CrsChoice() {
	}

	/**
	 * @param declared     EPSG code the file declares, 0 when none or not recognised
	 * @param declaredText the declaration as written (for the message), or null when there is none
	 * @return the EPSG code of the table's coordinates, 0 when unknown
	 */
	public static int choose(int declared, String declaredText, ReadOptions options, Problems problems,
			SourceLocation where) {
		int lonLat = Crs.lonLat().epsg();
		if (options.epsg() != 0) {
			int effective = declared == WktCrs.WGS84 ? lonLat : declared;
			if (effective != 0 && effective != options.epsg()) {
				problems.warning(where, "EPSG:" + declared, "EPSG:" + options.epsg(),
						problems.text("crs.overridden", "EPSG:" + declared, "EPSG:" + options.epsg()));
			}
			return options.epsg();
		}
		if (declared == WktCrs.WGS84) {
			problems.warning(where, "EPSG:4326", "EPSG:4490", problems.text("crs.wgs84"));
			return lonLat;
		}
		if (declared == 0) {
			String expected = problems.text("expected.crs");
			if (declaredText == null) {
				problems.warning(where, null, expected, problems.text("crs.missing"));
			} else {
				problems.warning(where, abbreviate(declaredText), expected, problems.text("crs.unknown"));
			}
			return 0;
		}
		Optional<Crs> crs = Crs.fromEpsg(declared);
		if (crs.isEmpty()) {
			problems.warning(where, "EPSG:" + declared, problems.text("expected.crs"),
					problems.text("crs.notPlanSystem", "EPSG:" + declared));
		}
		return declared;
	}

	private static String abbreviate(String text) {
		String single = text.strip().replaceAll("\\s+", " ");
		return single.length() <= 160 ? single : single.substring(0, 157) + "...";
	}
}
