package org.minplan.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minplan.report.ReportException;
import org.minplan.report.ReportFormat;
import org.minplan.report.ReportWriters;
import org.minplan.report.internal.CjkFont;

/** The PDF a bureau prints: Chinese that shows everywhere, page numbers, wide tables on A3. */
class PdfReportWriterTest {

	private static byte[] pdf;
	private static PdfReader reader;
	private static List<String> pages;

	@BeforeAll
	static void write() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ReportWriters.write(SampleDocuments.tables("测试规划"), ReportFormat.PDF, Locale.SIMPLIFIED_CHINESE, out);
		pdf = out.toByteArray();
		// Kept for looking at: pdftoppm -png target/sample-report.pdf target/page
		Files.write(Path.of("target", "sample-report.pdf"), pdf);
		reader = new PdfReader(pdf);
		PdfTextExtractor extractor = new PdfTextExtractor(reader);
		pages = new ArrayList<>();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			pages.add(extractor.getTextFromPage(page).replace(" ", "").replace("\n", ""));
		}
	}

	@AfterAll
	static void close() {
		reader.close();
	}

	@Test
	void titlePageHasTitleSubtitleNoticeAndContents() {
		String first = pages.get(0);
		assertTrue(first.contains(SampleDocuments.TITLE.replace(" ", "")), first);
		assertTrue(first.contains("规划：测试规划"), first);
		assertTrue(first.contains("本报表含示例生成数据"), first);
		assertTrue(first.contains("目录"), first);
		assertTrue(first.contains(SampleDocuments.CAPTION.replace(" ", "")), first);
	}

	@Test
	void tablesPrintTheirCaptionsHeadersAndNumbers() {
		String all = String.join("\n", pages);
		assertTrue(all.contains(SampleDocuments.CAPTION.replace(" ", "")), all);
		assertTrue(all.contains("塔城市某金矿勘查区"), all);
		assertTrue(all.contains("12.34"), all);
		assertTrue(all.contains("1,794"), all);
		assertTrue(all.contains("注：面积为规划区块的水平投影面积。"), all);
		assertTrue(all.contains("5.60†"), "synthetic values are marked: " + all);
		assertTrue(all.contains("†示例生成数据"), all);
		assertTrue(all.contains("图1勘查规划区块示意图"), all);
	}

	@Test
	void everyPageButTheTitlePageIsNumberedWithThePageCount() {
		int count = reader.getNumberOfPages();
		assertTrue(count >= 3, "title page, chapter one, the wide table: " + count);
		assertFalse(pages.get(0).contains("第1页"), pages.get(0));
		for (int page = 2; page <= count; page++) {
			assertTrue(pages.get(page - 1).contains("第" + page + "页共" + count + "页"), pages.get(page - 1));
		}
	}

	@Test
	void pagesAreA4PortraitAndTheWideTableA3Landscape() {
		Rectangle first = reader.getPageSizeWithRotation(1);
		assertEquals(595, first.getWidth(), 1);
		assertEquals(842, first.getHeight(), 1);
		int a3 = 0;
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			Rectangle size = reader.getPageSizeWithRotation(page);
			if (Math.abs(size.getWidth() - 1191) < 1 && Math.abs(size.getHeight() - 842) < 1) {
				a3++;
				assertTrue(pages.get(page - 1).contains(SampleDocuments.WIDE_CAPTION.replace(" ", "")),
						pages.get(page - 1));
			}
		}
		assertEquals(1, a3, "the wide table alone is on A3 landscape");
	}

	@Test
	void theChineseFontIsEmbeddedAsASubset() {
		List<String> embedded = new ArrayList<>();
		for (int i = 1; i < reader.getXrefSize(); i++) {
			PdfObject object = PdfReader.getPdfObjectRelease(reader.getPdfObject(i));
			if (object instanceof PdfDictionary dictionary
					&& PdfName.FONTDESCRIPTOR.equals(dictionary.get(PdfName.TYPE))) {
				boolean file = dictionary.get(PdfName.FONTFILE2) != null || dictionary.get(PdfName.FONTFILE3) != null;
				assertTrue(file, "font not embedded: " + dictionary.get(PdfName.FONTNAME));
				embedded.add(String.valueOf(dictionary.get(PdfName.FONTNAME)));
			}
		}
		assertFalse(embedded.isEmpty());
		// A subset's name carries a six-letter tag: /ABCDEF+WenQuanYiZenHei
		assertTrue(embedded.stream().allMatch(n -> n.matches("/[A-Z]{6}\\+.*")), embedded.toString());
		assertTrue(pdf.length < 600_000, "subset keeps the file small: " + pdf.length);
	}

	@Test
	void longTablesRepeatTheirHeaderRowsOnEveryPage() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ReportWriters.write(SampleDocuments.large(300), ReportFormat.PDF, Locale.SIMPLIFIED_CHINESE, out);
		PdfReader longReader = new PdfReader(out.toByteArray());
		try {
			PdfTextExtractor extractor = new PdfTextExtractor(longReader);
			int count = longReader.getNumberOfPages();
			assertTrue(count >= 4, "300 rows take several pages: " + count);
			for (int page = 2; page <= count; page++) {
				String text = extractor.getTextFromPage(page).replace(" ", "");
				assertTrue(text.contains("区块名称") && text.contains("平方千米"), "page " + page + ": " + text);
			}
			String last = extractor.getTextFromPage(count).replace(" ", "");
			assertTrue(last.contains("KC654000300"), last);
		} finally {
			longReader.close();
		}
	}

	@Test
	void aFontThatCannotBeUsedIsNamedInTheError() {
		String before = System.getProperty(CjkFont.PROPERTY);
		System.setProperty(CjkFont.PROPERTY, "/nowhere/font.ttf");
		try {
			ReportException e = assertThrows(ReportException.class, () -> ReportWriters.write(
					SampleDocuments.tables("x"), ReportFormat.PDF, Locale.SIMPLIFIED_CHINESE, new ByteArrayOutputStream()));
			assertTrue(e.getMessage().contains("/nowhere/font.ttf") && e.getMessage().contains("wqy-zenhei"),
					e.getMessage());
		} finally {
			if (before == null) {
				System.clearProperty(CjkFont.PROPERTY);
			} else {
				System.setProperty(CjkFont.PROPERTY, before);
			}
		}
	}
}
