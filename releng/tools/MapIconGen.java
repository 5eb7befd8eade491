import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * Draws the map editor's 16×16 icons as PNG files (reproducible, no image editor needed).
 * Run from the repository root: {@code java releng/tools/MapIconGen.java bundles/org.minplan.ui.map/icons}.
 * Colours follow the map's conventions: exploration blue, mining red, sand-gravel brown-orange, boundaries purple.
 */
public class MapIconGen {

	static final Color BLUE = new Color(0, 102, 204);
	static final Color BLUE_FILL = new Color(173, 206, 240);
	static final Color RED = new Color(200, 16, 16);
	static final Color RED_FILL = new Color(250, 184, 184);
	static final Color ORANGE = new Color(184, 84, 12);
	static final Color ORANGE_FILL = new Color(253, 198, 140);
	static final Color PURPLE = new Color(122, 32, 140);
	static final Color GREEN = new Color(27, 120, 55);
	static final Color DARK = new Color(50, 50, 50);
	static final Color PAPER = new Color(250, 248, 240);
	static final Color AMBER = new Color(204, 133, 0);

	public static void main(String[] args) throws IOException {
		File dir = new File(args.length > 0 ? args[0] : ".");
		dir.mkdirs();
		write(dir, "map16", g -> {
			g.setColor(PAPER);
			g.fillRect(1, 2, 14, 12);
			g.setColor(BLUE_FILL);
			g.fillPolygon(new Polygon(new int[] { 3, 8, 7, 2 }, new int[] { 4, 4, 9, 8 }, 4));
			g.setColor(BLUE);
			g.drawPolygon(new Polygon(new int[] { 3, 8, 7, 2 }, new int[] { 4, 4, 9, 8 }, 4));
			g.setColor(RED_FILL);
			g.fillPolygon(new Polygon(new int[] { 9, 14, 13, 9 }, new int[] { 8, 7, 12, 12 }, 4));
			g.setColor(RED);
			g.drawPolygon(new Polygon(new int[] { 9, 14, 13, 9 }, new int[] { 8, 7, 12, 12 }, 4));
			g.setColor(DARK);
			g.drawRect(1, 2, 14, 12);
		});
		write(dir, "layout16", g -> {
			g.setColor(AMBER);
			g.fillRoundRect(0, 6, 5, 4, 2, 2);
			g.setColor(BLUE);
			g.fillRect(9, 1, 6, 4);
			g.setColor(RED);
			g.fillRect(9, 11, 6, 4);
			g.setColor(DARK);
			g.drawLine(5, 8, 7, 8);
			g.drawLine(7, 3, 7, 13);
			g.drawLine(7, 3, 9, 3);
			g.drawLine(7, 13, 9, 13);
		});
		write(dir, "select16", g -> {
			Polygon arrow = new Polygon(new int[] { 3, 3, 6, 8, 10, 8, 12 }, new int[] { 1, 13, 10, 15, 14, 9, 9 }, 7);
			g.setColor(Color.WHITE);
			g.fillPolygon(arrow);
			g.setColor(DARK);
			g.drawPolygon(arrow);
		});
		write(dir, "pan16", g -> {
			g.setColor(DARK);
			g.setStroke(new BasicStroke(1.6f));
			g.draw(new Line2D.Double(8, 1.5, 8, 14.5));
			g.draw(new Line2D.Double(1.5, 8, 14.5, 8));
			g.fillPolygon(new Polygon(new int[] { 8, 5, 11 }, new int[] { 0, 4, 4 }, 3));
			g.fillPolygon(new Polygon(new int[] { 8, 5, 11 }, new int[] { 16, 12, 12 }, 3));
			g.fillPolygon(new Polygon(new int[] { 0, 4, 4 }, new int[] { 8, 5, 11 }, 3));
			g.fillPolygon(new Polygon(new int[] { 16, 12, 12 }, new int[] { 8, 5, 11 }, 3));
		});
		write(dir, "drawExploration16", g -> drawBlock(g, BLUE_FILL, BLUE));
		write(dir, "drawMining16", g -> drawBlock(g, RED_FILL, RED));
		write(dir, "drawConcentrated16", g -> drawBlock(g, ORANGE_FILL, ORANGE));
		write(dir, "zoomIn16", g -> magnifier(g, true, false));
		write(dir, "zoomOut16", g -> magnifier(g, false, false));
		write(dir, "zoomPlan16", g -> {
			g.setColor(PAPER);
			g.fillRect(2, 2, 12, 12);
			g.setColor(PURPLE);
			g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] { 2, 1 }, 0));
			g.drawPolygon(new Polygon(new int[] { 4, 9, 12, 11, 5 }, new int[] { 5, 3, 6, 12, 11 }, 5));
			g.setStroke(new BasicStroke(1.2f));
			g.setColor(DARK);
			g.drawLine(0, 0, 3, 0);
			g.drawLine(0, 0, 0, 3);
			g.drawLine(15, 15, 12, 15);
			g.drawLine(15, 15, 15, 12);
			g.drawLine(15, 0, 12, 0);
			g.drawLine(15, 0, 15, 3);
			g.drawLine(0, 15, 3, 15);
			g.drawLine(0, 15, 0, 12);
		});
		write(dir, "zoomSelection16", g -> magnifier(g, false, true));
		write(dir, "layers16", g -> {
			for (int i = 2; i >= 0; i--) {
				int y = 3 + 4 * i;
				Polygon p = new Polygon(new int[] { 1, 8, 15, 8 }, new int[] { y + 2, y - 1, y + 2, y + 5 }, 4);
				g.setColor(i == 0 ? BLUE_FILL : i == 1 ? RED_FILL : new Color(204, 235, 197));
				g.fillPolygon(p);
				g.setColor(i == 0 ? BLUE : i == 1 ? RED : GREEN);
				g.drawPolygon(p);
			}
		});
		write(dir, "legend16", g -> {
			g.setColor(Color.WHITE);
			g.fillRect(1, 1, 14, 14);
			g.setColor(DARK);
			g.drawRect(1, 1, 14, 14);
			g.setColor(BLUE_FILL);
			g.fillRect(3, 3, 4, 3);
			g.setColor(BLUE);
			g.drawRect(3, 3, 4, 3);
			g.setColor(RED_FILL);
			g.fillRect(3, 9, 4, 3);
			g.setColor(RED);
			g.drawRect(3, 9, 4, 3);
			g.setColor(DARK);
			g.drawLine(9, 5, 13, 5);
			g.drawLine(9, 11, 13, 11);
		});
		write(dir, "overview16", g -> {
			g.setColor(PAPER);
			g.fillRect(0, 1, 16, 14);
			g.setColor(DARK);
			g.drawRect(0, 1, 15, 13);
			g.setColor(PURPLE);
			g.drawPolygon(new Polygon(new int[] { 3, 9, 13, 11, 4 }, new int[] { 5, 3, 6, 12, 11 }, 5));
			g.setColor(RED);
			g.setStroke(new BasicStroke(1.5f));
			g.drawRect(6, 5, 4, 4);
		});
		write(dir, "export16", g -> {
			g.setColor(PAPER);
			g.fillRect(1, 3, 10, 12);
			g.setColor(DARK);
			g.drawRect(1, 3, 10, 12);
			g.setColor(BLUE);
			g.fillRect(3, 6, 4, 3);
			g.setColor(GREEN);
			g.setStroke(new BasicStroke(2f));
			g.draw(new Line2D.Double(8, 8, 14, 2));
			g.fillPolygon(new Polygon(new int[] { 15, 10, 15 }, new int[] { 1, 1, 6 }, 3));
		});
		write(dir, "delete16", g -> {
			g.setColor(RED);
			g.setStroke(new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			g.draw(new Line2D.Double(3, 3, 13, 13));
			g.draw(new Line2D.Double(13, 3, 3, 13));
		});
		write(dir, "deleteVertex16", g -> {
			g.setColor(BLUE);
			g.drawPolyline(new int[] { 1, 8, 15 }, new int[] { 13, 3, 13 }, 3);
			g.setColor(Color.WHITE);
			g.fillRect(6, 1, 5, 5);
			g.setColor(DARK);
			g.drawRect(6, 1, 5, 5);
			g.setColor(RED);
			g.setStroke(new BasicStroke(1.8f));
			g.draw(new Line2D.Double(9, 9, 15, 15));
			g.draw(new Line2D.Double(15, 9, 9, 15));
		});
	}

	static void drawBlock(Graphics2D g, Color fill, Color line) {
		Polygon p = new Polygon(new int[] { 2, 9, 13, 11, 3 }, new int[] { 4, 2, 7, 13, 11 }, 5);
		g.setColor(fill);
		g.fillPolygon(p);
		g.setColor(line);
		g.setStroke(new BasicStroke(1.4f));
		g.drawPolygon(p);
		g.setColor(Color.WHITE);
		g.fillRect(10, 10, 6, 6);
		g.setColor(DARK);
		g.setStroke(new BasicStroke(1.6f));
		g.draw(new Line2D.Double(13, 10, 13, 16));
		g.draw(new Line2D.Double(10, 13, 16, 13));
	}

	static void magnifier(Graphics2D g, boolean plus, boolean box) {
		g.setColor(Color.WHITE);
		g.fill(new Ellipse2D.Double(1, 1, 10, 10));
		g.setColor(DARK);
		g.setStroke(new BasicStroke(1.5f));
		g.draw(new Ellipse2D.Double(1, 1, 10, 10));
		g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(new Line2D.Double(10, 10, 14.5, 14.5));
		g.setStroke(new BasicStroke(1.5f));
		if (box) {
			g.setColor(new Color(0, 170, 255));
			g.drawRect(4, 4, 4, 4);
		} else {
			g.draw(new Line2D.Double(3.5, 6, 8.5, 6));
			if (plus) {
				g.draw(new Line2D.Double(6, 3.5, 6, 8.5));
			}
		}
	}

	static void write(File dir, String name, Consumer<Graphics2D> painter) throws IOException {
		BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		painter.accept(g);
		g.dispose();
		ImageIO.write(image, "png", new File(dir, name + ".png"));
	}
}
