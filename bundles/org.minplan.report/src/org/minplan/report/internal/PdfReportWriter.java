package org.minplan.report.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;

import org.minplan.core.MinplanVersion;
import org.minplan.core.i18n.Texts;
import org.minplan.report.ReportDocument;
import org.minplan.report.ReportDocument.Block;
import org.minplan.report.ReportDocument.Heading;
import org.minplan.report.ReportDocument.Image;
import org.minplan.report.ReportDocument.PageBreak;
import org.minplan.report.ReportDocument.Paragraph;
import org.minplan.report.ReportDocument.ParagraphStyle;
import org.minplan.report.ReportDocument.Table;
import org.minplan.report.ReportException;
import org.minplan.report.internal.TableGrid.Placed;

/**
 * Writes a report as PDF with OpenPDF: a title page (title, subtitle, synthetic-data notice, list of the
 * tables and pictures), then the blocks in order. A4 portrait; a wide table gets its own A3 landscape pages.
 * Level-1 headings start a new page. Tables repeat their header rows on each page; numbers are right-aligned,
 * totals bold, synthetic values grey and marked †, explained under the table. Pictures are scaled to their
 * printed width. The Chinese font ({@link CjkFont}) is embedded as a subset (Identity-H). Page numbers
 * 第 n 页 共 m 页 are stamped in a second pass, when the page count is known.
 */
public final class PdfReportWriter implements DocumentWriter {

	private static final float MM = 72f / 25.4f;
	private static final float MARGIN = 20 * MM;
	private static final Color HEADER_FILL = new Color(0xE8, 0xEC, 0xF0);
	private static final Color GREY = new Color(0x70, 0x70, 0x70);
	private static final Color WARNING = new Color(0x9C, 0x1C, 0x1C);
	/** Rows added to the table before it is flushed to the page, so long tables do not pile up in memory. */
	private static final int CHUNK_ROWS = 200;

	private Fonts fonts;
	private Texts texts;

	@Override
	public void write(ReportDocument document, Locale locale, OutputStream out) throws IOException, ReportException {
		texts = DocumentWriter.texts(locale);
		fonts = new Fonts(CjkFont.get(locale));
		ByteArrayOutputStream pages = new ByteArrayOutputStream(1 << 16);
		Document pdf = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 8 * MM);
		try {
			PdfWriter writer = PdfWriter.getInstance(pdf, pages);
			writer.setFullCompression();
			pdf.addTitle(document.title());
			pdf.addCreator("Mineral Plan Workbench " + MinplanVersion.full());
			pdf.open();
			titlePage(pdf, document);
			Rectangle current = PageSize.A4;
			boolean pageHasContent = false;
			List<Block> blocks = document.blocks();
			for (int i = 0; i < blocks.size(); i++) {
				Block block = blocks.get(i);
				Rectangle wanted = pageFor(blocks, i, current);
				if (!sameSize(wanted, current)) {
					pdf.setPageSize(wanted);
					current = wanted;
					pdf.newPage();
					pageHasContent = false;
				}
				if (block instanceof Heading h) {
					if (h.level() <= 1 && pageHasContent) {
						pdf.newPage();
					}
					int size = h.level() <= 1 ? 16 : h.level() == 2 ? 14 : 12;
					com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(h.text(), fonts.bold(size));
					p.setSpacingBefore(h.level() <= 1 ? 0 : 8);
					p.setSpacingAfter(6);
					if (h.level() <= 1) {
						p.setAlignment(Element.ALIGN_CENTER);
					}
					pdf.add(p);
				} else if (block instanceof Paragraph p) {
					pdf.add(paragraph(p.text(), p.style()));
				} else if (block instanceof Table t) {
					table(pdf, t);
				} else if (block instanceof Image image) {
					image(pdf, image);
				} else if (block instanceof PageBreak) {
					pdf.newPage();
					pageHasContent = false;
					continue;
				}
				pageHasContent = true;
			}
			pdf.close();
		} catch (DocumentException e) {
			throw new IOException("PDF cannot be written: " + e.getMessage(), e);
		}
		stampPageNumbers(pages.toByteArray(), out);
	}

	/**
	 * @return the page a block goes on: A3 landscape for a wide table and for headings leading to one, A4
	 *         portrait for other tables, headings and pictures; paragraphs and breaks stay where they are
	 *         (a note under a wide table stays on its page)
	 */
	private static Rectangle pageFor(List<Block> blocks, int index, Rectangle current) {
		for (int i = index; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			if (block instanceof Table t) {
				return t.wide() ? PageSize.A3.rotate() : PageSize.A4;
			} else if (block instanceof Image) {
				return PageSize.A4;
			} else if (!(block instanceof Heading)) {
				// paragraphs, page breaks: a heading followed by text is A4; the text itself stays put
				return i == index ? current : PageSize.A4;
			}
		}
		return current;
	}

	private static boolean sameSize(Rectangle a, Rectangle b) {
		return Math.abs(a.getWidth() - b.getWidth()) < 1 && Math.abs(a.getHeight() - b.getHeight()) < 1;
	}

	private void titlePage(Document pdf, ReportDocument document) throws DocumentException {
		com.lowagie.text.Paragraph title = new com.lowagie.text.Paragraph(document.title(), fonts.bold(22));
		title.setAlignment(Element.ALIGN_CENTER);
		title.setSpacingBefore(60 * MM);
		title.setSpacingAfter(12 * MM);
		title.setLeading(32);
		pdf.add(title);
		for (String line : document.subtitle()) {
			com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(line, fonts.regular(11));
			p.setAlignment(Element.ALIGN_CENTER);
			p.setSpacingAfter(2);
			pdf.add(p);
		}
		if (document.synthetic()) {
			PdfPTable box = new PdfPTable(1);
			box.setWidthPercentage(85);
			box.setSpacingBefore(12 * MM);
			PdfPCell cell = new PdfPCell(new Phrase(texts.get("notice.synthetic"), fonts.bold(11, WARNING)));
			cell.setBorderColor(WARNING);
			cell.setBorderWidth(1.2f);
			cell.setPadding(8);
			cell.setLeading(0, 1.4f);
			box.addCell(cell);
			pdf.add(box);
		}
		List<String> contents = document.blocks().stream().<String>mapMulti((b, sink) -> {
			if (b instanceof Table t && t.caption() != null) {
				sink.accept(t.caption());
			} else if (b instanceof Heading h && h.level() <= 1) {
				sink.accept(h.text());
			}
		}).toList();
		if (!contents.isEmpty()) {
			com.lowagie.text.Paragraph heading = new com.lowagie.text.Paragraph(texts.get("pdf.contents"),
					fonts.bold(12));
			heading.setSpacingBefore(12 * MM);
			heading.setSpacingAfter(4);
			heading.setIndentationLeft(15 * MM);
			pdf.add(heading);
			for (String line : contents) {
				com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(line, fonts.regular(10.5f));
				p.setIndentationLeft(20 * MM);
				p.setSpacingAfter(1);
				pdf.add(p);
			}
		}
		pdf.newPage();
	}

	private com.lowagie.text.Paragraph paragraph(String text, ParagraphStyle style) {
		ParagraphStyle s = style == null ? ParagraphStyle.NORMAL : style;
		com.lowagie.text.Paragraph p = switch (s) {
		case NOTE -> new com.lowagie.text.Paragraph(text, fonts.regular(9, GREY));
		case WARNING -> new com.lowagie.text.Paragraph(text, fonts.bold(10.5f, WARNING));
		default -> new com.lowagie.text.Paragraph(text, fonts.regular(10.5f));
		};
		p.setLeading(0, 1.5f);
		p.setSpacingAfter(4);
		if (s == ParagraphStyle.NORMAL) {
			p.setFirstLineIndent(21);
			p.setAlignment(Element.ALIGN_JUSTIFIED);
		}
		return p;
	}

	private void table(Document pdf, Table table) throws DocumentException {
		TableGrid grid = TableGrid.of(table);
		if (table.caption() != null && !table.caption().isBlank()) {
			com.lowagie.text.Paragraph caption = new com.lowagie.text.Paragraph(table.caption(), fonts.bold(13));
			caption.setAlignment(Element.ALIGN_CENTER);
			caption.setSpacingBefore(6);
			caption.setSpacingAfter(table.unit() == null ? 6 : 0);
			pdf.add(caption);
		}
		if (table.unit() != null && !table.unit().isBlank()) {
			com.lowagie.text.Paragraph unit = new com.lowagie.text.Paragraph(table.unit(), fonts.regular(9));
			unit.setAlignment(Element.ALIGN_RIGHT);
			unit.setSpacingAfter(3);
			pdf.add(unit);
		}
		PdfPTable pdfTable = new PdfPTable(columnWidths(grid));
		pdfTable.setWidthPercentage(100);
		pdfTable.setHeaderRows(grid.header().size());
		pdfTable.setSplitLate(false);
		pdfTable.setComplete(false);
		for (List<Placed> row : grid.header()) {
			for (Placed p : row) {
				pdfTable.addCell(cell(p, true));
			}
		}
		int rows = 0;
		boolean synthetic = false;
		for (List<Placed> row : grid.body()) {
			for (Placed p : row) {
				pdfTable.addCell(cell(p, false));
				synthetic |= p.cell().synthetic();
			}
			// Flush only between rows no span reaches past.
			if (++rows % CHUNK_ROWS == 0 && noSpanCrosses(grid.body(), rows)) {
				pdf.add(pdfTable);
			}
		}
		pdfTable.setComplete(true);
		pdf.add(pdfTable);
		for (String note : table.notes()) {
			com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(note, fonts.regular(9));
			p.setLeading(0, 1.4f);
			pdf.add(p);
		}
		if (synthetic) {
			pdf.add(new com.lowagie.text.Paragraph(texts.get("pdf.syntheticLegend"), fonts.regular(9, GREY)));
		}
		com.lowagie.text.Paragraph gap = new com.lowagie.text.Paragraph(" ", fonts.regular(6));
		pdf.add(gap);
	}

	private static boolean noSpanCrosses(List<List<Placed>> body, int boundary) {
		for (int r = Math.max(0, boundary - 50); r < boundary; r++) {
			for (Placed p : body.get(r)) {
				if (r + p.rowSpan() > boundary) {
					return false;
				}
			}
		}
		return true;
	}

	/** Relative widths: the widest text of each column, Chinese counting double, within bounds. */
	private static float[] columnWidths(TableGrid grid) {
		int[] body = grid.textWidths(false);
		int[] all = grid.textWidths(true);
		float[] widths = new float[grid.columns()];
		for (int c = 0; c < widths.length; c++) {
			int chars = Math.max(body[c], Math.min(all[c], 10));
			widths[c] = Math.max(4, Math.min(36, chars + 1));
		}
		return widths;
	}

	private PdfPCell cell(Placed p, boolean header) {
		ReportDocument.Cell value = p.cell();
		boolean synthetic = value.synthetic() && !header;
		String text = value.text() == null ? "" : value.text();
		Font font = header || value.emphasis() ? fonts.bold(9, synthetic ? GREY : Color.BLACK)
				: fonts.regular(9, synthetic ? GREY : Color.BLACK);
		Phrase phrase = new Phrase(text, font);
		if (synthetic) {
			phrase.add(new Chunk("†", fonts.regular(7, GREY)));
		}
		PdfPCell cell = new PdfPCell(phrase);
		cell.setColspan(p.colSpan());
		cell.setRowspan(p.rowSpan());
		cell.setPaddingTop(2.5f);
		cell.setPaddingBottom(4f);
		cell.setPaddingLeft(3);
		cell.setPaddingRight(3);
		cell.setBorderWidth(0.5f);
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		cell.setUseAscender(true);
		if (header) {
			cell.setBackgroundColor(HEADER_FILL);
			cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		} else if (value.number() != null) {
			cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		} else {
			cell.setHorizontalAlignment(TableGrid.displayWidth(text) <= 6 ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
		}
		return cell;
	}

	private void image(Document pdf, Image image) throws DocumentException, IOException {
		com.lowagie.text.Image picture;
		try {
			picture = com.lowagie.text.Image.getInstance(image.png());
		} catch (BadElementException e) {
			throw new IOException("The picture \"" + image.caption() + "\" cannot be read: " + e.getMessage(), e);
		}
		float width = (float) (image.widthMm() * MM);
		float available = pdf.getPageSize().getWidth() - pdf.leftMargin() - pdf.rightMargin();
		float maxHeight = pdf.getPageSize().getHeight() - pdf.topMargin() - pdf.bottomMargin() - 30;
		picture.scaleToFit(Math.min(width, available), maxHeight);
		picture.setAlignment(com.lowagie.text.Image.MIDDLE);
		picture.setSpacingBefore(6);
		pdf.add(picture);
		if (image.caption() != null && !image.caption().isBlank()) {
			com.lowagie.text.Paragraph caption = new com.lowagie.text.Paragraph(image.caption(), fonts.bold(10));
			caption.setAlignment(Element.ALIGN_CENTER);
			caption.setSpacingAfter(8);
			pdf.add(caption);
		}
	}

	/** Second pass: 第 n 页 共 m 页 centred under each page but the title page. */
	private void stampPageNumbers(byte[] pdf, OutputStream out) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		try {
			// The stamper closes its stream; the caller's stream stays open (the atomic writer still forces it).
			PdfStamper stamper = new PdfStamper(reader, new java.io.FilterOutputStream(out) {
				@Override
				public void write(byte[] b, int off, int len) throws IOException {
					out.write(b, off, len);
				}

				@Override
				public void close() throws IOException {
					flush();
				}
			});
			int pages = reader.getNumberOfPages();
			Font font = fonts.regular(9, GREY);
			for (int page = 2; page <= pages; page++) {
				Rectangle size = reader.getPageSizeWithRotation(page);
				PdfContentByte over = stamper.getOverContent(page);
				ColumnText.showTextAligned(over, Element.ALIGN_CENTER,
						new Phrase(texts.get("pdf.pageNumber", page, pages), font),
						(size.getLeft() + size.getRight()) / 2, size.getBottom() + 12 * MM, 0);
			}
			stamper.close();
		} catch (DocumentException e) {
			throw new IOException("PDF page numbers cannot be written: " + e.getMessage(), e);
		} finally {
			reader.close();
		}
	}

	/** The embedded font at the sizes and colours used. */
	private record Fonts(BaseFont base) {
		Font regular(float size) {
			return new Font(base, size, Font.NORMAL, Color.BLACK);
		}

		Font regular(float size, Color colour) {
			return new Font(base, size, Font.NORMAL, colour);
		}

		Font bold(float size) {
			return new Font(base, size, Font.BOLD, Color.BLACK);
		}

		Font bold(float size, Color colour) {
			return new Font(base, size, Font.BOLD, colour);
		}
	}
}
