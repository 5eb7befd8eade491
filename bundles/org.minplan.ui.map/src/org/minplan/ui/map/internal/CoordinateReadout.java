package org.minplan.ui.map.internal;

import java.util.Locale;

import org.eclipse.jface.action.ContributionItem;
import org.eclipse.jface.action.StatusLineLayoutData;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.locationtech.jts.geom.Coordinate;
import org.minplan.core.geometry.Crs;
import org.minplan.ui.map.internal.render.DisplayCrs;

/**
 * The coordinate read-out (坐标显示) in the status line: the position under the pointer as CGCS2000 longitude
 * and latitude (degrees, minutes, seconds) and as Gauss–Krüger X (north) and Y (east, with zone prefix) in the
 * 3° zone of that longitude, plus the map scale.
 */
public final class CoordinateReadout extends ContributionItem {

	/** Id of the status-line item. */
	public static final String ID = "org.minplan.ui.map.coordinates";

	private Label label;
	private String text = "";

	public CoordinateReadout() {
		super(ID);
	}

	@Override
	public void fill(Composite parent) {
		label = new Label(parent, SWT.SHADOW_NONE);
		StatusLineLayoutData data = new StatusLineLayoutData();
		data.widthHint = 620;
		label.setLayoutData(data);
		label.setText(text);
	}

	/** Shows {@code value} (empty to clear). */
	public void show(String value) {
		text = value;
		if (label != null && !label.isDisposed()) {
			label.setText(value);
		}
	}

	/** @return the text shown */
	public String text() {
		return text;
	}

	/**
	 * @param crs          the display system and transforms
	 * @param x            display easting
	 * @param y            display northing
	 * @param denominator  map scale 1:N
	 * @return e.g. {@code 经度 84°12′03.4″E 纬度 46°01′55.0″N | 第28带 X=5 098 765.43 Y=28 515 432.10 | 1:1 250 000}
	 */
	public static String format(DisplayCrs crs, double x, double y, double denominator) {
		Coordinate lonLat = crs.lonLat(x, y);
		int zone = Crs.zoneForLongitude(lonLat.x);
		String gk;
		if (zone >= Crs.FIRST_ZONE && zone <= Crs.LAST_ZONE) {
			Crs system = Crs.gaussKrueger3(zone, true);
			Coordinate p = system.equals(DisplayCrs.DISPLAY) ? new Coordinate(x, y)
					: crs.fromDisplay(x, y, system);
			gk = MapTexts.get("readout.gk", zone, metres(p.y), metres(p.x));
		} else {
			gk = "";
		}
		return MapTexts.get("readout.lonLat", dms(lonLat.x, 'E', 'W'), dms(lonLat.y, 'N', 'S')) + "   " + gk
				+ "   1:" + org.minplan.ui.map.internal.render.Decorations.ratioText(denominator);
	}

	static String metres(double value) {
		return String.format(Locale.ROOT, "%,.2f", value).replace(',', ' ');
	}

	/** @return an angle as degrees, minutes and seconds to 0.1″, e.g. 84°12′03.4″E */
	public static String dms(double degrees, char positive, char negative) {
		char hemisphere = degrees >= 0 ? positive : negative;
		double a = Math.abs(degrees);
		long tenths = Math.round(a * 36000);
		long d = tenths / 36000;
		long m = (tenths % 36000) / 600;
		long s = tenths % 600;
		return String.format(Locale.ROOT, "%d°%02d′%02d.%d″%c", d, m, s / 10, s % 10, hemisphere);
	}
}
