package org.minplan.ui.map.internal.render;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Pattern;
import org.eclipse.swt.graphics.RGB;
import org.minplan.ui.map.MapStyle;

/**
 * The drawing resources of one device shared by everything drawing the map (colours, label fonts, hatch
 * patterns), created on first use and released by {@link #dispose()}.
 */
public final class Resources {

	private static final int HATCH_TILE = 8;

	private final Device device;
	private final String fontName;
	private final Map<RGB, Color> colours = new HashMap<>();
	private final Map<String, Font> fonts = new HashMap<>();
	private final Map<String, Pattern> patterns = new HashMap<>();
	private final Map<String, Image> tiles = new HashMap<>();

	public Resources(Device device) {
		this.device = device;
		FontData[] system = device.getSystemFont().getFontData();
		this.fontName = system.length > 0 ? system[0].getName() : "Sans";
	}

	/** @return the device drawn on */
	public Device device() {
		return device;
	}

	/** @return the colour of an RGB value */
	public Color colour(RGB rgb) {
		return colours.computeIfAbsent(rgb, c -> new Color(device, c));
	}

	/** @return the label font of {@code size} points */
	public Font font(int size, boolean bold) {
		String key = size + (bold ? "b" : "");
		return fonts.computeIfAbsent(key, k -> new Font(device, fontName, size, bold ? SWT.BOLD : SWT.NORMAL));
	}

	/** @return a repeating pattern of hatching lines in {@code colour} */
	public Pattern hatch(MapStyle.Hatch hatch, RGB colour) {
		String key = hatch + "/" + colour;
		return patterns.computeIfAbsent(key, k -> new Pattern(device, tile(hatch, colour, k)));
	}

	private Image tile(MapStyle.Hatch hatch, RGB colour, String key) {
		// A client-side image (from ImageData) with transparent background: only the lines are drawn.
		ImageData data = new ImageData(HATCH_TILE, HATCH_TILE, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		byte[] alpha = new byte[HATCH_TILE * HATCH_TILE];
		int pixel = data.palette.getPixel(colour);
		for (int y = 0; y < HATCH_TILE; y++) {
			for (int x = 0; x < HATCH_TILE; x++) {
				boolean on = switch (hatch) {
				case DIAGONAL -> (x + y) % HATCH_TILE == 0;
				case BACK_DIAGONAL -> (x - y + HATCH_TILE) % HATCH_TILE == 0;
				case CROSS -> (x + y) % HATCH_TILE == 0 || (x - y + HATCH_TILE) % HATCH_TILE == 0;
				case HORIZONTAL -> y == 0;
				case NONE -> false;
				};
				if (on) {
					data.setPixel(x, y, pixel);
					alpha[y * HATCH_TILE + x] = (byte) 255;
				}
			}
		}
		data.alphaData = alpha;
		Image image = new Image(device, data);
		tiles.put(key, image);
		return image;
	}

	/** Releases fonts, patterns and images. */
	public void dispose() {
		fonts.values().forEach(Font::dispose);
		patterns.values().forEach(Pattern::dispose);
		tiles.values().forEach(Image::dispose);
		fonts.clear();
		patterns.clear();
		tiles.clear();
		colours.clear();
	}

	/**
	 * @return a new image whose drawing happens in this process (a cairo image surface): drawn far faster than an
	 *         X server image under Xvfb or remote displays
	 */
	public static Image clientImage(Device device, int width, int height, RGB background) {
		ImageData data = new ImageData(Math.max(1, width), Math.max(1, height), 24,
				new PaletteData(0xFF0000, 0xFF00, 0xFF));
		Image image = new Image(device, data);
		if (background != null) {
			GC gc = new GC(image);
			gc.setBackground(new Color(device, background));
			gc.fillRectangle(0, 0, width, height);
			gc.dispose();
		}
		return image;
	}
}
