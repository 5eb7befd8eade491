package org.minplan.report.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.minplan.core.i18n.Texts;
import org.minplan.report.ReportDocument;
import org.minplan.report.ReportDocument.Block;
import org.minplan.report.ReportDocument.Heading;
import org.minplan.report.ReportDocument.Image;
import org.minplan.report.ReportDocument.PageBreak;
import org.minplan.report.ReportDocument.Paragraph;
import org.minplan.report.ReportDocument.Table;
import org.minplan.report.internal.TableGrid.Placed;

/**
 * Writes a report as an Excel workbook (streaming, so tables of any length fit in memory).
 * <p>
 * The first sheet (说明) carries the title, subtitle lines, the synthetic-data notice, headings, paragraphs,
 * pictures and, for each table, a line linking to its sheet. Each table gets a sheet: caption (row 1), unit
 * (row 2, right), header rows (bold, bordered, wrapped, centred, merged where cells span, frozen and repeated
 * when printed), body rows (numeric cells carry the number with the table's number format, totals in bold),
 * then the notes. <b>Synthetic values</b> (示例数据) are shown in grey italics and explained by a note line
 * under the table; cell comments are not used because thousands of them would bury the real notes.
 */
public final class XlsxReportWriter implements DocumentWriter {

	/** Character widths a column may take at most, so long names wrap instead of pushing columns off screen. */
	private static final int MAX_COLUMN_CHARS = 40;
	private static final int MIN_COLUMN_CHARS = 6;
	private static final int ABOUT_COLUMN_CHARS = 100;
	private static final String FONT = "宋体";
	/** English Metric Units per pixel at 96 dpi (12 700 EMU a point). */
	private static final int EMU_PER_PIXEL = 9525;

	static {
		// POI logs through the Log4j API; without a Log4j implementation installed the API prints "ERROR Log4j
		// API could not find a logging provider" to the terminal of `minplan report`. Its own simple logger
		// (errors only, to stderr) is enough, unless the user configured something else.
		if (System.getProperty("log4j2.loggerContextFactory") == null) {
			System.setProperty("log4j2.loggerContextFactory",
					"org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		}
	}

	@Override
	public void write(ReportDocument document, Locale locale, OutputStream out) throws IOException {
		Texts texts = DocumentWriter.texts(locale);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			workbook.setCompressTempFiles(true);
			Styles styles = new Styles(workbook);
			Sheet about = workbook.createSheet(WorkbookUtil.createSafeSheetName(texts.get("xlsx.aboutSheet")));
			Set<String> names = new HashSet<>();
			names.add(about.getSheetName().toLowerCase(Locale.ROOT));
			about.setColumnWidth(0, ABOUT_COLUMN_CHARS * 256);
			int[] next = { 0 };
			text(about, next, document.title(), styles.title);
			for (String line : document.subtitle()) {
				text(about, next, line, styles.plain);
			}
			if (document.synthetic()) {
				next[0]++;
				text(about, next, texts.get("notice.synthetic"), styles.warning);
				text(about, next, texts.get("xlsx.syntheticLegend"), styles.note);
			}
			next[0]++;
			int tableNumber = 0;
			for (Block block : document.blocks()) {
				if (block instanceof Heading h) {
					next[0]++;
					text(about, next, h.text(), h.level() <= 1 ? styles.heading1 : styles.heading2);
				} else if (block instanceof Paragraph p) {
					CellStyle style = switch (p.style() == null ? ReportDocument.ParagraphStyle.NORMAL : p.style()) {
					case NOTE -> styles.note;
					case WARNING -> styles.warning;
					default -> styles.wrapped;
					};
					text(about, next, p.text(), style);
				} else if (block instanceof Table t) {
					tableNumber++;
					String name = uniqueName(t.sheetName(), tableNumber, texts, names);
					writeTable(workbook, styles, t, name, texts);
					Row row = about.createRow(next[0]++);
					Cell link = row.createCell(0);
					link.setCellValue(texts.get("xlsx.tableLink", caption(t, name), name));
					Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
					hyperlink.setAddress("'" + name.replace("'", "''") + "'!A1");
					link.setHyperlink(hyperlink);
					link.setCellStyle(styles.link);
				} else if (block instanceof Image image) {
					picture(workbook, about, next, image, styles);
				} else if (block instanceof PageBreak) {
					// pages are the printer's business in a workbook
				}
			}
			workbook.write(out);
			workbook.dispose();
		}
	}

	private static String caption(Table table, String sheetName) {
		return table.caption() == null || table.caption().isBlank() ? sheetName : table.caption();
	}

	private static String uniqueName(String wanted, int number, Texts texts, Set<String> taken) {
		String base = wanted == null || wanted.isBlank() ? texts.get("xlsx.tableSheet", number)
				: WorkbookUtil.createSafeSheetName(wanted);
		String name = base;
		for (int k = 2; taken.contains(name.toLowerCase(Locale.ROOT)); k++) {
			String suffix = "(" + k + ")";
			name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
		}
		taken.add(name.toLowerCase(Locale.ROOT));
		return name;
	}

	private static void text(Sheet sheet, int[] next, String text, CellStyle style) {
		Row row = sheet.createRow(next[0]++);
		Cell cell = row.createCell(0);
		cell.setCellValue(text == null ? "" : text);
		cell.setCellStyle(style);
		int lines = Math.max(1, (TableGrid.displayWidth(text) + ABOUT_COLUMN_CHARS - 1) / ABOUT_COLUMN_CHARS);
		if (text != null) {
			lines = Math.max(lines, (int) text.lines().count());
		}
		if (lines > 1) {
			row.setHeightInPoints(lines * 15f);
		}
	}

	private static void picture(Workbook workbook, Sheet sheet, int[] next, Image image, Styles styles)
			throws IOException {
		java.awt.image.BufferedImage read = ImageIO.read(new ByteArrayInputStream(image.png()));
		if (read == null) {
			throw new IOException("The picture \"" + image.caption() + "\" is not a PNG image");
		}
		int index = workbook.addPicture(image.png(), Workbook.PICTURE_TYPE_PNG);
		Drawing<?> drawing = sheet.createDrawingPatriarch();
		CreationHelper helper = workbook.getCreationHelper();
		ClientAnchor anchor = helper.createClientAnchor();
		anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
		anchor.setCol1(0);
		anchor.setRow1(next[0]);
		double widthPx = image.widthMm() / 25.4 * 96;
		double heightPx = widthPx * read.getHeight() / read.getWidth();
		// The default row is 15 pt = 20 px high at 96 dpi; place the picture over as many rows as it needs.
		int rows = (int) Math.ceil(heightPx / 20.0);
		// Column A is ABOUT_COLUMN_CHARS wide (about 7 px a character in Excel's default font).
		double columnPx = ABOUT_COLUMN_CHARS * 7.0;
		anchor.setCol2(0);
		anchor.setDx1(0);
		anchor.setDy1(0);
		anchor.setRow2(next[0] + rows);
		anchor.setDx2((int) (Math.min(widthPx, columnPx) * EMU_PER_PIXEL));
		anchor.setDy2(0);
		drawing.createPicture(anchor, index);
		next[0] += rows;
		if (image.caption() != null && !image.caption().isBlank()) {
			text(sheet, next, image.caption(), styles.captionCentred);
		}
		next[0]++;
	}

	private static void writeTable(SXSSFWorkbook workbook, Styles styles, Table table, String name, Texts texts) {
		Sheet sheet = workbook.createSheet(name);
		TableGrid grid = TableGrid.of(table);
		int columns = grid.columns();
		int[] widths = grid.textWidths(false);
		int[] headerWidths = grid.textWidths(true);
		for (int c = 0; c < columns; c++) {
			// Header texts wrap, so they widen a column only up to about eight Chinese characters.
			int chars = Math.max(widths[c], Math.min(headerWidths[c], 16)) + 2;
			sheet.setColumnWidth(c, Math.max(MIN_COLUMN_CHARS, Math.min(MAX_COLUMN_CHARS, chars)) * 256);
		}
		int r = 0;
		Row captionRow = sheet.createRow(r);
		captionRow.setHeightInPoints(24);
		cell(captionRow, 0, caption(table, name), styles.caption);
		if (columns > 1) {
			sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, 0, columns - 1));
		}
		r++;
		if (table.unit() != null && !table.unit().isBlank()) {
			Row unitRow = sheet.createRow(r);
			cell(unitRow, 0, table.unit(), styles.unit);
			if (columns > 1) {
				sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, 0, columns - 1));
			}
			r++;
		}
		int headerStart = r;
		r = section(sheet, styles, grid.header(), r, columns, true);
		int headerEnd = r;
		if (headerEnd > headerStart) {
			sheet.createFreezePane(0, headerEnd);
			sheet.setRepeatingRows(new CellRangeAddress(headerStart, headerEnd - 1, -1, -1));
		}
		r = section(sheet, styles, grid.body(), r, columns, false);
		boolean anySynthetic = table.bodyRows().stream().flatMap(List::stream)
				.anyMatch(ReportDocument.Cell::synthetic);
		for (String note : table.notes()) {
			r = noteRow(sheet, styles, r, columns, note);
		}
		if (anySynthetic) {
			r = noteRow(sheet, styles, r, columns, texts.get("xlsx.syntheticLegend"));
		}
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(table.wide() ? PrintSetup.A3_PAPERSIZE : PrintSetup.A4_PAPERSIZE);
		print.setLandscape(table.wide() || columns > 8);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
	}

	private static int noteRow(Sheet sheet, Styles styles, int r, int columns, String note) {
		Row row = sheet.createRow(r);
		cell(row, 0, note, styles.note);
		if (columns > 1) {
			sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, 0, columns - 1));
		}
		int widthChars = 0;
		for (int c = 0; c < columns; c++) {
			widthChars += sheet.getColumnWidth(c) / 256;
		}
		int lines = Math.max(1, (TableGrid.displayWidth(note) + widthChars - 1) / Math.max(1, widthChars));
		if (lines > 1) {
			row.setHeightInPoints(lines * 14f);
		}
		return r + 1;
	}

	/** Writes header or body rows; covered slots of spanning cells get the same style so borders show. */
	private static int section(Sheet sheet, Styles styles, List<List<Placed>> rows, int start, int columns,
			boolean header) {
		int count = rows.size();
		if (count == 0) {
			return start;
		}
		// Slots covered by a span from an earlier row: filled when that row is written.
		Map<Integer, CellStyle[]> pending = new HashMap<>();
		for (int i = 0; i < count; i++) {
			Row row = sheet.createRow(start + i);
			CellStyle[] covered = pending.remove(i);
			if (covered != null) {
				for (int c = 0; c < columns; c++) {
					if (covered[c] != null) {
						row.createCell(c).setCellStyle(covered[c]);
					}
				}
			}
			for (Placed p : rows.get(i)) {
				ReportDocument.Cell value = p.cell();
				CellStyle style = styles.cell(value, header);
				Cell cell = row.createCell(p.column());
				cell.setCellStyle(style);
				if (!header && value.number() != null && Double.isFinite(value.number())) {
					cell.setCellValue(value.number());
				} else if (value.text() != null) {
					cell.setCellValue(value.text());
				}
				for (int c = p.column() + 1; c < p.column() + p.colSpan() && c < columns; c++) {
					row.createCell(c).setCellStyle(style);
				}
				for (int k = 1; k < p.rowSpan(); k++) {
					CellStyle[] later = pending.computeIfAbsent(i + k, x -> new CellStyle[columns]);
					for (int c = p.column(); c < p.column() + p.colSpan() && c < columns; c++) {
						later[c] = style;
					}
				}
				if (p.colSpan() > 1 || p.rowSpan() > 1) {
					sheet.addMergedRegionUnsafe(new CellRangeAddress(start + i, start + i + p.rowSpan() - 1,
							p.column(), Math.min(columns - 1, p.column() + p.colSpan() - 1)));
				}
			}
		}
		return start + count;
	}

	private static Cell cell(Row row, int column, String text, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(text == null ? "" : text);
		cell.setCellStyle(style);
		return cell;
	}

	/** The workbook's styles, created once each (a workbook holds at most 64 000 styles). */
	private static final class Styles {
		private final Workbook workbook;
		private final Map<String, CellStyle> cells = new HashMap<>();
		final CellStyle title;
		final CellStyle heading1;
		final CellStyle heading2;
		final CellStyle plain;
		final CellStyle wrapped;
		final CellStyle note;
		final CellStyle warning;
		final CellStyle link;
		final CellStyle caption;
		final CellStyle captionCentred;
		final CellStyle unit;

		Styles(Workbook workbook) {
			this.workbook = workbook;
			title = style(font(16, true, false, IndexedColors.BLACK), HorizontalAlignment.LEFT, false);
			heading1 = style(font(14, true, false, IndexedColors.BLACK), HorizontalAlignment.LEFT, false);
			heading2 = style(font(12, true, false, IndexedColors.BLACK), HorizontalAlignment.LEFT, false);
			plain = style(font(11, false, false, IndexedColors.BLACK), HorizontalAlignment.LEFT, false);
			wrapped = style(font(11, false, false, IndexedColors.BLACK), HorizontalAlignment.LEFT, true);
			note = style(font(10, false, false, IndexedColors.GREY_80_PERCENT), HorizontalAlignment.LEFT, true);
			warning = style(font(11, true, false, IndexedColors.DARK_RED), HorizontalAlignment.LEFT, true);
			Font linkFont = font(11, false, false, IndexedColors.BLUE);
			linkFont.setUnderline(Font.U_SINGLE);
			link = style(linkFont, HorizontalAlignment.LEFT, false);
			caption = style(font(14, true, false, IndexedColors.BLACK), HorizontalAlignment.CENTER, false);
			captionCentred = style(font(10, false, false, IndexedColors.BLACK), HorizontalAlignment.CENTER, false);
			unit = style(font(10, false, false, IndexedColors.BLACK), HorizontalAlignment.RIGHT, false);
		}

		private Font font(int points, boolean bold, boolean italic, IndexedColors colour) {
			Font font = workbook.createFont();
			font.setFontName(FONT);
			font.setFontHeightInPoints((short) points);
			font.setBold(bold);
			font.setItalic(italic);
			font.setColor(colour.getIndex());
			return font;
		}

		private CellStyle style(Font font, HorizontalAlignment alignment, boolean wrap) {
			CellStyle style = workbook.createCellStyle();
			style.setFont(font);
			style.setAlignment(alignment);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			style.setWrapText(wrap);
			return style;
		}

		/** @return the style of a table cell: header or body, number format, bold, synthetic */
		CellStyle cell(ReportDocument.Cell cell, boolean header) {
			boolean number = !header && cell.number() != null;
			String format = number && cell.format() != null ? cell.format() : "";
			String key = (header ? "h" : "b") + (number ? "n" : "t") + (cell.emphasis() ? "B" : "")
					+ (cell.synthetic() ? "S" : "") + "|" + format;
			return cells.computeIfAbsent(key, k -> {
				boolean synthetic = cell.synthetic() && !header;
				Font font = font(header ? 10 : 10, header || cell.emphasis(), synthetic,
						synthetic ? IndexedColors.GREY_50_PERCENT : IndexedColors.BLACK);
				HorizontalAlignment alignment = header ? HorizontalAlignment.CENTER
						: number ? HorizontalAlignment.RIGHT : HorizontalAlignment.LEFT;
				CellStyle style = style(font, alignment, true);
				style.setBorderTop(BorderStyle.THIN);
				style.setBorderBottom(BorderStyle.THIN);
				style.setBorderLeft(BorderStyle.THIN);
				style.setBorderRight(BorderStyle.THIN);
				if (header) {
					style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
					style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
				}
				if (!format.isEmpty()) {
					style.setDataFormat(workbook.createDataFormat().getFormat(format));
				}
				return style;
			});
		}
	}
}
