package org.minplan.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A report's content, independent of format: a title page's facts followed by blocks (headings,
 * paragraphs, tables, images, page breaks). Writers for XLSX, PDF and HTML turn it into a file: XLSX
 * puts each {@link Table} on its own sheet (named by {@link Table#sheetName()}) and the title,
 * headings and paragraphs on a first sheet 说明; PDF and HTML render the blocks in order.
 */
public final class ReportDocument {

	private final String title;
	private final List<String> subtitle = new ArrayList<>();
	private final List<Block> blocks = new ArrayList<>();
	private boolean synthetic;

	/** @param title the report's title, e.g. 塔城地区矿产资源总体规划（2021—2025年）专栏5 */
	public ReportDocument(String title) {
		this.title = title;
	}

	/** @return the title */
	public String title() {
		return title;
	}

	/** @return lines under the title: plan name, file, generated when, by which version */
	public List<String> subtitle() {
		return subtitle;
	}

	/** @return the content in order */
	public List<Block> blocks() {
		return blocks;
	}

	/** Appends a block; @return this */
	public ReportDocument add(Block block) {
		blocks.add(block);
		return this;
	}

	/**
	 * @return whether the report shows synthetic (示例生成) data anywhere; writers then print a notice on
	 *         the first page/sheet, and cells flagged {@link Cell#synthetic()} are marked
	 */
	public boolean synthetic() {
		return synthetic;
	}

	/** Marks the document as containing synthetic data. */
	public void setSynthetic(boolean value) {
		synthetic = value;
	}

	/** A piece of the document. */
	public sealed interface Block permits Heading, Paragraph, Table, Image, PageBreak {
	}

	/** A heading; level 1 starts a chapter (and a new page in PDF), 2 and 3 are sub-headings. */
	public record Heading(int level, String text) implements Block {
	}

	/** A paragraph of text. */
	public record Paragraph(String text, ParagraphStyle style) implements Block {
	}

	/** How a paragraph is shown. */
	public enum ParagraphStyle {
		/** Body text. */
		NORMAL,
		/** Small print: sources, remarks (注). */
		NOTE,
		/** Highlighted: synthetic-data notices, errors. */
		WARNING
	}

	/**
	 * A table.
	 *
	 * @param sheetName  XLSX sheet name (≤ 31 characters, unique in the document), e.g. 专栏5
	 * @param caption    caption printed above it, e.g. 专栏5 主要矿产资源储量表
	 * @param unit       unit line printed above right (e.g. 单位：万吨), or null when units are in the headers
	 * @param headerRows the header rows (frozen in XLSX, repeated on each PDF page); cells may span
	 * @param bodyRows   the data rows, then total rows
	 * @param notes      notes printed under the table (注：…)
	 * @param wide       true when the table needs A3 landscape in PDF
	 */
	public record Table(String sheetName, String caption, String unit, List<List<Cell>> headerRows,
			List<List<Cell>> bodyRows, List<String> notes, boolean wide) implements Block {
	}

	/**
	 * One cell. Text cells have {@code number == null}; numeric cells carry the number (written as a real
	 * numeric cell in XLSX) and the text as the plan prints it.
	 *
	 * @param text      what is printed (for numbers, already formatted as the seed prints them)
	 * @param number    the value, or null for a text cell
	 * @param format    the XLSX number format for {@code number}, e.g. {@code 0.00}, {@code #,##0}; null = General
	 * @param colSpan   columns spanned (≥ 1)
	 * @param rowSpan   rows spanned (≥ 1)
	 * @param emphasis  bold (totals, 合计)
	 * @param synthetic the value comes from synthetic data (marked † in PDF/HTML, comment/style in XLSX)
	 */
	public record Cell(String text, Double number, String format, int colSpan, int rowSpan, boolean emphasis,
			boolean synthetic) {

		/** @return a plain text cell */
		public static Cell text(String text) {
			return new Cell(text, null, null, 1, 1, false, false);
		}

		/** @return a numeric cell printed as {@code text} */
		public static Cell number(double value, String text, String format) {
			return new Cell(text, value, format, 1, 1, false, false);
		}

		/** @return this cell spanning columns and rows */
		public Cell span(int columns, int rows) {
			return new Cell(text, number, format, columns, rows, emphasis, synthetic);
		}

		/** @return this cell in bold */
		public Cell bold() {
			return new Cell(text, number, format, colSpan, rowSpan, true, synthetic);
		}

		/** @return this cell marked as synthetic data */
		public Cell markSynthetic() {
			return new Cell(text, number, format, colSpan, rowSpan, emphasis, true);
		}
	}

	/**
	 * A picture, e.g. a map.
	 *
	 * @param png     the raster image (PNG bytes), used by XLSX and PDF
	 * @param svg     the same picture as SVG text for HTML, or null to use the PNG
	 * @param widthMm printed width in millimetres
	 * @param caption caption under the picture
	 */
	public record Image(byte[] png, String svg, double widthMm, String caption) implements Block {
	}

	/** Starts a new page (PDF, printed HTML); ignored in XLSX. */
	public record PageBreak() implements Block {
	}
}
