import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * Draws the workbench's icons as PNG files, so they are reproducible and need no image editor.
 * Run from the repository root: {@code java releng/tools/IconGen.java bundles/org.minplan.ui/icons}.
 * Shapes are drawn on a 16-unit grid and scaled to each size.
 */
public class IconGen {

	static final Color EARTH = new Color(0x8d, 0x5a, 0x2b);
	static final Color ORE = new Color(0xd9, 0xa4, 0x41);
	static final Color BLUE = new Color(0x2f, 0x6d, 0xb5);
	static final Color GREEN = new Color(0x3c, 0x8d, 0x40);
	static final Color DARK = new Color(0x33, 0x33, 0x33);

	public static void main(String[] args) throws IOException {
		File dir = new File(args.length > 0 ? args[0] : ".");
		dir.mkdirs();
		for (int size : new int[] { 16, 32, 48, 64, 128 }) {
			write(dir, "minplan" + size + ".png", size, IconGen::logo);
		}
		write(dir, "perspective16.png", 16, IconGen::perspective);
		write(dir, "explorer16.png", 16, IconGen::explorer);
	}

	/** Product logo: a mountain with an ore vein over a map grid. */
	static void logo(Graphics2D g) {
		g.setColor(new Color(0xe8, 0xf0, 0xf8));
		g.fillRoundRect(0, 0, 16, 16, 4, 4);
		g.setColor(BLUE);
		g.setStroke(new BasicStroke(0.6f));
		for (int i = 4; i < 16; i += 4) {
			g.drawLine(i, 1, i, 15);
			g.drawLine(1, i, 15, i);
		}
		g.setColor(EARTH);
		g.fillPolygon(new Polygon(new int[] { 1, 6, 9, 11, 15 }, new int[] { 14, 5, 9, 7, 14 }, 5));
		g.setColor(ORE);
		g.setStroke(new BasicStroke(1.4f));
		Path2D vein = new Path2D.Float();
		vein.moveTo(4, 12.5);
		vein.lineTo(7, 10);
		vein.lineTo(10, 11.5);
		vein.lineTo(12.5, 10);
		g.draw(vein);
	}

	/** Perspective: a map sheet with a polygon. */
	static void perspective(Graphics2D g) {
		g.setColor(Color.WHITE);
		g.fillRect(1, 2, 14, 12);
		g.setColor(DARK);
		g.setStroke(new BasicStroke(1f));
		g.drawRect(1, 2, 14, 12);
		g.setColor(new Color(0xf4, 0xc4, 0x7a));
		Polygon p = new Polygon(new int[] { 3, 9, 13, 10, 4 }, new int[] { 5, 4, 8, 12, 11 }, 5);
		g.fillPolygon(p);
		g.setColor(EARTH);
		g.drawPolygon(p);
	}

	/** Explorer: a small tree. */
	static void explorer(Graphics2D g) {
		g.setColor(DARK);
		g.setStroke(new BasicStroke(1f));
		g.drawLine(4, 5, 4, 13);
		g.drawLine(4, 9, 8, 9);
		g.drawLine(4, 13, 8, 13);
		g.setColor(BLUE);
		g.fillRect(2, 1, 5, 4);
		g.setColor(GREEN);
		g.fillRect(8, 7, 6, 4);
		g.setColor(ORE);
		g.fillRect(8, 11, 6, 4);
	}

	static void write(File dir, String name, int size, Consumer<Graphics2D> painter) throws IOException {
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		g.setTransform(AffineTransform.getScaleInstance(size / 16.0, size / 16.0));
		painter.accept(g);
		g.dispose();
		ImageIO.write(image, "png", new File(dir, name));
	}
}
