package org.minplan.report.tests;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.minplan.report.ReportDocument;
import org.minplan.report.ReportDocument.Cell;
import org.minplan.report.ReportDocument.Heading;
import org.minplan.report.ReportDocument.Image;
import org.minplan.report.ReportDocument.Paragraph;
import org.minplan.report.ReportDocument.ParagraphStyle;
import org.minplan.report.ReportDocument.Table;

/**
 * Report documents for the writer tests, with what real plan tables have: two header rows with spans, a body
 * cell spanning two rows, numbers in two formats, a synthetic value, a bold total, notes, pictures (one with
 * SVG), a wide table.
 */
public final class SampleDocuments {

	/** Title of {@link #tables(String)}. */
	public static final String TITLE = "塔城地区矿产资源总体规划（2021—2025年）测试报表";
	/** Caption of the first table. */
	public static final String CAPTION = "专栏17 勘查规划区块表";
	/** Caption of the wide table. */
	public static final String WIDE_CAPTION = "专栏18 开采规划区块表";

	private SampleDocuments() {
	}

	/** @return the document of the test report {@code test.tables} */
	public static ReportDocument tables(String planName) {
		ReportDocument document = new ReportDocument(TITLE);
		document.subtitle().add("规划：" + planName);
		document.subtitle().add("由测试生成");
		document.setSynthetic(true);
		document.add(new Heading(1, "第一章 勘查规划区块"));
		document.add(new Paragraph("本章列出规划期内设置的勘查规划区块及其面积，面积以国家2000坐标系高斯投影计算。",
				ParagraphStyle.NORMAL));
		List<List<Cell>> header = List.of(
				List.of(Cell.text("序号").span(1, 2), Cell.text("区块编号").span(1, 2), Cell.text("区块名称").span(1, 2),
						Cell.text("矿种").span(1, 2), Cell.text("面积").span(2, 1), Cell.text("所在县市").span(1, 2)),
				List.of(Cell.text("平方千米"), Cell.text("公顷")));
		List<List<Cell>> body = List.of(
				List.of(Cell.number(1, "1", "0"), Cell.text("KC6542001"), Cell.text("塔城市某金矿勘查区"), Cell.text("金"),
						Cell.number(12.34, "12.34", "0.00"), Cell.number(1234, "1,234", "#,##0"),
						Cell.text("塔城市").span(1, 2)),
				List.of(Cell.number(2, "2", "0"), Cell.text("KC6542002"), Cell.text("托里县某铜矿勘查区"), Cell.text("铜"),
						Cell.number(5.6, "5.60", "0.00").markSynthetic(), Cell.number(560, "560", "#,##0").markSynthetic()),
				List.of(Cell.text("合计").span(4, 1).bold(), Cell.number(17.94, "17.94", "0.00").bold(),
						Cell.number(1794, "1,794", "#,##0").bold(), Cell.text("")));
		document.add(new Table("专栏17", CAPTION, "单位：平方千米、公顷", header, body,
				List.of("注：面积为规划区块的水平投影面积。"), false));
		document.add(new Image(png(400, 240), svg(), 120, "图1 勘查规划区块示意图"));
		document.add(new Image(png(300, 300), null, 60, "图2 位置示意图"));
		document.add(new Heading(1, "第二章 开采规划区块"));
		List<Cell> wideHeader = new ArrayList<>();
		for (int c = 1; c <= 14; c++) {
			wideHeader.add(Cell.text("指标" + c));
		}
		List<List<Cell>> wideBody = new ArrayList<>();
		for (int r = 1; r <= 3; r++) {
			List<Cell> row = new ArrayList<>();
			for (int c = 1; c <= 14; c++) {
				double value = r * 100 + c + 0.5;
				row.add(Cell.number(value, String.format("%.1f", value), "0.0"));
			}
			wideBody.add(row);
		}
		document.add(new Table("专栏18", WIDE_CAPTION, null, List.of(wideHeader), wideBody, List.of(), true));
		document.add(new Paragraph("注：带 † 的数值为示例数据。", ParagraphStyle.NOTE));
		return document;
	}

	/**
	 * @return a document with one table of {@code rows} body rows of 8 columns (codes, Chinese names, numbers),
	 *         the size of a large county submission
	 */
	public static ReportDocument large(int rows) {
		ReportDocument document = new ReportDocument("大表测试：" + rows + " 行");
		document.subtitle().add("基准测试");
		List<List<Cell>> header = List.of(
				List.of(Cell.text("序号").span(1, 2), Cell.text("区块编号").span(1, 2), Cell.text("区块名称").span(1, 2),
						Cell.text("矿种").span(1, 2), Cell.text("面积").span(2, 1), Cell.text("资源量").span(2, 1)),
				List.of(Cell.text("平方千米"), Cell.text("公顷"), Cell.text("万吨"), Cell.text("占比（%）")));
		List<List<Cell>> body = new ArrayList<>(rows);
		String[] minerals = { "金", "铜", "煤", "建筑用砂", "钨", "铁" };
		for (int r = 1; r <= rows; r++) {
			double area = (r % 977) * 0.731 + 0.25;
			double tonnes = (r % 313) * 12.5;
			List<Cell> row = List.of(Cell.number(r, Integer.toString(r), "0"), Cell.text(String.format("KC654%06d", r)),
					Cell.text("塔城地区第" + r + "号勘查规划区块"), Cell.text(minerals[r % minerals.length]),
					Cell.number(area, String.format("%.2f", area), "0.00"),
					Cell.number(area * 100, String.format("%.0f", area * 100), "#,##0"),
					Cell.number(tonnes, String.format("%.1f", tonnes), "0.0"),
					Cell.number(r % 100, Integer.toString(r % 100), "0"));
			body.add(r % 10 == 0 ? row.stream().map(Cell::markSynthetic).toList() : row);
		}
		document.setSynthetic(true);
		document.add(new Table("大表", "勘查规划区块表（" + rows + " 行）", "单位：平方千米", header, body,
				List.of("注：基准测试数据。"), false));
		return document;
	}

	/** @return a PNG of a map-like picture: frame, two polygons */
	public static byte[] png(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width, height);
		g.setColor(new Color(0xC8, 0xE6, 0xC9));
		g.fillPolygon(new int[] { 20, width / 2, width / 2 - 30, 40 }, new int[] { 30, 20, height - 40, height - 30 }, 4);
		g.setColor(new Color(0xFF, 0xCC, 0x80));
		g.fillRect(width / 2 + 10, height / 3, width / 3, height / 3);
		g.setColor(Color.DARK_GRAY);
		g.setStroke(new BasicStroke(2));
		g.drawRect(1, 1, width - 3, height - 3);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static String svg() {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"240\" viewBox=\"0 0 400 240\">"
				+ "<rect x=\"1\" y=\"1\" width=\"398\" height=\"238\" fill=\"white\" stroke=\"#444\"/>"
				+ "<polygon points=\"20,30 200,20 170,200 40,210\" fill=\"#c8e6c9\"/>"
				+ "<text x=\"60\" y=\"120\" font-size=\"16\">塔城市</text></svg>";
	}
}
