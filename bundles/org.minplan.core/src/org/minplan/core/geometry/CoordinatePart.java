package org.minplan.core.geometry;

import java.util.Locale;

import org.minplan.core.i18n.Texts;

/**
 * Which number of a vertex in coordinate text (拐点坐标) is meant. For Gauss–Krüger systems the Chinese
 * surveying convention applies: X is the northing, Y the easting — the reverse of JTS's x and y.
 */
public enum CoordinatePart {
	/** Northing in metres (北坐标, X). */
	X,
	/** Easting in metres (东坐标, Y), with or without zone prefix. */
	Y,
	/** Longitude in degrees east (经度). */
	LONGITUDE,
	/** Latitude in degrees north (纬度). */
	LATITUDE;

	/** @return the name users see: "X", "Y", "longitude" / "经度", "latitude" / "纬度" */
	public String label(Locale locale) {
		return Texts.of(CoordinatePart.class, locale).get("part." + name());
	}
}
