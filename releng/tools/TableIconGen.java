import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

import javax.imageio.ImageIO;

/**
 * Draws the icons of the table views (a grid; a grid with a shaded total row and column), like IconGen.
 * Run from the repository root: {@code java releng/tools/TableIconGen.java bundles/org.minplan.ui.table/icons}.
 */
public class TableIconGen {

	static final Color LINE = new Color(0x2f, 0x6d, 0xb5);
	static final Color HEADER = new Color(0xc9, 0xdb, 0xf0);
	static final Color TOTAL = new Color(0xd9, 0xa4, 0x41);

	public static void main(String[] args) throws IOException {
		File dir = new File(args.length > 0 ? args[0] : ".");
		dir.mkdirs();
		write(new File(dir, "table16.png"), false);
		write(new File(dir, "crosstable16.png"), true);
	}

	static void write(File file, boolean totals) throws IOException {
		BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(1, 2, 14, 12);
		g.setColor(HEADER);
		g.fillRect(1, 2, 14, 3);
		if (totals) {
			g.setColor(TOTAL);
			g.fillRect(1, 11, 14, 3);
			g.fillRect(11, 2, 4, 12);
		}
		g.setColor(LINE);
		g.drawRect(1, 2, 13, 11);
		for (int y : new int[] { 5, 8, 11 }) {
			g.drawLine(1, y, 14, y);
		}
		for (int x : new int[] { 6, 10 }) {
			g.drawLine(x, 2, x, 13);
		}
		g.dispose();
		ImageIO.write(image, "png", file);
	}
}
