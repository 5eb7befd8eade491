package org.minplan.render;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.minplan.core.persistence.AtomicFileWriter;
import org.minplan.render.internal.CjkFont;
import org.minplan.render.internal.Java2dPainter;
import org.minplan.render.internal.Scene;
import org.minplan.render.internal.SvgWriter;

/**
 * A drawn map, ready to be written as PNG (Java2D) or SVG; both come from the same drawing, so they show the same
 * content. The raster image is painted on first use.
 */
public final class RenderedMap {

	private final Scene scene;
	private final CjkFont font;
	private final String title;
	private final double denominator;
	private final Rectangle2D frame;
	private final List<String> labels;
	private final List<Rectangle2D> labelBoxes;
	private final boolean synthetic;
	private BufferedImage image;

	RenderedMap(Scene scene, CjkFont font, String title, double denominator, Rectangle2D frame, List<String> labels,
			List<Rectangle2D> labelBoxes, boolean synthetic) {
		this.scene = scene;
		this.font = font;
		this.title = title;
		this.denominator = denominator;
		this.frame = frame;
		this.labels = List.copyOf(labels);
		this.labelBoxes = List.copyOf(labelBoxes);
		this.synthetic = synthetic;
	}

	/** @return sheet width in pixels */
	public int width() {
		return scene.width();
	}

	/** @return sheet height in pixels */
	public int height() {
		return scene.height();
	}

	/** @return the map's scale 1:N (a round figure) at the request's resolution */
	public double scaleDenominator() {
		return denominator;
	}

	/** @return the map frame (图廓) on the sheet, in pixels */
	public Rectangle2D frame() {
		return (Rectangle2D) frame.clone();
	}

	/** @return the labels written on the map (county names and element labels that found room) */
	public List<String> labels() {
		return labels;
	}

	/** @return where each of {@link #labels()} is written on the sheet (same order), in pixels */
	public List<Rectangle2D> labelBoxes() {
		return labelBoxes.stream().map(r -> (Rectangle2D) r.clone()).toList();
	}

	/** @return whether the map shows synthetic or approximate geometry (noted under the frame) */
	public boolean synthetic() {
		return synthetic;
	}

	/** @return the name of the font family the texts are drawn in */
	public String fontFamily() {
		return scene.fontFamily();
	}

	/** @return the map as an image */
	public synchronized BufferedImage image() {
		if (image == null) {
			image = new Java2dPainter(font).paint(scene);
		}
		return image;
	}

	/** @return the map as PNG bytes */
	public byte[] png() {
		ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
		try {
			ImageIO.write(image(), "png", out);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot encode the map as PNG", e);
		}
		return out.toByteArray();
	}

	/** @return the map as an SVG document */
	public String svg() {
		return new SvgWriter().write(scene, title);
	}

	/** Writes the PNG to {@code file} atomically (a reader never sees half a file). */
	public void writePng(Path file) throws IOException {
		byte[] bytes = png();
		new AtomicFileWriter().write(file, out -> out.write(bytes));
	}

	/** Writes the SVG (UTF-8) to {@code file} atomically. */
	public void writeSvg(Path file) throws IOException {
		byte[] bytes = svg().getBytes(StandardCharsets.UTF_8);
		new AtomicFileWriter().write(file, out -> out.write(bytes));
	}
}
