package org.minplan.importer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields of a county submission the importer understands, with every name a column or GIS field may
 * carry for them — the one place the aliases are defined. Each field has its Chinese table header (as in
 * the planning tables, e.g. 区块编号), English names, and the field code of the planning-database standard
 * used in DBF/GeoPackage layers (e.g. QKBH). County profiles add their own aliases.
 * <p>
 * Names are compared after {@link #normalise}: without white space, case, and a parenthesised unit
 * (面积（平方千米） is 面积).
 */
public enum CanonicalField {
	/** 区块编号: exploration or mining block code, e.g. 654224K0001. */
	BLOCK_CODE("blockCode", "区块编号", "block code", "code", "QKBH", "KCQKBH", "GHQKBH"),
	/** 区块名称. */
	BLOCK_NAME("blockName", "区块名称", "block name", "QKMC", "GHQKMC"),
	/** 区块类型: 勘查 (exploration, 勘查规划区块) or 开采 (mining, 开采规划区块). */
	BLOCK_TYPE("blockType", "区块类型", "block type", "type", "QKLX", "GHQKLX"),
	/** 矿种 (of a block or a mine). */
	MINERAL("mineral", "矿种", "主矿种", "mineral", "KZ", "ZKZ", "KCMC"),
	/** 面积 in km² (平方千米) as stated by the county. */
	AREA("area", "面积", "area", "MJ", "QKMJ"),
	/** 勘查阶段: 调查评价, 普查, 详查, 勘探. */
	STAGE("stage", "勘查阶段", "exploration stage", "stage", "KCJD"),
	/** 设计规模 of a mining block, e.g. {@code 3万吨/年}. */
	DESIGN_SCALE("designScale", "设计规模", "design scale", "SJGM"),
	/** 拐点坐标 "X1,Y1;X2,Y2;…" (tables; GIS layers carry geometry instead). */
	CORNERS("corners", "拐点坐标", "corner coordinates", "coordinates", "corners", "GDZB"),
	/** 坐标系 of the corner coordinates, e.g. CGCS2000 3度带 28带, EPSG:4516, 经纬度. */
	CRS("crs", "坐标系", "coordinate system", "crs", "ZBX"),
	/** 行政区代码 (GB/T 2260) of the county the element lies in. */
	DIVISION_CODE("divisionCode", "行政区代码", "行政区划代码", "division code", "county code", "XZQDM", "GEO_CODE"),
	/** 矿山名称. */
	MINE_NAME("mineName", "矿山名称", "mine name", "mine", "KSMC"),
	/** 许可证号 (采矿许可证号) of a mine. */
	LICENCE("licenceNumber", "许可证号", "采矿许可证号", "licence number", "license number", "licence", "license", "XKZH"),
	/** 规模 of a mine: 大型, 中型, 小型, 小矿. */
	MINE_SCALE("scale", "规模", "生产规模", "scale", "GM", "KSGM"),
	/** 经度 of a mine (decimal degrees or DMS). */
	LONGITUDE("longitude", "经度", "longitude", "lon", "JD"),
	/** 纬度 of a mine (decimal degrees or DMS). */
	LATITUDE("latitude", "纬度", "latitude", "lat", "WD"),
	/** 从业人数 of a mine. */
	EMPLOYEES("employees", "从业人数", "employees", "CYRS"),
	/** 年产量 of a mine (in the mineral's unit, 万吨 for most). */
	OUTPUT("output", "年产量", "annual output", "output", "NCL");

	private final String id;
	private final String header;
	private final List<String> aliases;

	CanonicalField(String id, String header, String... aliases) {
		this.id = id;
		this.header = header;
		this.aliases = List.of(aliases);
	}

	/** @return the permanent id used in county profiles ({@code alias field="..."}), e.g. {@code blockCode} */
	public String id() {
		return id;
	}

	/** @return the Chinese table header, e.g. 区块编号 */
	public String header() {
		return header;
	}

	/** @return the other standard names: English, planning-database field codes, variants */
	public List<String> aliases() {
		return aliases;
	}

	/** @return the field of a profile id, e.g. {@code corners} */
	public static Optional<CanonicalField> ofId(String id) {
		for (CanonicalField field : values()) {
			if (field.id.equals(id)) {
				return Optional.of(field);
			}
		}
		return Optional.empty();
	}

	/**
	 * @return a header as compared: without white space, full-width brackets and a trailing parenthesised
	 *         unit, lower case
	 */
	public static String normalise(String name) {
		String s = name.replace('（', '(').replace('）', ')').replaceAll("\\s+", "");
		s = s.replaceAll("\\([^)]*\\)$", "");
		return s.toLowerCase(Locale.ROOT);
	}
}
