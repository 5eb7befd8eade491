package org.minplan.ui.map.internal.render;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.ILog;
import org.locationtech.jts.geom.Coordinate;
import org.minplan.core.geometry.Crs;
import org.minplan.core.geometry.CrsTransformer;

/**
 * The one coordinate system the map is drawn in — CGCS2000 3° Gauss–Krüger zone 28 with zone prefix
 * (EPSG:4516, central meridian 84°E, the middle of Tacheng) — and the transforms of every element's own
 * system into it and back. Areas and lengths on screen are therefore in metres on one plane.
 */
public final class DisplayCrs {

	/** The display system: CGCS2000 GK zone 28 with prefix. */
	public static final Crs DISPLAY = Crs.gaussKrueger3(28, true);

	private final CrsTransformer transformer;
	private final Map<Integer, Optional<Crs>> systems = new ConcurrentHashMap<>();

	public DisplayCrs(CrsTransformer transformer) {
		this.transformer = transformer;
	}

	/** @return the system of an EPSG code, empty (logged once) when the map cannot draw it */
	public Optional<Crs> system(int epsg) {
		return systems.computeIfAbsent(epsg, code -> {
			Optional<Crs> crs = Crs.fromEpsg(code);
			if (crs.isEmpty()) {
				ILog.of(DisplayCrs.class).warn("The map cannot draw geometries in EPSG:" + code
						+ ": only CGCS2000 (4490) and its Gauss-Kruger zones (4513-4554) are supported");
			}
			return crs;
		});
	}

	/** @return (x, y) of system {@code from} in display coordinates */
	public Coordinate toDisplay(double x, double y, Crs from) {
		return transformer.transform(new Coordinate(x, y), from, DISPLAY);
	}

	/** @return display coordinates (x, y) in system {@code to} */
	public Coordinate fromDisplay(double x, double y, Crs to) {
		return transformer.transform(new Coordinate(x, y), DISPLAY, to);
	}

	/** @return display coordinates as longitude/latitude (x = longitude) */
	public Coordinate lonLat(double x, double y) {
		return fromDisplay(x, y, Crs.lonLat());
	}

	/** @return the transformer used */
	public CrsTransformer transformer() {
		return transformer;
	}
}
