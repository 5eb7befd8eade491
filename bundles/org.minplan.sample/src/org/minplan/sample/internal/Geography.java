package org.minplan.sample.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.DivisionKind;
import org.minplan.model.Plan;

/**
 * The administrative divisions of the sample with their APPROXIMATE boundaries (lon/lat, CGCS2000):
 * <ul>
 * <li>the prefecture outline is a polygon of 22 vertices drawn by hand along the known borders (Tarbagatai
 * and Saur ranges in the north, the Manas river in the east, the Tianshan foothills in the south, the
 * Kazakhstan border and the Barluk range in the west), about 9.6 万 km²; the enclaves of Karamay and Kuitun
 * are not cut out;</li>
 * <li>the counties are the Voronoi cells of a few hand-placed anchor points per county (the county seat
 * first, then points that pull the cell towards the county's known extent), merged per county and clipped
 * to the outline. So the counties partition the outline exactly, every seat lies in its own county, and
 * the areas come out near the official ones (塔城市 ≈ 4 000, 额敏县 ≈ 11 200, 裕民县 ≈ 6 000, 托里县 ≈
 * 19 900, 和布克赛尔 ≈ 28 500, 乌苏市 ≈ 14 500, 沙湾市 ≈ 12 300 km²).</li>
 * </ul>
 * Seats are the known locations of the county towns (to about 0.05°). Everything here is synthetic and
 * approximate, and marked so.
 */
public final class Geography {

	/** The hand-drawn prefecture outline, lon/lat, clockwise from the north-west. */
	private static final double[] OUTLINE = { 82.95, 47.20, 83.60, 47.25, 84.60, 47.30, 85.60, 47.25, 86.40, 47.05,
			86.95, 46.70, 86.70, 46.10, 86.10, 45.60, 86.00, 45.00, 86.10, 44.40, 85.90, 44.00, 85.20, 43.95, 84.40,
			44.00, 83.70, 44.15, 83.55, 44.60, 83.20, 45.00, 82.70, 45.30, 82.35, 45.70, 82.30, 46.10, 82.55, 46.45,
			82.60, 46.80, 82.75, 47.05 };

	/** A county-level unit: name, printed variants, GB/T 2260 code, kind, Pinyin, anchors (seat first). */
	private record CountySpec(String name, String printed, String code, DivisionKind kind, String nameEn,
			double[] anchors) {
	}

	private static final List<CountySpec> COUNTIES = List.of(
			new CountySpec("塔城市", null, "654201", DivisionKind.COUNTY_LEVEL_CITY, "Tacheng Shi",
					new double[] { 82.98, 46.75, 82.80, 46.98 }),
			new CountySpec("乌苏市", null, "654202", DivisionKind.COUNTY_LEVEL_CITY, "Wusu Shi",
					new double[] { 84.68, 44.42, 84.20, 44.60, 84.60, 45.05 }),
			new CountySpec("沙湾市", null, "654203", DivisionKind.COUNTY_LEVEL_CITY, "Shawan Shi",
					new double[] { 85.62, 44.33, 85.60, 44.90, 85.45, 45.20 }),
			new CountySpec("额敏县", null, "654221", DivisionKind.COUNTY, "Emin Xian",
					new double[] { 83.63, 46.52, 83.75, 47.00, 84.10, 46.75 }),
			new CountySpec("托里县", null, "654224", DivisionKind.COUNTY, "Tuoli Xian",
					new double[] { 83.60, 45.93, 83.00, 45.45, 84.30, 45.60, 83.90, 45.15 }),
			new CountySpec("裕民县", null, "654225", DivisionKind.COUNTY, "Yumin Xian",
					new double[] { 82.98, 46.20, 82.55, 45.95 }),
			new CountySpec("和布克赛尔蒙古自治县", SampleContext.HOBOKSAR_PRINTED, "654226", DivisionKind.AUTONOMOUS_COUNTY,
					"Hebukesai'er Menggu Zizhixian",
					new double[] { 85.73, 46.79, 86.40, 46.50, 85.00, 46.90, 85.40, 46.10, 86.20, 45.90, 85.90, 45.50 }));

	/** XPCC divisions named in 专栏1 (行政区划). */
	private static final String[][] XPCC = { { "第七师", "7th Division" }, { "第八师", "8th Division" },
			{ "第九师", "9th Division" }, { "第十师", "10th Division" } };

	private static final String METHOD = "近似边界（示例数据）：县界为各县驻地及若干手工锚点的泰森多边形合并后裁切到手绘地区轮廓，仅供演示";

	private final SampleContext context;
	private final GeometryFactory factory = new GeometryFactory();
	private final Map<AdministrativeDivision, Geometry> boundaries = new LinkedHashMap<>();
	private Polygon outline;
	private AdministrativeDivision prefecture;

	Geography(SampleContext context) {
		this.context = context;
	}

	GeometryFactory factory() {
		return factory;
	}

	void build() throws SeedFormatException {
		Plan plan = context.plan();
		outline = polygon(OUTLINE);
		prefecture = context.identify(context.factory().createAdministrativeDivision(), "division/654200");
		prefecture.setName("塔城地区");
		prefecture.setCode("654200");
		prefecture.setKind(DivisionKind.PREFECTURE);
		prefecture.setNameEn("Tacheng Diqu");
		prefecture.setSeat(Shapes.point(82.98, 46.75));
		prefecture.setGeometry(Shapes.lonLat(outline));
		markApproximate(prefecture);
		prefecture.setSource("专栏1 行政区划 (seed line 85)");
		plan.getDivisions().add(prefecture);
		context.addDivision(prefecture);

		Map<AdministrativeDivision, Geometry> cells = countyCells();
		for (CountySpec spec : COUNTIES) {
			AdministrativeDivision county = cells.keySet().stream().filter(d -> d.getName().equals(spec.name()))
					.findFirst().orElseThrow();
			Geometry cell = cells.get(county);
			if (!(cell instanceof Polygon) || !cell.isValid()) {
				throw new IllegalStateException("approximate boundary of " + spec.name() + " is not one valid polygon");
			}
			county.setGeometry(Shapes.lonLat((Polygon) cell));
			plan.getDivisions().add(county);
			boundaries.put(county, cell);
		}
		for (String[] xpcc : XPCC) {
			AdministrativeDivision division = context.identify(context.factory().createAdministrativeDivision(),
					"division/xpcc/" + xpcc[0]);
			division.setName(xpcc[0]);
			division.setNameEn(xpcc[1]);
			division.setKind(DivisionKind.XPCC_DIVISION);
			division.setSynthetic(false);
			division.setRemarks("新疆生产建设兵团；专栏1：兵团包括第九师全部范围及第七师、第八师、第十师在塔城地区行政区划内的团场和连队");
			division.setSource("专栏1 行政区划 (seed line 85)");
			plan.getDivisions().add(division);
			context.addDivision(division);
		}
	}

	private Map<AdministrativeDivision, Geometry> countyCells() {
		List<Coordinate> sites = new ArrayList<>();
		Map<Coordinate, AdministrativeDivision> owner = new HashMap<>();
		Map<AdministrativeDivision, List<Geometry>> parts = new LinkedHashMap<>();
		for (CountySpec spec : COUNTIES) {
			AdministrativeDivision county = context.identify(context.factory().createAdministrativeDivision(),
					"division/" + spec.code());
			county.setName(spec.name());
			county.setCode(spec.code());
			county.setKind(spec.kind());
			county.setNameEn(spec.nameEn());
			county.setParent(prefecture);
			county.setSeat(Shapes.point(spec.anchors()[0], spec.anchors()[1]));
			markApproximate(county);
			county.setSource("GB/T 2260 " + spec.code() + "；驻地为已知县城位置，边界为近似");
			if (spec.printed() != null) {
				county.setRemarks(METHOD + "；表中印作“" + spec.printed() + "”");
				context.addDivision(county, spec.printed());
			} else {
				context.addDivision(county);
			}
			parts.put(county, new ArrayList<>());
			for (int i = 0; i < spec.anchors().length; i += 2) {
				Coordinate site = new Coordinate(spec.anchors()[i], spec.anchors()[i + 1]);
				sites.add(site);
				owner.put(site, county);
			}
		}
		VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
		voronoi.setSites(sites);
		Envelope clip = new Envelope(outline.getEnvelopeInternal());
		clip.expandBy(1);
		voronoi.setClipEnvelope(clip);
		Geometry diagram = voronoi.getDiagram(factory);
		for (int i = 0; i < diagram.getNumGeometries(); i++) {
			Geometry cell = diagram.getGeometryN(i);
			parts.get(owner.get((Coordinate) cell.getUserData())).add(cell.intersection(outline));
		}
		Map<AdministrativeDivision, Geometry> result = new LinkedHashMap<>();
		parts.forEach((county, cells) -> result.put(county, Shapes.roundLonLat(UnaryUnionOp.union(cells))));
		return result;
	}

	private static void markApproximate(AdministrativeDivision division) {
		division.setApproximateGeometry(true);
		division.setSynthetic(true);
		division.setRemarks(METHOD);
	}

	private Polygon polygon(double[] lonLat) {
		Coordinate[] ring = new Coordinate[lonLat.length / 2 + 1];
		for (int i = 0; i < lonLat.length / 2; i++) {
			ring[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
		}
		ring[ring.length - 1] = ring[0];
		return factory.createPolygon(ring);
	}

	/** @return the prefecture's outline, lon/lat */
	Polygon outline() {
		return outline;
	}

	/** @return the county-level units in plan order */
	List<AdministrativeDivision> counties() {
		return new ArrayList<>(boundaries.keySet());
	}

	/** @return the approximate boundary of a county, lon/lat */
	Geometry boundary(AdministrativeDivision county) {
		return boundaries.get(county);
	}
}
