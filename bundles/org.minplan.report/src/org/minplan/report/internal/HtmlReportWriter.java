package org.minplan.report.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.minplan.core.MinplanVersion;
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
 * Writes a report as one self-contained UTF-8 HTML file: styles inline, pictures as inline SVG or
 * {@code data:} PNG, nothing fetched from elsewhere. The markup is well-formed XHTML (an XML parser reads
 * it). Tables have a {@code thead} with the header rows and real {@code rowspan}/{@code colspan}; numbers are
 * right-aligned; synthetic values are grey, italic and marked †, explained in the notice at the top and
 * under each table. Printing: A4, level-1 headings and page breaks start a page, header rows repeat, wide
 * tables print on A3 landscape pages where the browser supports named pages.
 */
public final class HtmlReportWriter implements DocumentWriter {

	private static final String CSS = """
			body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "Microsoft YaHei", \
			"PingFang SC", SimSun, sans-serif; font-size: 14px; line-height: 1.6; color: #222; margin: 2em auto; \
			max-width: 1200px; padding: 0 1em; }
			h1.title { text-align: center; font-size: 26px; margin: 1em 0 .4em; }
			p.subtitle { text-align: center; color: #555; margin: 0; }
			h1 { font-size: 20px; text-align: center; margin-top: 1.6em; }
			h2 { font-size: 17px; } h3 { font-size: 15px; }
			p.note { font-size: 12px; color: #666; }
			p.warning, div.notice { color: #9c1c1c; font-weight: bold; }
			div.notice { border: 1.5px solid #9c1c1c; padding: .6em 1em; margin: 1.5em auto; max-width: 50em; }
			section.table { margin: 1.5em 0; overflow-x: auto; }
			p.caption { text-align: center; font-weight: bold; font-size: 16px; margin: .3em 0; }
			p.unit { text-align: right; font-size: 12px; margin: 0 0 .2em; }
			table { border-collapse: collapse; width: 100%; font-size: 13px; }
			th, td { border: 1px solid #555; padding: 3px 5px; vertical-align: middle; }
			th { background: #e8ecf0; text-align: center; }
			td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
			td.total, th.total { font-weight: bold; }
			td.synthetic { color: #777; font-style: italic; }
			sup.synthetic { color: #777; }
			figure { text-align: center; margin: 1.5em 0; }
			figure img, figure svg { max-width: 100%; height: auto; }
			figcaption { font-weight: bold; }
			div.pagebreak { break-after: page; }
			@page { size: A4; margin: 20mm; }
			@page wide { size: A3 landscape; }
			@media print {
			  body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
			  h1:not(.title) { break-before: page; }
			  section.wide { page: wide; }
			  thead { display: table-header-group; }
			  tr { break-inside: avoid; }
			  section.table { overflow: visible; }
			  div.notice { break-inside: avoid; }
			}
			""";

	@Override
	public void write(ReportDocument document, Locale locale, OutputStream out) throws IOException {
		Texts texts = DocumentWriter.texts(locale);
		Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
		String lang = locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
		w.write("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + lang + "\" xml:lang=\""
				+ lang + "\">\n<head>\n<meta charset=\"UTF-8\"/>\n");
		w.write("<meta name=\"generator\" content=\"Mineral Plan Workbench " + esc(MinplanVersion.full()) + "\"/>\n");
		w.write("<title>" + esc(document.title()) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n");
		w.write("<h1 class=\"title\">" + esc(document.title()) + "</h1>\n");
		for (String line : document.subtitle()) {
			w.write("<p class=\"subtitle\">" + esc(line) + "</p>\n");
		}
		if (document.synthetic()) {
			w.write("<div class=\"notice\" role=\"note\">" + esc(texts.get("notice.synthetic")) + "</div>\n");
		}
		int tableNumber = 0;
		for (Block block : document.blocks()) {
			if (block instanceof Heading h) {
				int level = Math.max(1, Math.min(3, h.level()));
				w.write("<h" + level + ">" + esc(h.text()) + "</h" + level + ">\n");
			} else if (block instanceof Paragraph p) {
				String style = p.style() == null ? "normal" : p.style().name().toLowerCase(Locale.ROOT);
				w.write("<p class=\"" + style + "\">" + escLines(p.text()) + "</p>\n");
			} else if (block instanceof Table t) {
				table(w, t, ++tableNumber, texts);
			} else if (block instanceof Image image) {
				image(w, image);
			} else if (block instanceof PageBreak) {
				w.write("<div class=\"pagebreak\"></div>\n");
			}
		}
		w.write("</body>\n</html>\n");
		w.flush();
	}

	private static void table(Writer w, Table table, int number, Texts texts) throws IOException {
		TableGrid grid = TableGrid.of(table);
		w.write("<section class=\"table" + (table.wide() ? " wide" : "") + "\" id=\"table-" + number + "\">\n");
		if (table.caption() != null && !table.caption().isBlank()) {
			w.write("<p class=\"caption\">" + esc(table.caption()) + "</p>\n");
		}
		if (table.unit() != null && !table.unit().isBlank()) {
			w.write("<p class=\"unit\">" + esc(table.unit()) + "</p>\n");
		}
		w.write("<table>\n");
		if (!grid.header().isEmpty()) {
			w.write("<thead>\n");
			rows(w, grid.header(), true);
			w.write("</thead>\n");
		}
		w.write("<tbody>\n");
		boolean synthetic = rows(w, grid.body(), false);
		w.write("</tbody>\n</table>\n");
		for (String note : table.notes()) {
			w.write("<p class=\"note\">" + escLines(note) + "</p>\n");
		}
		if (synthetic) {
			w.write("<p class=\"note\">" + esc(texts.get("html.syntheticLegend")) + "</p>\n");
		}
		w.write("</section>\n");
	}

	/** @return whether a synthetic cell was written */
	private static boolean rows(Writer w, List<List<Placed>> rows, boolean header) throws IOException {
		boolean synthetic = false;
		StringBuilder line = new StringBuilder(256);
		for (List<Placed> row : rows) {
			line.setLength(0);
			line.append("<tr>");
			for (Placed p : row) {
				ReportDocument.Cell cell = p.cell();
				String tag = header ? "th" : "td";
				line.append('<').append(tag);
				StringBuilder classes = new StringBuilder();
				if (!header && cell.number() != null) {
					classes.append("num ");
				}
				if (cell.emphasis()) {
					classes.append("total ");
				}
				boolean mark = cell.synthetic() && !header;
				if (mark) {
					classes.append("synthetic ");
					synthetic = true;
				}
				if (classes.length() > 0) {
					line.append(" class=\"").append(classes.toString().trim()).append('"');
				}
				if (p.colSpan() > 1) {
					line.append(" colspan=\"").append(p.colSpan()).append('"');
				}
				if (p.rowSpan() > 1) {
					line.append(" rowspan=\"").append(p.rowSpan()).append('"');
				}
				if (header && p.colSpan() == 1) {
					line.append(" scope=\"col\"");
				}
				line.append('>').append(escLines(cell.text()));
				if (mark) {
					line.append("<sup class=\"synthetic\">†</sup>");
				}
				line.append("</").append(tag).append('>');
			}
			line.append("</tr>\n");
			w.write(line.toString());
		}
		return synthetic;
	}

	private static void image(Writer w, Image image) throws IOException {
		long widthMm = Math.round(image.widthMm());
		w.write("<figure style=\"width: " + widthMm + "mm; max-width: 100%; margin-left: auto; margin-right: auto\">\n");
		if (image.svg() != null && !image.svg().isBlank()) {
			w.write(inlineSvg(image.svg()));
			w.write("\n");
		} else if (image.png() != null) {
			w.write("<img alt=\"" + esc(image.caption()) + "\" style=\"width: 100%\" src=\"data:image/png;base64,");
			w.write(Base64.getEncoder().encodeToString(image.png()));
			w.write("\"/>\n");
		}
		if (image.caption() != null && !image.caption().isBlank()) {
			w.write("<figcaption>" + esc(image.caption()) + "</figcaption>\n");
		}
		w.write("</figure>\n");
	}

	/** @return the SVG element alone: without XML declaration and DOCTYPE, which may not appear inside HTML */
	static String inlineSvg(String svg) {
		String s = svg.strip();
		if (s.startsWith("<?xml")) {
			s = s.substring(s.indexOf("?>") + 2).strip();
		}
		while (s.startsWith("<!--") || s.startsWith("<!DOCTYPE")) {
			int end = s.startsWith("<!--") ? s.indexOf("-->") + 3 : s.indexOf('>') + 1;
			s = s.substring(end).strip();
		}
		return s;
	}

	private static String escLines(String text) {
		return esc(text).replace("\n", "<br/>");
	}

	static String esc(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder b = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '<' -> b.append("&lt;");
			case '>' -> b.append("&gt;");
			case '&' -> b.append("&amp;");
			case '"' -> b.append("&quot;");
			default -> {
				if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
					b.append(' ');
				} else {
					b.append(c);
				}
			}
			}
		}
		return b.toString();
	}
}
