package org.minplan.sample.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.quadtree.Quadtree;
import org.minplan.model.AbandonedPit;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.AreaUnit;
import org.minplan.model.EnvironmentalZone;

/**
 * The historic abandoned pits of 专栏23 as printed (name, county as printed, area in hectares), each with an
 * approximate square polygon of exactly the printed area, inside the printed county and — where a treatment
 * zone of 专栏22 names that county — inside that zone, which the pit then refers to.
 */
final class PitSection {

	private final SampleContext context;
	private final Geography geography;
	private final Placer placer;
	private final ZoneSection zones;
	private final Map<AdministrativeDivision, Placer.Region> regions = new java.util.HashMap<>();

	PitSection(SampleContext context, Geography geography, Placer placer, ZoneSection zones) {
		this.context = context;
		this.geography = geography;
		this.placer = placer;
		this.zones = zones;
	}

	void build() throws IOException {
		SplittableRandom random = new SplittableRandom(2301);
		Quadtree index = new Quadtree();
		Table table = context.tables().table("zl23_abandoned_pits.tsv");
		for (int copy = 1; copy <= context.scale(); copy++) {
			for (Row row : table.rows()) {
				String number = row.cell("序号");
				String countyText = row.cell("县市区");
				String where = "专栏23 序号 " + number + " (seed line " + row.seedLine() + ")";
				AdministrativeDivision county = context.county(countyText, where);
				BigDecimal hectares = row.decimal("面积(公顷)");
				if (hectares == null) {
					throw row.error("面积(公顷)", "an area in hectares");
				}
				AbandonedPit pit = context.identify(context.factory().createAbandonedPit(),
						"abandoned-pit/" + number + (copy > 1 ? "/" + copy : ""));
				pit.setNumber(number);
				pit.setCode(copy > 1 ? number + "-" + copy : number);
				pit.setName(row.cell("治理项目名称"));
				pit.setCountyText(countyText);
				pit.setCounty(county);
				pit.setStatedArea(hectares);
				pit.setStatedAreaUnit(AreaUnit.HECTARE);
				pit.setApproximateGeometry(true);
				pit.setSynthetic(copy > 1);
				pit.setSource(where + (copy > 1 ? "; scale copy " + copy : ""));
				Optional<Map.Entry<EnvironmentalZone, Geometry>> zone = zones.treatmentZoneOf(county);
				zone.ifPresent(z -> pit.setEnvironmentalZone(z.getKey()));
				Placer.Region region = regions.computeIfAbsent(county, c -> placer.region(zone
						.map(z -> geography.boundary(c).intersection(z.getValue())).orElse(geography.boundary(c))));
				Placer.Placed placed = placer.place(region, Placer.square(hectares.doubleValue()), random, index,
						context.scale() > 1);
				if (placed == null) {
					throw new IllegalStateException("no room for abandoned pit " + number + " in " + countyText);
				}
				pit.setGeometry(placed.shape());
				pit.setRemarks("位置为示意：边长为√面积的正方形，置于所列县市区"
						+ (zone.isPresent() ? "及其所在治理区" : "") + "内");
				context.plan().getAbandonedPits().add(pit);
			}
		}
	}
}
