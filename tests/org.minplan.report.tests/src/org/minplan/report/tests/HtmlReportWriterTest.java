package org.minplan.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minplan.report.ReportFormat;
import org.minplan.report.ReportWriters;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The HTML file a user opens or mails: self-contained, well-formed, real table structure. */
class HtmlReportWriterTest {

	private static String html;
	private static Document dom;

	@BeforeAll
	static void write() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ReportWriters.write(SampleDocuments.tables("测试规划 <A&B>"), ReportFormat.HTML, Locale.SIMPLIFIED_CHINESE,
				out);
		html = out.toString(StandardCharsets.UTF_8);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(false);
		// Throws on any markup error: the file is well-formed XHTML.
		dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
	}

	@Test
	void everyTableIsThereWithItsHeaderInThead() {
		NodeList tables = dom.getElementsByTagName("table");
		assertEquals(2, tables.getLength());
		Element first = (Element) tables.item(0);
		assertEquals(2, ((Element) first.getElementsByTagName("thead").item(0)).getElementsByTagName("tr").getLength());
		assertEquals(3, ((Element) first.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr").getLength());
		List<String> captions = texts("p", "caption");
		assertEquals(List.of(SampleDocuments.CAPTION, SampleDocuments.WIDE_CAPTION), captions);
	}

	@Test
	void spansAreRealRowspanAndColspan() {
		Element area = cell("th", "面积");
		assertEquals("2", area.getAttribute("colspan"));
		assertEquals("2", cell("th", "序号").getAttribute("rowspan"));
		assertEquals("2", cell("td", "塔城市").getAttribute("rowspan"));
		assertEquals("4", cell("td", "合计").getAttribute("colspan"));
	}

	@Test
	void numbersAreRightAlignedAndSyntheticValuesMarkedAndExplained() {
		Element number = cell("td", "12.34");
		assertEquals("num", number.getAttribute("class"));
		assertTrue(html.contains("td.num { text-align: right"), "the style right-aligns numbers");
		Element synthetic = cell("td", "5.60†");
		assertEquals("num synthetic", synthetic.getAttribute("class"));
		assertTrue(texts("p", "note").contains("† 示例生成数据（灰色斜体），非规划文本所载。"), texts("p", "note").toString());
		assertTrue(texts("div", "notice").get(0).startsWith("本报表含示例生成数据"));
	}

	@Test
	void picturesAreInlineAndNothingIsFetchedFromElsewhere() {
		assertEquals(1, dom.getElementsByTagName("svg").getLength());
		Element img = (Element) dom.getElementsByTagName("img").item(0);
		assertTrue(img.getAttribute("src").startsWith("data:image/png;base64,iVBOR"), "a PNG data URI");
		assertFalse(html.contains("http://") && html.replace("http://www.w3.org/", "").contains("http://"),
				"no external references");
		assertFalse(html.contains("<?xml version"), "the SVG's XML declaration is dropped");
		assertTrue(html.contains("@media print"));
	}

	@Test
	void textIsEscaped() {
		assertEquals("规划：测试规划 <A&B>", texts("p", "subtitle").get(0));
	}

	private static Element cell(String tag, String text) {
		NodeList cells = dom.getElementsByTagName(tag);
		for (int i = 0; i < cells.getLength(); i++) {
			if (cells.item(i).getTextContent().equals(text)) {
				return (Element) cells.item(i);
			}
		}
		throw new AssertionError("no <" + tag + "> " + text);
	}

	private static List<String> texts(String tag, String cssClass) {
		List<String> found = new ArrayList<>();
		NodeList nodes = dom.getElementsByTagName(tag);
		for (int i = 0; i < nodes.getLength(); i++) {
			Element e = (Element) nodes.item(i);
			if (e.getAttribute("class").equals(cssClass)) {
				found.add(e.getTextContent());
			}
		}
		return found;
	}
}
