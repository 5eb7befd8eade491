package org.minplan.importer.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minplan.core.geometry.Crs;

/**
 * Reads what a county writes in the column 坐标系: {@code EPSG:4516}, {@code 4516},
 * {@code CGCS2000 3度带 28带} / {@code 2000国家大地坐标系 3度带第28带 不加带号}, {@code 经纬度} / {@code CGCS2000 经纬度},
 * {@code GK28}, {@code CGCS2000} alone (= the given default). Only CGCS2000 systems are known; other
 * datums (北京54, 西安80, WGS84) are refused, as converting them needs parameters a county must supply.
 */
final class CrsText {

	private static final Pattern EPSG = Pattern.compile("(?:EPSG:?)?\\s*(\\d{4,5})");
	private static final Pattern ZONE = Pattern.compile("(?:第?\\s*(\\d{2})\\s*带|GK\\s*(\\d{2})|ZONE\\s*(\\d{2}))");

	private CrsText() {
	}

	/**
	 * @param text      the column's value
	 * @param fallback  the system assumed for plain "CGCS2000"
	 * @return the system, or empty when the text names none this importer knows
	 */
	static Optional<Crs> parse(String text, Crs fallback) {
		String t = text.strip().toUpperCase(Locale.ROOT).replace('：', ':');
		if (t.contains("54") && t.contains("北京") || t.contains("西安") || t.contains("WGS") || t.contains("1954")
				|| t.contains("1980")) {
			return Optional.empty();
		}
		Matcher epsg = EPSG.matcher(t);
		if (epsg.matches()) {
			return Crs.fromEpsg(Integer.parseInt(epsg.group(1)));
		}
		if (t.contains("经纬度") || t.contains("LONLAT") || t.contains("LON/LAT") || t.contains("GEOGRAPHIC")
				|| t.contains("地理坐标")) {
			return Optional.of(Crs.lonLat());
		}
		Matcher zone = ZONE.matcher(t);
		if (zone.find()) {
			String z = zone.group(1) != null ? zone.group(1) : zone.group(2) != null ? zone.group(2) : zone.group(3);
			int number = Integer.parseInt(z);
			if (number < Crs.FIRST_ZONE || number > Crs.LAST_ZONE) {
				return Optional.empty();
			}
			boolean prefix = !(t.contains("不加带号") || t.contains("无带号") || t.contains("NO PREFIX"));
			return Optional.of(Crs.gaussKrueger3(number, prefix));
		}
		if (t.equals("CGCS2000") || t.startsWith("2000国家大地坐标系") && t.length() <= "2000国家大地坐标系".length() + 1) {
			return Optional.of(fallback);
		}
		return Optional.empty();
	}
}
