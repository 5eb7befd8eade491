package org.minplan.importer.gis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.minplan.importer.gis.internal.WktCrs;
import org.minplan.importer.gis.tests.fixtures.GisFixtures;

class WktCrsTest {

	private static final String GEOG = "GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\",DATUM[\"D_China_2000\","
			+ "SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

	private static String projected(String name, double falseEasting, double centralMeridian) {
		return "PROJCS[\"" + name + "\"," + GEOG + ",PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\"," + falseEasting
				+ "],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\"," + centralMeridian
				+ "],PARAMETER[\"Scale_Factor\",1.0],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
	}

	@Test
	void cgcs2000ZonesWithAndWithoutPrefixFromTheirParameters() {
		assertEquals(4516, WktCrs.epsg(GisFixtures.PRJ_ZONE_28));
		assertEquals(4515, WktCrs.epsg(projected("CGCS2000_3_Degree_GK_Zone_27", 27_500_000, 81)));
		assertEquals(4537, WktCrs.epsg(projected("CGCS2000_3_Degree_GK_CM_84E", 500_000, 84)));
		assertEquals(4538, WktCrs.epsg(projected("CGCS2000_3_Degree_GK_CM_87E", 500_000, 87)));
	}

	@Test
	void theParametersDecideWhenTheNameDisagrees() {
		assertEquals(4537, WktCrs.epsg(projected("CGCS2000_3_Degree_GK_Zone_28", 500_000, 84)));
	}

	@Test
	void theNameDecidesWhenParametersAreMissing() {
		assertEquals(4517, WktCrs.epsg("PROJCS[\"CGCS2000_3_Degree_GK_Zone_29\"," + GEOG + ",UNIT[\"Meter\",1.0]]"));
		assertEquals(4536, WktCrs.epsg("PROJCS[\"CGCS2000 / 3-degree GK CM 81E\"," + GEOG + "]"));
	}

	@Test
	void geographicSystems() {
		assertEquals(4490, WktCrs.epsg(GEOG));
		assertEquals(4490, WktCrs.epsg(GisFixtures.PRJ_LON_LAT));
		assertEquals(4326, WktCrs.epsg("GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,"
				+ "298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]"));
	}

	@Test
	void anAuthorityOfTheWholeDefinitionIsTakenAsIs() {
		assertEquals(4527, WktCrs.epsg("PROJCS[\"CGCS2000 / 3-degree Gauss-Kruger zone 39\"," + GEOG
				+ ",PROJECTION[\"Transverse_Mercator\"],AUTHORITY[\"EPSG\",\"4527\"]]"));
	}

	@Test
	void otherSystemsAndGarbageAreUnknown() {
		assertEquals(0, WktCrs.epsg(GisFixtures.PRJ_XIAN_80));
		assertEquals(0, WktCrs.epsg(projected("CGCS2000_GK_Zone_14", 14_500_000, 81)), "a 6-degree zone");
		assertEquals(0, WktCrs.epsg(projected("odd", 500_000, 84.5)));
		assertEquals(0, WktCrs.epsg(""));
		assertEquals(0, WktCrs.epsg("PROJCS[\"unterminated"));
		assertEquals(0, WktCrs.epsg("[".repeat(10_000)));
	}
}
