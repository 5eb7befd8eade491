package org.minplan.sample.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.quadtree.Quadtree;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.EnvironmentalGrade;
import org.minplan.model.EnvironmentalZone;
import org.minplan.model.LayoutUnit;
import org.minplan.model.PlanLevel;
import org.minplan.model.PlanningZone;
import org.minplan.model.ZoneKind;

/**
 * Planning zones (energy resource bases, national planned mining areas, key exploration and key mining
 * zones, 专栏16 / seed lines 469, 505–509) and the mine geological-environment zones of 专栏22, with
 * approximate geometry.
 * <p>
 * The text names the two energy resource bases and counts the rest without naming or locating them. The
 * unnamed zones get names such as 国家规划矿区（名称未载明）1, a county and minerals where the plan's
 * tables make one plausible (where its blocks and named mines are), and are marked synthetic. Environmental
 * zones are drawn over the counties their names mention (塔额盆地 = 塔城市 + 额敏县), the two unnamed basin
 * zones over the basin parts of the counties they lie in, without overlapping each other.
 */
final class ZoneSection {

	/**
	 * An unnamed planning zone: kind, level, number within its kind and level, county (printed), the printed
	 * block mineral it is drawn around (blocks of that county and mineral are partly placed inside), and
	 * minerals as catalogue names.
	 */
	private record ZoneSpec(ZoneKind kind, PlanLevel level, int number, String county, String blockMineral,
			List<String> minerals, double minKm2, double maxKm2) {
	}

	private static final List<ZoneSpec> UNNAMED = List.of(
			national(1, "和布克赛尔县", "煤"), national(2, "和布克赛尔县", "煤"), national(3, "乌苏市", "煤"),
			national(4, "沙湾市", "煤"), national(5, "托里县", "金"),
			exploration(PlanLevel.AUTONOMOUS_REGION, 1, "托里县", "金矿", "金"),
			exploration(PlanLevel.AUTONOMOUS_REGION, 2, "和布克赛尔县", "油砂", "油砂"),
			exploration(PlanLevel.PREFECTURE, 1, "托里县", "铜矿", "铜"),
			exploration(PlanLevel.PREFECTURE, 2, "托里县", "铬铁矿", "铬"),
			exploration(PlanLevel.PREFECTURE, 3, "托里县", "花岗岩", "饰面花岗岩"),
			exploration(PlanLevel.PREFECTURE, 4, "和布克赛尔县", "铜矿", "铜"),
			exploration(PlanLevel.PREFECTURE, 5, "额敏县", "铍矿", "铍"),
			exploration(PlanLevel.PREFECTURE, 6, "裕民县", "铁矿", "铁"),
			mining(PlanLevel.AUTONOMOUS_REGION, 1, "和布克赛尔县", null, "煤"),
			mining(PlanLevel.AUTONOMOUS_REGION, 2, "和布克赛尔县", null, "煤"),
			mining(PlanLevel.AUTONOMOUS_REGION, 3, "乌苏市", null, "煤"),
			mining(PlanLevel.AUTONOMOUS_REGION, 4, "沙湾市", null, "煤"),
			mining(PlanLevel.AUTONOMOUS_REGION, 5, "托里县", null, "金"),
			mining(PlanLevel.AUTONOMOUS_REGION, 6, "托里县", null, "铬"),
			mining(PlanLevel.PREFECTURE, 1, "和布克赛尔县", null, "石盐"),
			mining(PlanLevel.PREFECTURE, 2, "和布克赛尔县", null, "膨润土"),
			mining(PlanLevel.PREFECTURE, 3, "托里县", "凝灰岩", "凝灰岩"),
			mining(PlanLevel.PREFECTURE, 4, "塔城市", "花岗岩", "饰面花岗岩"),
			mining(PlanLevel.PREFECTURE, 5, "塔城市", "灰岩", "石灰岩"),
			mining(PlanLevel.PREFECTURE, 6, "托里县", null, "蛇纹岩"),
			mining(PlanLevel.PREFECTURE, 7, "和布克赛尔县", "石英砂", "石英砂"));

	private static ZoneSpec national(int number, String county, String mineral) {
		return new ZoneSpec(ZoneKind.NATIONAL_PLANNED_MINING_AREA, PlanLevel.NATIONAL, number, county, null,
				List.of(mineral), 150, 600);
	}

	private static ZoneSpec exploration(PlanLevel level, int number, String county, String blockMineral, String mineral) {
		return new ZoneSpec(ZoneKind.KEY_EXPLORATION_ZONE, level, number, county, blockMineral, List.of(mineral), 300, 900);
	}

	private static ZoneSpec mining(PlanLevel level, int number, String county, String blockMineral, String mineral) {
		return new ZoneSpec(ZoneKind.KEY_MINING_ZONE, level, number, county, blockMineral, List.of(mineral), 40, 200);
	}

	/** Energy resource bases (seed line 469): hand-drawn lon/lat parts, clipped to the prefecture. */
	private static final Map<String, double[][]> ENERGY_BASES = Map.of(
			"准噶尔盆地克拉玛依油气能源资源基地",
			new double[][] { { 84.55, 45.25, 85.40, 45.20, 86.00, 45.50, 86.10, 46.10, 85.50, 46.35, 84.80, 46.20, 84.50,
					45.80 } },
			"新疆煤炭能源资源基地",
			new double[][] { { 85.65, 46.35, 86.45, 46.30, 86.60, 46.60, 86.10, 46.75, 85.70, 46.60 },
					{ 84.35, 44.05, 85.95, 44.05, 85.95, 44.30, 84.35, 44.30 } });

	private static final Map<String, List<String>> ENERGY_BASE_MINERALS = Map.of(
			"准噶尔盆地克拉玛依油气能源资源基地", List.of("石油", "天然气"), "新疆煤炭能源资源基地", List.of("煤"));

	/**
	 * 专栏22 zones in table order: counties their names mention (pits of those counties are placed in them),
	 * counties whose land they cover, and the lon/lat box they are cut to.
	 */
	private record EnvSpec(List<String> named, List<String> covered, double[] box) {
	}

	private static final List<EnvSpec> ENV = List.of(
			new EnvSpec(List.of("塔城市", "额敏县"), List.of("塔城市", "额敏县"), new double[] { 82.6, 46.25, 84.4, 46.95 }),
			new EnvSpec(List.of("乌苏市", "沙湾市"), List.of("乌苏市", "沙湾市"), new double[] { 83.7, 44.0, 86.1, 44.75 }),
			new EnvSpec(List.of("额敏县", "托里县", "和布克赛尔县"), List.of("额敏县", "托里县", "和布克赛尔县"),
					new double[] { 83.3, 45.7, 86.3, 46.9 }),
			new EnvSpec(List.of(), List.of("托里县", "和布克赛尔县"), new double[] { 84.5, 45.1, 86.0, 45.7 }),
			new EnvSpec(List.of(), List.of("乌苏市", "沙湾市"), new double[] { 83.9, 44.75, 86.1, 45.3 }),
			new EnvSpec(List.of("托里县"), List.of("托里县"), null));

	/** 哈图 (托里县), centre and radius in degrees of the 保护预防区 drawn around it. */
	private static final double[] HATU = { 84.45, 45.92, 0.18 };

	/** Zones whose blocks may lie inside them: (kind, county, printed block mineral) → zone, lon/lat. */
	record Host(PlanningZone zone, Geometry lonLat) {
	}

	private final SampleContext context;
	private final Geography geography;
	private final Placer placer;
	private final Layout layout;
	private final GeometryFactory factory;
	private final Map<String, Host> hosts = new LinkedHashMap<>();
	private final List<Geometry> envLonLat = new ArrayList<>();
	private final List<EnvironmentalZone> envZones = new ArrayList<>();

	ZoneSection(SampleContext context, Geography geography, Placer placer, Layout layout) {
		this.context = context;
		this.geography = geography;
		this.placer = placer;
		this.layout = layout;
		this.factory = geography.factory();
	}

	void build() throws IOException {
		energyBases();
		unnamedZones();
		environmentalZones();
	}

	/** @return the zone of that kind drawn around blocks of that county and printed mineral, if any */
	Optional<Host> host(ZoneKind kind, AdministrativeDivision county, String blockMineral) {
		return Optional.ofNullable(hosts.get(kind + "/" + county.getName() + "/" + blockMineral));
	}

	/**
	 * @return the first treatment zone (重点 or 一般治理区, as graded in 专栏22) whose name mentions the county,
	 *         with its lon/lat area
	 */
	Optional<Map.Entry<EnvironmentalZone, Geometry>> treatmentZoneOf(AdministrativeDivision county) {
		for (int i = 0; i < envZones.size(); i++) {
			EnvironmentalZone zone = envZones.get(i);
			boolean treatment = zone.getGrade() != EnvironmentalGrade.PROTECTION_PREVENTION;
			boolean named = ENV.get(i).named().stream().anyMatch(
					name -> context.division(name).map(d -> d == county).orElse(false));
			if (treatment && named) {
				return Optional.of(Map.entry(zone, envLonLat.get(i)));
			}
		}
		return Optional.empty();
	}

	private void energyBases() throws IOException {
		Table table = context.tables().table("bases_and_areas.tsv");
		Geometry inner = geography.outline().buffer(-Placer.MARGIN_DEGREES);
		for (Row row : table.rows()) {
			if (!row.cell("category").equals("能源资源基地")) {
				continue;
			}
			String name = row.cell("name");
			double[][] parts = ENERGY_BASES.get(name);
			if (parts == null) {
				throw row.error("name", "one of " + ENERGY_BASES.keySet());
			}
			List<Geometry> polygons = new ArrayList<>();
			for (double[] part : parts) {
				polygons.add(polygon(part).intersection(inner));
			}
			Geometry lonLat = UnaryUnionOp.union(polygons);
			PlanningZone zone = context.identify(context.factory().createPlanningZone(), "zone/energy-base/" + name);
			zone.setKind(ZoneKind.ENERGY_BASE);
			zone.setLevel(PlanLevel.NATIONAL);
			zone.setName(name);
			zone.setGeometry(placer.projected(lonLat));
			zone.setApproximateGeometry(true);
			zone.setRemarks(row.cell("level") + "；" + row.cell("context") + "。范围为示意（手绘近似）");
			zone.setSource("能源资源基地 (seed line " + row.cell("seed_line") + ")");
			for (String mineral : ENERGY_BASE_MINERALS.get(name)) {
				zone.getMinerals().add(context.resolver().resolve(mineral).orElseThrow());
			}
			link(zone, layout.unit(Layout.WING));
			context.plan().getZones().add(zone);
		}
	}

	private void unnamedZones() throws IOException {
		Map<String, Row> counts = new LinkedHashMap<>();
		for (Row row : context.tables().table("bases_and_areas.tsv").rows()) {
			counts.put(row.cell("category") + "/" + row.cell("level"), row);
		}
		SplittableRandom random = new SplittableRandom(1605);
		Map<ZoneKind, Quadtree> indexes = new LinkedHashMap<>();
		for (ZoneSpec spec : UNNAMED) {
			String category = switch (spec.kind()) {
			case NATIONAL_PLANNED_MINING_AREA -> "国家规划矿区";
			case KEY_EXPLORATION_ZONE -> "重点勘查区";
			default -> "重点开采区";
			};
			String levelText = switch (spec.level()) {
			case NATIONAL -> "国家（上级规划）";
			case AUTONOMOUS_REGION -> "自治区规划";
			default -> "地区级";
			};
			Row row = counts.get(category + "/" + levelText);
			if (row == null) {
				throw new SeedFormatException("bases_and_areas.tsv: no row for " + category + " / " + levelText);
			}
			String prefix = switch (spec.level()) {
			case NATIONAL -> "";
			case AUTONOMOUS_REGION -> "自治区级";
			default -> "地区级";
			};
			String name = prefix + category + "（名称未载明）" + spec.number();
			AdministrativeDivision county = context.county(spec.county(), "zone " + name);
			Placer.Region region = placer.region(geography.boundary(county));
			Placer.Placed placed = placer.place(region, Placer.irregular(spec.minKm2(), spec.maxKm2()), random,
					indexes.computeIfAbsent(spec.kind(), k -> new Quadtree()), false);
			if (placed == null) {
				throw new IllegalStateException("no room for " + name + " in " + county.getName());
			}
			PlanningZone zone = context.identify(context.factory().createPlanningZone(), "zone/" + name);
			zone.setKind(spec.kind());
			zone.setLevel(spec.level());
			zone.setName(name);
			zone.setCounty(county);
			zone.setGeometry(placed.shape());
			zone.setApproximateGeometry(true);
			zone.setSynthetic(true);
			for (String mineral : spec.minerals()) {
				zone.getMinerals().add(context.resolver().resolve(mineral).orElseThrow());
			}
			zone.setRemarks("规划文本只给出数量（" + row.cell("context") + "），名称、位置、范围和矿种均为示例生成");
			zone.setSource(category + " " + levelText + " " + row.cell("stated_count") + " " + row.cell("count_unit")
					+ " (seed line " + row.cell("seed_line") + ")");
			link(zone, layout.ofCounty(county));
			context.plan().getZones().add(zone);
			if (spec.blockMineral() != null) {
				hosts.put(spec.kind() + "/" + county.getName() + "/" + spec.blockMineral(),
						new Host(zone, placed.lonLat()));
			}
		}
	}

	private static void link(PlanningZone zone, LayoutUnit unit) {
		zone.setLayoutUnit(unit);
		unit.getZones().add(zone);
	}

	private void environmentalZones() throws IOException {
		Table table = context.tables().table("zl22_env_zones.tsv");
		if (table.rows().size() != ENV.size()) {
			throw new SeedFormatException(table.location() + ": " + table.rows().size() + " zones, expected " + ENV.size());
		}
		Geometry inner = geography.outline().buffer(-Placer.MARGIN_DEGREES);
		Geometry[] areas = new Geometry[ENV.size()];
		// the protection zone first: the treatment zones around it leave it out
		int hatu = ENV.size() - 1;
		areas[hatu] = circle(HATU).intersection(covered(ENV.get(hatu))).intersection(inner);
		List<Geometry> taken = new ArrayList<>(List.of(areas[hatu]));
		for (int i = 0; i < hatu; i++) {
			// each zone leaves out the zones drawn before it, with a gap, so none overlap even along county borders
			areas[i] = cut(ENV.get(i), inner, taken);
			taken.add(areas[i]);
		}

		String group = "";
		String grade = "";
		String tasks = "";
		for (Row row : table.rows()) {
			if (!row.cell("编号").isEmpty()) {
				group = row.cell("编号");
				grade = row.cell("分级");
				tasks = row.cell("治理任务");
			}
			String where = "专栏22 编号 " + group + " (seed line " + row.seedLine() + ")";
			EnvironmentalZone zone = context.identify(context.factory().createEnvironmentalZone(),
					"environmental-zone/" + row.number());
			zone.setName(row.cell("分区"));
			zone.setCode(group + "-" + row.number());
			zone.setGroupNumber(group);
			zone.setGrade(gradeOf(grade, row));
			zone.setMainMines(row.cell("主要矿山"));
			zone.setHazards(row.cell("危害"));
			zone.setTasks(tasks);
			Geometry area = withoutSlivers(areas[row.number() - 1]);
			zone.setGeometry(placer.projected(area));
			zone.setApproximateGeometry(true);
			zone.setRemarks("编号、分级、治理任务为合并单元格，按组填充（分级印作“" + grade + "”）；范围为示意（按名称所指县域近似绘制）");
			zone.setSource(where);
			context.plan().getEnvironmentalZones().add(zone);
			envZones.add(zone);
			envLonLat.add(area);
		}
	}

	private static EnvironmentalGrade gradeOf(String printed, Row row) throws SeedFormatException {
		String grade = printed.replace(" ", "");
		return switch (grade) {
		case "重点治理区" -> EnvironmentalGrade.KEY_TREATMENT;
		case "一般治理区" -> EnvironmentalGrade.GENERAL_TREATMENT;
		case "保护预防区" -> EnvironmentalGrade.PROTECTION_PREVENTION;
		default -> throw row.error("分级", "重点治理区, 一般治理区 or 保护预防区");
		};
	}

	private Geometry covered(EnvSpec spec) throws SeedFormatException {
		List<Geometry> counties = new ArrayList<>();
		for (String name : spec.covered()) {
			counties.add(geography.boundary(context.county(name, "专栏22")));
		}
		return UnaryUnionOp.union(counties);
	}

	private Geometry cut(EnvSpec spec, Geometry inner, List<Geometry> taken) throws SeedFormatException {
		double[] b = spec.box();
		Geometry area = polygon(new double[] { b[0], b[1], b[2], b[1], b[2], b[3], b[0], b[3] })
				.intersection(covered(spec)).intersection(inner);
		for (Geometry other : taken) {
			area = area.difference(other.buffer(Placer.GAP_DEGREES));
		}
		return area;
	}

	/** @return the polygons of an area larger than about 1 km², merged (cuts can leave slivers) */
	private Geometry withoutSlivers(Geometry area) {
		List<Polygon> kept = new ArrayList<>();
		for (int i = 0; i < area.getNumGeometries(); i++) {
			if (area.getGeometryN(i) instanceof Polygon p && p.getArea() > 1.2e-4) {
				kept.add(p);
			}
		}
		if (kept.isEmpty()) {
			throw new IllegalStateException("an environmental zone came out empty: check its box in ZoneSection.ENV");
		}
		return kept.size() == 1 ? kept.get(0) : factory.createMultiPolygon(kept.toArray(new Polygon[0]));
	}

	private Polygon circle(double[] centreRadius) {
		Coordinate[] ring = new Coordinate[33];
		for (int i = 0; i < 32; i++) {
			double angle = 2 * Math.PI * i / 32;
			// degrees of longitude are shorter: stretch east-west so the circle is round on the ground
			ring[i] = new Coordinate(centreRadius[0] + centreRadius[2] * Math.cos(angle) / Math.cos(Math.toRadians(centreRadius[1])),
					centreRadius[1] + centreRadius[2] * Math.sin(angle));
		}
		ring[32] = ring[0];
		return factory.createPolygon(ring);
	}

	private Polygon polygon(double[] lonLat) {
		Coordinate[] ring = new Coordinate[lonLat.length / 2 + 1];
		for (int i = 0; i < lonLat.length / 2; i++) {
			ring[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
		}
		ring[ring.length - 1] = ring[0];
		return factory.createPolygon(ring);
	}
}
