package org.minplan.ui.map.internal.render;

import org.locationtech.jts.geom.Envelope;

/**
 * Where the map looks: the display-system point at the centre of the canvas and the scale in pixels per metre.
 * Screen y grows downwards, northing upwards. A value: moving or zooming makes a new one.
 *
 * @param centreX       easting at the canvas centre (display system, metres)
 * @param centreY       northing at the canvas centre
 * @param pixelsPerMetre scale
 * @param width         canvas width in pixels
 * @param height        canvas height in pixels
 */
public record Viewport(double centreX, double centreY, double pixelsPerMetre, int width, int height) {

	/** Screen pixel size assumed for map scales (1:N): 0.28 mm, as OGC's standard rendering pixel. */
	public static final double METRES_PER_SCREEN_PIXEL = 0.00028;
	/** Closest zoom: 25 cm per pixel (keeps screen coordinates of a whole region within what cairo can draw). */
	public static final double MAX_PIXELS_PER_METRE = 4;
	/** Farthest zoom: 20 km per pixel. */
	public static final double MIN_PIXELS_PER_METRE = 1 / 20_000.0;

	/** @return a viewport showing {@code area} whole, with {@code margin} pixels around it */
	public static Viewport fit(Envelope area, int width, int height, int margin) {
		int w = Math.max(1, width - 2 * margin);
		int h = Math.max(1, height - 2 * margin);
		double scale = area.isNull() || area.getWidth() == 0 && area.getHeight() == 0 ? 0.01
				: Math.min(w / Math.max(area.getWidth(), 1e-6), h / Math.max(area.getHeight(), 1e-6));
		double cx = area.isNull() ? 28_500_000 : area.centre().x;
		double cy = area.isNull() ? 5_000_000 : area.centre().y;
		return new Viewport(cx, cy, clamp(scale), width, height);
	}

	private static double clamp(double scale) {
		return Math.max(MIN_PIXELS_PER_METRE, Math.min(MAX_PIXELS_PER_METRE, scale));
	}

	/** @return metres per pixel */
	public double metresPerPixel() {
		return 1 / pixelsPerMetre;
	}

	/** @return the map scale denominator N of 1:N for a 0.28 mm screen pixel */
	public double scaleDenominator() {
		return metresPerPixel() / METRES_PER_SCREEN_PIXEL;
	}

	/** @return screen x of easting {@code x} */
	public double screenX(double x) {
		return (x - centreX) * pixelsPerMetre + width / 2.0;
	}

	/** @return screen y of northing {@code y} */
	public double screenY(double y) {
		return height / 2.0 - (y - centreY) * pixelsPerMetre;
	}

	/** @return easting at screen x */
	public double worldX(double sx) {
		return centreX + (sx - width / 2.0) / pixelsPerMetre;
	}

	/** @return northing at screen y */
	public double worldY(double sy) {
		return centreY - (sy - height / 2.0) / pixelsPerMetre;
	}

	/** @return the part of the display plane on screen */
	public Envelope envelope() {
		return new Envelope(worldX(0), worldX(width), worldY(height), worldY(0));
	}

	/** @return the envelope of a screen rectangle */
	public Envelope envelope(int x, int y, int w, int h) {
		return new Envelope(worldX(x), worldX(x + w), worldY(y + h), worldY(y));
	}

	/** @return this viewport moved by a screen offset (content follows the mouse: dx right moves the map right) */
	public Viewport panned(double dx, double dy) {
		return new Viewport(centreX - dx / pixelsPerMetre, centreY + dy / pixelsPerMetre, pixelsPerMetre, width,
				height);
	}

	/** @return zoomed by {@code factor} (>1 closer) keeping the world point under screen (sx, sy) in place */
	public Viewport zoomed(double factor, double sx, double sy) {
		double scale = clamp(pixelsPerMetre * factor);
		double wx = worldX(sx);
		double wy = worldY(sy);
		double cx = wx - (sx - width / 2.0) / scale;
		double cy = wy + (sy - height / 2.0) / scale;
		return new Viewport(cx, cy, scale, width, height);
	}

	/** @return centred on (x, y) */
	public Viewport centredOn(double x, double y) {
		return new Viewport(x, y, pixelsPerMetre, width, height);
	}

	/** @return the same view on a canvas of another size */
	public Viewport resized(int w, int h) {
		return new Viewport(centreX, centreY, pixelsPerMetre, w, h);
	}

	/** @return at another scale (pixels per metre), same centre */
	public Viewport withScale(double ppm) {
		return new Viewport(centreX, centreY, clamp(ppm), width, height);
	}
}
