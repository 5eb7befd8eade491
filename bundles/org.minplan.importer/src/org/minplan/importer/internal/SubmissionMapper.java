package org.minplan.importer.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.minplan.core.geometry.AreaCalculator;
import org.minplan.core.geometry.CoordinateFormatException;
import org.minplan.core.geometry.CoordinatePart;
import org.minplan.core.geometry.CoordinateText;
import org.minplan.core.geometry.Crs;
import org.minplan.core.geometry.CrsTransformer;
import org.minplan.core.geometry.GeometryChecks;
import org.minplan.core.geometry.GeometryFinding;
import org.minplan.core.geometry.ParsedCoordinates;
import org.minplan.core.geometry.PolygonBuilder;
import org.minplan.core.minerals.MineralResolver;
import org.minplan.importer.CanonicalField;
import org.minplan.importer.County;
import org.minplan.importer.read.ImportProblem.Kind;
import org.minplan.importer.read.SourceLocation;
import org.minplan.importer.read.SourceRecord;
import org.minplan.importer.read.SourceTable;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.AreaUnit;
import org.minplan.model.Block;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.ExplorationStage;
import org.minplan.model.Mine;
import org.minplan.model.MineScale;
import org.minplan.model.Mineral;
import org.minplan.model.MiningBlock;
import org.minplan.model.MinplanFactory;
import org.minplan.model.Plan;
import org.minplan.model.spatial.Shape;

/**
 * Maps the rows of a submission's tables to plan elements (勘查规划区块 ExplorationBlock, 开采规划区块
 * MiningBlock, 矿山 Mine), reporting every problem of every row: missing columns and values, bad numbers,
 * unknown minerals, stages and scales, a wrong county code, duplicate codes, coordinates that cannot be
 * read or lie outside China or their zone, rings that are not closed or cross themselves.
 * <p>
 * A table holds blocks when it has a 区块编号 column, mines when it has a 矿山名称 column. The elements are
 * not added to the plan; they refer to the plan's minerals and the county's division.
 */
public final class SubmissionMapper {

	/** Stated and computed area may differ this much (1 %) before a warning. */
	static final double AREA_TOLERANCE = 0.01;

	private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)\\s*(.*)");

	private final java.nio.file.Path file;
	private final County county;
	private final AdministrativeDivision division;
	private final Problems problems;
	private final int epsgOverride;
	private final MineralResolver minerals;
	private final GeometryChecks checks;
	private final AreaCalculator areas;
	private final ShapeConversion shapes;

	/**
	 * @param file         the submission file (for problems about a whole table)
	 * @param epsgOverride the user's coordinate system override (0 = as declared)
	 */
	public SubmissionMapper(java.nio.file.Path file, Plan plan, County county, AdministrativeDivision division, int epsgOverride,
			Problems problems, CrsTransformer transformer) {
		this.file = file;
		this.county = county;
		this.division = division;
		this.problems = problems;
		this.epsgOverride = epsgOverride;
		this.minerals = MineralResolver.of(plan);
		this.checks = new GeometryChecks(transformer);
		this.areas = new AreaCalculator(transformer);
		this.shapes = new ShapeConversion(transformer);
	}

	/** @return the elements of every table; problems go to the sink given at construction */
	public MappedSubmission map(List<SourceTable> tables) {
		MappedSubmission result = new MappedSubmission();
		Map<String, SourceLocation> blockCodes = new HashMap<>();
		Map<String, SourceLocation> licences = new HashMap<>();
		for (SourceTable table : tables) {
			Map<CanonicalField, String> columns = columns(table);
			if (columns == null) {
				continue;
			}
			if (columns.containsKey(CanonicalField.BLOCK_CODE)) {
				result.hasBlocks = true;
				if (!requireColumns(table, columns, CanonicalField.BLOCK_CODE, CanonicalField.BLOCK_NAME,
						CanonicalField.MINERAL, CanonicalField.CORNERS)) {
					continue;
				}
				if (table.records().isEmpty()) {
					// applying it would remove every block of the county: almost certainly a mistake
					problems.error(part(table), null, "noRows", "rows");
				}
				for (SourceRecord record : table.records()) {
					block(record, table, columns, blockCodes, result);
				}
			} else if (columns.containsKey(CanonicalField.MINE_NAME)) {
				result.hasMines = true;
				if (!requireColumns(table, columns, CanonicalField.MINE_NAME, CanonicalField.MINERAL,
						CanonicalField.LONGITUDE, CanonicalField.LATITUDE)) {
					continue;
				}
				if (table.records().isEmpty()) {
					problems.error(part(table), null, "noRows", "rows");
				}
				for (SourceRecord record : table.records()) {
					mine(record, table, columns, licences, result);
				}
			} else {
				problems.error(part(table), String.join(", ", table.headers()), "noKeyColumn", "keyColumn",
						CanonicalField.BLOCK_CODE.header(), CanonicalField.MINE_NAME.header());
			}
		}
		return result;
	}

	private SourceLocation part(SourceTable table) {
		SourceLocation first = table.records().isEmpty() ? null : table.records().get(0).location();
		return new SourceLocation(first == null ? file : first.file(), table.part(), 0, null);
	}

	/** @return canonical field → header; unknown headers are warned about; null when the table is unusable */
	private Map<CanonicalField, String> columns(SourceTable table) {
		Map<CanonicalField, String> columns = new EnumMap<>(CanonicalField.class);
		SourceLocation where = part(table);
		for (String header : table.headers()) {
			Optional<CanonicalField> field = county.profile().field(header);
			if (field.isEmpty()) {
				problems.warning(where.withField(header), header, "unknownColumn", "knownColumn");
			} else if (columns.containsKey(field.get())) {
				problems.error(where.withField(header), header, "sameFieldTwice", "oneColumn",
						columns.get(field.get()), field.get().header());
			} else {
				columns.put(field.get(), header);
			}
		}
		return columns;
	}

	private boolean requireColumns(SourceTable table, Map<CanonicalField, String> columns, CanonicalField... required) {
		boolean geometry = table.records().stream().anyMatch(r -> r.geometry() != null);
		boolean ok = true;
		for (CanonicalField field : required) {
			boolean coordinates = field == CanonicalField.CORNERS || field == CanonicalField.LONGITUDE
					|| field == CanonicalField.LATITUDE;
			if (!columns.containsKey(field) && !(coordinates && geometry)) {
				problems.error(part(table).withField(field.header()), null, "missingColumn", "column", field.header());
				ok = false;
			}
		}
		return ok;
	}

	private String value(SourceRecord record, Map<CanonicalField, String> columns, CanonicalField field) {
		String header = columns.get(field);
		if (header == null) {
			return null;
		}
		String value = record.field(header);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private SourceLocation at(SourceRecord record, Map<CanonicalField, String> columns, CanonicalField field) {
		String header = columns.get(field);
		return record.location().withField(header != null ? header : field.header());
	}

	private String required(SourceRecord record, Map<CanonicalField, String> columns, CanonicalField field) {
		String value = value(record, columns, field);
		if (value == null) {
			problems.error(at(record, columns, field), null, "missingValue", "value", field.header());
		}
		return value;
	}

	// ---- blocks -------------------------------------------------------------------------------------------

	private void block(SourceRecord record, SourceTable table, Map<CanonicalField, String> columns,
			Map<String, SourceLocation> codes, MappedSubmission result) {
		int errorsBefore = problems.errors();
		String code = required(record, columns, CanonicalField.BLOCK_CODE);
		String name = required(record, columns, CanonicalField.BLOCK_NAME);
		if (code != null) {
			SourceLocation first = codes.putIfAbsent(code, record.location());
			if (first != null) {
				problems.error(at(record, columns, CanonicalField.BLOCK_CODE), code, "duplicateCode", "uniqueCode",
						problems.where(first));
			}
		}
		boolean exploration = blockType(record, columns, code);
		Mineral mineral = mineral(record, columns);
		checkDivision(record, columns);
		BigDecimal area = number(record, columns, CanonicalField.AREA, true);
		ExplorationStage stage = exploration ? stage(record, columns) : null;
		BigDecimal[] designScale = new BigDecimal[1];
		String designUnit = exploration ? null : designScale(record, columns, designScale);
		Geometry polygon = null;
		Crs crs = null;
		if (record.geometry() != null) {
			crs = crs(record, columns, table.epsg());
			polygon = crs == null ? null : checkedGeometry(record.geometry(), crs, record.location(), null);
		} else {
			String corners = required(record, columns, CanonicalField.CORNERS);
			crs = crs(record, columns, 0);
			if (corners != null && crs != null) {
				polygon = polygon(corners, crs, at(record, columns, CanonicalField.CORNERS));
			}
		}
		if (problems.errors() > errorsBefore || polygon == null) {
			return;
		}
		Shape shape = shapes.block(polygon, crs);
		double km2 = areas.squareKilometres(polygon, crs);
		if (area != null && Math.abs(area.doubleValue() - km2) > AREA_TOLERANCE * km2) {
			problems.warning(at(record, columns, CanonicalField.AREA), area.toPlainString(), "areaDiffers",
					"areaOfGeometry", String.format(Locale.ROOT, "%.4f", km2));
		}
		Block block;
		if (exploration) {
			ExplorationBlock e = MinplanFactory.eINSTANCE.createExplorationBlock();
			if (stage != null) {
				e.setStage(stage);
			}
			block = e;
		} else {
			MiningBlock m = MinplanFactory.eINSTANCE.createMiningBlock();
			if (designScale[0] != null) {
				m.setDesignScale(designScale[0]);
				m.setDesignScaleUnit(designUnit.isEmpty() ? null : designUnit);
			}
			block = m;
		}
		block.setCode(code);
		block.setName(name);
		block.setCounty(division);
		block.setMineral(mineral);
		block.setMineralText(value(record, columns, CanonicalField.MINERAL));
		block.setGeometry(shape);
		block.setStatedArea(area != null ? area : BigDecimal.valueOf(km2).setScale(4, java.math.RoundingMode.HALF_UP));
		block.setStatedAreaUnit(AreaUnit.SQUARE_KILOMETRE);
		block.setSource(source(record.location()));
		if (block instanceof ExplorationBlock e) {
			result.exploration.add(new MappedSubmission.Row<>(e, record.location(), result.next()));
		} else {
			result.mining.add(new MappedSubmission.Row<>((MiningBlock) block, record.location(), result.next()));
		}
	}

	/** @return true for an exploration block (勘查), false for a mining block (开采) */
	private boolean blockType(SourceRecord record, Map<CanonicalField, String> columns, String code) {
		String type = value(record, columns, CanonicalField.BLOCK_TYPE);
		if (type != null) {
			String t = type.toLowerCase(Locale.ROOT);
			if (t.contains("勘查") || t.startsWith("explor") || t.equals("k")) {
				return true;
			}
			if (t.contains("开采") || t.startsWith("mining") || t.equals("c")) {
				return false;
			}
			problems.error(at(record, columns, CanonicalField.BLOCK_TYPE), type, "unknownBlockType", "blockType");
			return true;
		}
		if (code != null && code.length() > 6) {
			char kind = Character.toUpperCase(code.charAt(6));
			if (kind == 'K' || kind == 'C') {
				return kind == 'K';
			}
		}
		problems.error(at(record, columns, CanonicalField.BLOCK_TYPE), null, "noBlockType", "blockType");
		return true;
	}

	private Mineral mineral(SourceRecord record, Map<CanonicalField, String> columns) {
		String text = required(record, columns, CanonicalField.MINERAL);
		if (text == null) {
			return null;
		}
		Optional<Mineral> mineral = minerals.resolve(text);
		if (mineral.isEmpty()) {
			problems.error(at(record, columns, CanonicalField.MINERAL), text, "unknownMineral", "mineral");
			return null;
		}
		return mineral.get();
	}

	private void checkDivision(SourceRecord record, Map<CanonicalField, String> columns) {
		String code = value(record, columns, CanonicalField.DIVISION_CODE);
		if (code != null && !code.equals(county.code())) {
			problems.error(at(record, columns, CanonicalField.DIVISION_CODE), code, "wrongCounty", "countyCode",
					county.code(), county.name());
		}
	}

	private BigDecimal number(SourceRecord record, Map<CanonicalField, String> columns, CanonicalField field,
			boolean positive) {
		String text = value(record, columns, field);
		if (text == null) {
			return null;
		}
		try {
			BigDecimal number = new BigDecimal(ascii(text).replace(",", ""));
			if (positive ? number.signum() <= 0 : number.signum() < 0) {
				problems.error(at(record, columns, field), text, "outOfRange",
						positive ? "positiveNumber" : "nonNegativeNumber");
				return null;
			}
			return number;
		} catch (NumberFormatException e) {
			problems.error(at(record, columns, field), text, "notANumber", positive ? "positiveNumber" : "nonNegativeNumber");
			return null;
		}
	}

	private ExplorationStage stage(SourceRecord record, Map<CanonicalField, String> columns) {
		String text = value(record, columns, CanonicalField.STAGE);
		if (text == null) {
			return null;
		}
		String t = text.toLowerCase(Locale.ROOT).replace(" ", "");
		if (t.startsWith("调查") || t.equals("预查") || t.equals("survey")) {
			return ExplorationStage.SURVEY;
		}
		if (t.equals("普查") || t.equals("prospecting")) {
			return ExplorationStage.PROSPECTING;
		}
		if (t.equals("详查") || t.equals("generalexploration")) {
			return ExplorationStage.GENERAL_EXPLORATION;
		}
		if (t.equals("勘探") || t.equals("detailedexploration")) {
			return ExplorationStage.DETAILED_EXPLORATION;
		}
		problems.error(at(record, columns, CanonicalField.STAGE), text, "unknownStage", "stage");
		return null;
	}

	/** @return the unit of the design scale (e.g. 万吨/年), the number in {@code number[0]}; null when absent */
	private String designScale(SourceRecord record, Map<CanonicalField, String> columns, BigDecimal[] number) {
		String text = value(record, columns, CanonicalField.DESIGN_SCALE);
		if (text == null) {
			return null;
		}
		Matcher m = NUMBER_WITH_UNIT.matcher(ascii(text));
		if (!m.matches() || new BigDecimal(m.group(1)).signum() <= 0) {
			problems.error(at(record, columns, CanonicalField.DESIGN_SCALE), text, "badDesignScale", "designScale");
			return null;
		}
		number[0] = new BigDecimal(m.group(1));
		return m.group(2).strip();
	}

	/** @return the row's coordinate system: the user's override, the row's 坐标系, the file's, the county's */
	private Crs crs(SourceRecord record, Map<CanonicalField, String> columns, int fileEpsg) {
		Crs fallback = Crs.fromEpsg(county.profile().defaultEpsg()).orElse(Crs.lonLat());
		if (epsgOverride != 0) {
			return Crs.fromEpsg(epsgOverride).orElse(fallback);
		}
		String text = value(record, columns, CanonicalField.CRS);
		if (text != null) {
			Optional<Crs> crs = CrsText.parse(text, fallback);
			if (crs.isEmpty()) {
				problems.error(at(record, columns, CanonicalField.CRS), text, "unknownCrs", "crs");
				return null;
			}
			return crs.get();
		}
		if (fileEpsg != 0) {
			Optional<Crs> crs = Crs.fromEpsg(fileEpsg);
			if (crs.isEmpty()) {
				problems.error(record.location(), "EPSG:" + fileEpsg, "unknownCrs", "crs");
				return null;
			}
			return crs.get();
		}
		return fallback;
	}

	/** @return the ring of corner text as a checked polygon, or null (problems reported) */
	private Geometry polygon(String corners, Crs declared, SourceLocation where) {
		ParsedCoordinates parsed;
		try {
			parsed = CoordinateText.parse(corners, declared);
		} catch (CoordinateFormatException e) {
			problems.report(Kind.ERROR, where, corners, e.message(problems.locale()),
					problems.texts().get("expected.cornerText", declared.epsgName()));
			return null;
		}
		Crs crs = prefixAsWritten(parsed, declared);
		List<Coordinate> ring = parsed.vertices();
		for (GeometryFinding f : parsed.findings()) {
			problems.report(Kind.WARNING, where, corners, f.message(problems.locale()), problems.texts().get("expected.axisOrder"));
		}
		boolean bad = false;
		for (GeometryFinding f : GeometryChecks.enoughVertices(ring)) {
			problems.report(Kind.ERROR, where, corners, f.message(problems.locale()), problems.texts().get("expected.ring"));
			bad = true;
		}
		for (GeometryFinding f : GeometryChecks.ringClosed(ring, crs)) {
			problems.report(Kind.ERROR, where, corners, f.message(problems.locale()), problems.texts().get("expected.closedRing"));
			bad = true;
		}
		if (bad) {
			return null;
		}
		PolygonBuilder.Result built = PolygonBuilder.build(ring, crs);
		if (built.polygon().isEmpty()) {
			problems.report(Kind.ERROR, where, corners, problems.texts().get("problem.noPolygon"),
					problems.texts().get("expected.ring"));
			return null;
		}
		return checkedGeometry(built.polygon().get(), crs, where, corners);
	}

	/**
	 * Gauss–Krüger coordinates may be written with or without the zone prefix whatever the 坐标系 says;
	 * the eastings tell which.
	 */
	private static Crs prefixAsWritten(ParsedCoordinates parsed, Crs declared) {
		if (declared.isGeographic() || parsed.vertices().isEmpty()) {
			return declared;
		}
		double easting = parsed.vertices().get(0).x;
		boolean prefixed = easting >= 10_000_000;
		if (prefixed == declared.hasZonePrefix()) {
			return declared;
		}
		int zone = prefixed ? (int) (easting / 1_000_000) : declared.zone().getAsInt();
		if (prefixed && zone != declared.zone().getAsInt()) {
			return declared; // a prefix of another zone: GeometryChecks.extent names the mismatch
		}
		return Crs.gaussKrueger3(zone, prefixed);
	}

	/** @return the geometry if it passes the checks (self-intersection, zone, extent), else null */
	private Geometry checkedGeometry(Geometry geometry, Crs crs, SourceLocation where, String found) {
		if (!(geometry instanceof Polygon || geometry instanceof MultiPolygon)) {
			problems.error(where, geometry.getGeometryType(), "notPolygonal", "polygon");
			return null;
		}
		boolean bad = false;
		for (GeometryFinding f : checks.check(geometry, crs)) {
			boolean error = f.code() != GeometryFinding.Code.CROSSES_ZONE_BOUNDARY;
			problems.report(error ? Kind.ERROR : Kind.WARNING, where, found,
					f.message(problems.locale()), problems.texts().get("expected.geometry"));
			bad |= error;
		}
		return bad ? null : geometry;
	}

	// ---- mines --------------------------------------------------------------------------------------------

	private void mine(SourceRecord record, SourceTable table, Map<CanonicalField, String> columns,
			Map<String, SourceLocation> licences, MappedSubmission result) {
		int errorsBefore = problems.errors();
		String name = required(record, columns, CanonicalField.MINE_NAME);
		String licence = value(record, columns, CanonicalField.LICENCE);
		if (licence != null) {
			SourceLocation first = licences.putIfAbsent(licence, record.location());
			if (first != null) {
				problems.error(at(record, columns, CanonicalField.LICENCE), licence, "duplicateLicence", "uniqueLicence",
						problems.where(first));
			}
		}
		Mineral mineral = mineral(record, columns);
		checkDivision(record, columns);
		MineScale scale = mineScale(record, columns);
		BigDecimal employees = number(record, columns, CanonicalField.EMPLOYEES, false);
		if (employees != null && (employees.stripTrailingZeros().scale() > 0 || employees.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0)) {
			problems.error(at(record, columns, CanonicalField.EMPLOYEES), value(record, columns, CanonicalField.EMPLOYEES),
					"notAWholeNumber", "wholeNumber");
		}
		BigDecimal output = number(record, columns, CanonicalField.OUTPUT, false);
		Shape point = point(record, columns, table.epsg());
		if (problems.errors() > errorsBefore || point == null) {
			return;
		}
		Mine mine = MinplanFactory.eINSTANCE.createMine();
		mine.setName(name);
		mine.setLicenceNumber(licence);
		mine.setCounty(division);
		mine.setMineral(mineral);
		mine.setMineralText(value(record, columns, CanonicalField.MINERAL));
		if (scale != null) {
			mine.setScale(scale);
		}
		if (employees != null) {
			mine.setEmployees(employees.intValueExact());
		}
		mine.setOutput(output);
		mine.setGeometry(point);
		mine.setSource(source(record.location()));
		result.mines.add(new MappedSubmission.Row<>(mine, record.location(), result.next()));
	}

	private MineScale mineScale(SourceRecord record, Map<CanonicalField, String> columns) {
		String text = value(record, columns, CanonicalField.MINE_SCALE);
		if (text == null) {
			return null;
		}
		String t = text.toLowerCase(Locale.ROOT).replace("型", "").replace("矿山", "");
		switch (t) {
		case "大", "large":
			return MineScale.LARGE;
		case "中", "medium":
			return MineScale.MEDIUM;
		case "小", "small":
			return MineScale.SMALL;
		case "小矿", "tiny":
			return MineScale.TINY;
		default:
			problems.error(at(record, columns, CanonicalField.MINE_SCALE), text, "unknownScale", "mineScale");
			return null;
		}
	}

	private Shape point(SourceRecord record, Map<CanonicalField, String> columns, int fileEpsg) {
		if (record.geometry() instanceof Point p) {
			Crs crs = crs(record, columns, fileEpsg);
			if (crs == null) {
				return null;
			}
			Coordinate c = crs.isGeographic() ? p.getCoordinate()
					: new CrsTransformer().transform(p.getCoordinate(), crs, Crs.lonLat());
			return pointChecked(c, record.location());
		}
		String lon = required(record, columns, CanonicalField.LONGITUDE);
		String lat = required(record, columns, CanonicalField.LATITUDE);
		if (lon == null || lat == null) {
			return null;
		}
		ParsedCoordinates parsed;
		try {
			parsed = CoordinateText.parse(lon + "," + lat, Crs.lonLat());
		} catch (CoordinateFormatException e) {
			boolean latitude = e.part().orElse(CoordinatePart.LONGITUDE) == CoordinatePart.LATITUDE;
			problems.report(Kind.ERROR, at(record, columns, latitude ? CanonicalField.LATITUDE : CanonicalField.LONGITUDE),
					latitude ? lat : lon, e.message(problems.locale()), e.expected(problems.locale()));
			return null;
		}
		for (GeometryFinding f : parsed.findings()) {
			problems.report(Kind.WARNING, at(record, columns, CanonicalField.LONGITUDE), lon + ", " + lat,
					f.message(problems.locale()), problems.texts().get("expected.axisOrder"));
		}
		return pointChecked(parsed.vertices().get(0), at(record, columns, CanonicalField.LONGITUDE));
	}

	private Shape pointChecked(Coordinate c, SourceLocation where) {
		Geometry point = new org.locationtech.jts.geom.GeometryFactory().createPoint(c);
		List<GeometryFinding> findings = checks.extent(point, Crs.lonLat());
		for (GeometryFinding f : findings) {
			problems.report(Kind.ERROR, where, c.x + ", " + c.y, f.message(problems.locale()),
					problems.texts().get("expected.geometry"));
		}
		return findings.isEmpty() ? ShapeConversion.point(c.x, c.y) : null;
	}

	/** @return e.g. {@code tuoli.xlsx!区块!5}: the file, sheet and row the element was imported from */
	private static String source(SourceLocation where) {
		String file = where.file() == null ? "?" : String.valueOf(where.file().getFileName());
		return "import " + file + (where.part() == null ? "" : "!" + where.part()) + "!" + where.row();
	}

	/** Full-width digits, point, minus and comma as ASCII. */
	private static String ascii(String text) {
		StringBuilder s = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (c >= '０' && c <= '９') {
				s.append((char) ('0' + (c - '０')));
			} else if (c == '．') {
				s.append('.');
			} else if (c == '－') {
				s.append('-');
			} else if (c == '，') {
				s.append(',');
			} else {
				s.append(c);
			}
		}
		return s.toString().strip();
	}
}
