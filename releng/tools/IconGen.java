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
		if (args.length > 1) {
			writeModelIcons(new File(args[1]));
		}
	}

	static final Color EXPLORATION = new Color(0x1f, 0x6f, 0xd1);
	static final Color MINING = new Color(0xc6, 0x28, 0x28);
	static final Color SAND = new Color(0xb0, 0x7a, 0x2a);
	static final Color ENV = new Color(0x2e, 0x7d, 0x32);
	static final Color PURPLE = new Color(0x6a, 0x3d, 0x9a);

	/**
	 * Icons of the model's item providers (EMF looks them up as icons/full/obj16/&lt;Class&gt;.gif). GIF has
	 * only on/off transparency, so these are drawn without anti-aliasing.
	 */
	static void writeModelIcons(File dir) throws IOException {
		dir.mkdirs();
		gif(dir, "Plan", IconGen::logo);
		gif(dir, "AdministrativeDivision", g -> {
			g.setColor(new Color(0xed, 0xe7, 0xf6));
			Polygon p = new Polygon(new int[] { 1, 7, 14, 13, 6, 2 }, new int[] { 4, 1, 3, 12, 14, 10 }, 6);
			g.fillPolygon(p);
			g.setColor(PURPLE);
			g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] { 2f, 1f }, 0f));
			g.drawPolygon(p);
		});
		gif(dir, "Mineral", g -> {
			Polygon p = new Polygon(new int[] { 8, 14, 8, 2 }, new int[] { 1, 6, 15, 6 }, 4);
			g.setColor(new Color(0x90, 0xca, 0xf9));
			g.fillPolygon(p);
			g.setColor(BLUE);
			g.drawPolygon(p);
			g.drawLine(2, 6, 14, 6);
			g.drawLine(8, 1, 8, 15);
		});
		gif(dir, "MineralControl", g -> {
			g.setColor(DARK);
			g.drawLine(3, 1, 3, 15);
			g.setColor(MINING);
			g.fillPolygon(new Polygon(new int[] { 4, 14, 4 }, new int[] { 2, 5, 8 }, 3));
		});
		gif(dir, "ResourceReserve", g -> bars(g, false));
		gif(dir, "ReserveIncrease", g -> bars(g, true));
		gif(dir, "Mine", g -> {
			g.setColor(DARK);
			g.setStroke(new BasicStroke(2f));
			g.drawLine(3, 13, 12, 4);
			g.drawLine(3, 4, 12, 13);
			g.setColor(ORE);
			g.fillRect(1, 1, 5, 3);
			g.fillRect(10, 1, 5, 3);
		});
		gif(dir, "LayoutUnit", g -> {
			g.setColor(new Color(0xff, 0xcc, 0x80));
			g.fillRect(1, 2, 14, 3);
			g.setColor(new Color(0xa5, 0xd6, 0xa7));
			g.fillRect(1, 7, 14, 3);
			g.setColor(new Color(0x90, 0xca, 0xf9));
			g.fillRect(1, 12, 14, 3);
		});
		gif(dir, "PlanningZone", g -> zone(g, new Color(0xff, 0xe0, 0xb2), new Color(0xe6, 0x51, 0x00), true));
		gif(dir, "ExplorationBlock", g -> block(g, new Color(0xbb, 0xde, 0xfb), EXPLORATION));
		gif(dir, "MiningBlock", g -> block(g, new Color(0xff, 0xcd, 0xd2), MINING));
		gif(dir, "ConcentratedMiningArea", g -> block(g, new Color(0xf3, 0xe0, 0xc0), SAND));
		gif(dir, "EnvironmentalZone", g -> zone(g, new Color(0xc8, 0xe6, 0xc9), ENV, false));
		gif(dir, "AbandonedPit", g -> {
			g.setColor(new Color(0x79, 0x55, 0x48));
			g.fillOval(2, 4, 12, 9);
			g.setColor(new Color(0x3e, 0x27, 0x23));
			g.fillOval(5, 6, 6, 5);
		});
		gif(dir, "Indicator", g -> {
			g.setColor(DARK);
			g.drawLine(1, 14, 15, 14);
			g.setColor(GREEN);
			g.fillRect(2, 9, 3, 5);
			g.fillRect(6, 6, 3, 8);
			g.setColor(MINING);
			g.drawLine(1, 4, 15, 4);
			g.setColor(GREEN);
			g.fillRect(10, 3, 3, 11);
		});
		gif(dir, "MinimumScaleStandard", g -> {
			g.setColor(new Color(0xff, 0xf5, 0x9d));
			g.fillRect(1, 5, 14, 6);
			g.setColor(DARK);
			g.drawRect(1, 5, 14, 6);
			for (int x = 3; x < 15; x += 3) {
				g.drawLine(x, 5, x, 7);
			}
		});
		gif(dir, "Project", g -> {
			g.setColor(Color.WHITE);
			g.fillRect(3, 2, 10, 13);
			g.setColor(DARK);
			g.drawRect(3, 2, 10, 13);
			g.setColor(BLUE);
			g.fillRect(6, 1, 4, 3);
			g.drawLine(5, 7, 11, 7);
			g.drawLine(5, 10, 11, 10);
			g.drawLine(5, 13, 9, 13);
		});
		gif(dir, "ProcessingBase", g -> {
			g.setColor(new Color(0x60, 0x7d, 0x8b));
			g.fillPolygon(new Polygon(new int[] { 1, 1, 5, 5, 9, 9, 15, 15 }, new int[] { 15, 7, 10, 7, 10, 7, 10, 15 }, 8));
			g.fillRect(11, 2, 3, 7);
		});
		gif(dir, "PrintedStatement", g -> {
			g.setColor(DARK);
			g.setStroke(new BasicStroke(1.5f));
			g.drawLine(6, 2, 4, 14);
			g.drawLine(11, 2, 9, 14);
			g.drawLine(2, 6, 14, 6);
			g.drawLine(2, 10, 14, 10);
		});
		gif(dir, "ElementSelector", g -> {
			g.setColor(BLUE);
			g.fillPolygon(new Polygon(new int[] { 1, 15, 9, 9, 7, 7 }, new int[] { 2, 2, 8, 14, 13, 8 }, 6));
		});
		gif(dir, "NarrativeTable", g -> {
			g.setColor(Color.WHITE);
			g.fillRect(1, 2, 14, 12);
			g.setColor(DARK);
			g.drawRect(1, 2, 14, 12);
			g.drawLine(1, 6, 15, 6);
			g.drawLine(1, 10, 15, 10);
			g.drawLine(6, 2, 6, 14);
		});
		gif(dir, "NarrativeRow", g -> {
			g.setColor(Color.WHITE);
			g.fillRect(1, 5, 14, 6);
			g.setColor(DARK);
			g.drawRect(1, 5, 14, 6);
			g.drawLine(6, 5, 6, 11);
		});
	}

	static void bars(Graphics2D g, boolean plus) {
		g.setColor(ORE);
		g.fillRect(2, 10, 3, 5);
		g.fillRect(6, 7, 3, 8);
		g.fillRect(10, 4, 3, 11);
		g.setColor(EARTH);
		g.drawLine(1, 15, 15, 15);
		if (plus) {
			g.setColor(GREEN);
			g.setStroke(new BasicStroke(2f));
			g.drawLine(4, 1, 4, 7);
			g.drawLine(1, 4, 7, 4);
		}
	}

	static void block(Graphics2D g, Color fill, Color line) {
		Polygon p = new Polygon(new int[] { 2, 10, 14, 12, 3 }, new int[] { 3, 1, 7, 14, 12 }, 5);
		g.setColor(fill);
		g.fillPolygon(p);
		g.setColor(line);
		g.setStroke(new BasicStroke(1.6f));
		g.drawPolygon(p);
	}

	static void zone(Graphics2D g, Color fill, Color line, boolean dashed) {
		g.setColor(fill);
		g.fillRect(1, 2, 14, 12);
		g.setColor(line);
		g.setStroke(dashed ? new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] { 2f, 2f }, 0f)
				: new BasicStroke(1f));
		g.drawRect(1, 2, 14, 12);
		g.drawLine(1, 14, 15, 2);
	}

	static void gif(File dir, String name, Consumer<Graphics2D> painter) throws IOException {
		BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
		painter.accept(g);
		g.dispose();
		// GIF transparency is on/off: make every pixel fully opaque or fully transparent.
		for (int y = 0; y < 16; y++) {
			for (int x = 0; x < 16; x++) {
				int argb = image.getRGB(x, y);
				image.setRGB(x, y, (argb >>> 24) >= 128 ? argb | 0xff000000 : 0);
			}
		}
		ImageIO.write(image, "gif", new File(dir, name + ".gif"));
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
