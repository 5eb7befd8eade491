package org.minplan.sample.internal;

import java.util.Map;

import org.minplan.model.AdministrativeDivision;
import org.minplan.model.LayoutUnit;

/**
 * Which layout unit (专栏15) elements of a county belong to: the county's own 规划分区 of the 五区 where it has
 * one (和布克赛尔, 托里, 乌苏, 沙湾; 塔城市 hosts the 巴克图口岸 district), else the 塔城-和布克赛尔经济带 the county
 * lies on (额敏, 裕民). An interpretation of 专栏15 and its paragraphs (seed lines 479–501).
 */
final class Layout {

	private static final Map<String, String> UNIT_OF_COUNTY = Map.of(
			"和布克赛尔蒙古自治县", "和布克赛尔县石油-煤-盐矿产勘查开发规划分区",
			"托里县", "托里县金铬矿产勘查开发规划分区",
			"乌苏市", "乌苏市石油-煤矿产勘查开发规划分区",
			"沙湾市", "沙湾市煤-地热矿产勘查开发规划分区",
			"塔城市", "巴克图口岸边贸及矿业经济规划分区",
			"额敏县", "塔城-和布克赛尔经济带",
			"裕民县", "塔城-和布克赛尔经济带");

	/** The wing (一翼) that holds the energy resource bases. */
	static final String WING = "环准噶尔能源矿产勘查开发区西翼";

	private final Map<String, LayoutUnit> units;

	Layout(Map<String, LayoutUnit> units) {
		this.units = units;
	}

	LayoutUnit ofCounty(AdministrativeDivision county) {
		return unit(UNIT_OF_COUNTY.get(county.getName()));
	}

	LayoutUnit unit(String name) {
		LayoutUnit unit = units.get(name);
		if (unit == null) {
			throw new IllegalStateException("专栏15 has no layout unit \"" + name + "\"");
		}
		return unit;
	}
}
