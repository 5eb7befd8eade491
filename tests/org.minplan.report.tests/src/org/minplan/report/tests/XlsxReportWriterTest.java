package org.minplan.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minplan.report.ReportFormat;
import org.minplan.report.ReportWriters;

/** The workbook a user opens in Excel/WPS: sheets, numbers they can sum, merged headers, frozen panes. */
class XlsxReportWriterTest {

	private static XSSFWorkbook workbook;

	@BeforeAll
	static void write() throws Exception {
		workbook = read(Locale.SIMPLIFIED_CHINESE);
	}

	private static XSSFWorkbook read(Locale locale) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ReportWriters.write(SampleDocuments.tables("测试规划"), ReportFormat.XLSX, locale, out);
		return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
	}

	@Test
	void firstSheetIsTheAboutSheetThenOneSheetPerTable() {
		List<String> names = new ArrayList<>();
		workbook.forEach(s -> names.add(s.getSheetName()));
		assertEquals(List.of("说明", "专栏17", "专栏18"), names);
	}

	@Test
	void aboutSheetHasTitleSubtitleNoticeAndLinksToTables() {
		Sheet about = workbook.getSheet("说明");
		assertEquals(SampleDocuments.TITLE, about.getRow(0).getCell(0).getStringCellValue());
		assertEquals("规划：测试规划", about.getRow(1).getCell(0).getStringCellValue());
		String all = text(about);
		assertTrue(all.contains("本报表含示例生成数据"), all);
		assertTrue(all.contains("第一章 勘查规划区块"), all);
		assertTrue(all.contains(SampleDocuments.CAPTION + "（见工作表“专栏17”）"), all);
		Cell link = find(about, SampleDocuments.CAPTION + "（见工作表“专栏17”）");
		assertEquals("'专栏17'!A1", link.getHyperlink().getAddress());
	}

	@Test
	void picturesArePlacedOnTheAboutSheet() {
		XSSFDrawing drawing = ((XSSFSheet) workbook.getSheet("说明")).getDrawingPatriarch();
		assertEquals(2, drawing.getShapes().size());
		assertEquals(2, workbook.getAllPictures().size());
	}

	@Test
	void numbersAreNumericCellsWithTheTablesFormat() {
		Sheet sheet = workbook.getSheet("专栏17");
		// caption, unit, two header rows, then the body from row 5 (index 4)
		Cell area = sheet.getRow(4).getCell(4);
		assertEquals(CellType.NUMERIC, area.getCellType());
		assertEquals(12.34, area.getNumericCellValue(), 1e-12);
		assertEquals("0.00", area.getCellStyle().getDataFormatString());
		Cell hectares = sheet.getRow(4).getCell(5);
		assertEquals(1234, hectares.getNumericCellValue(), 1e-12);
		assertEquals("#,##0", hectares.getCellStyle().getDataFormatString());
		Cell total = sheet.getRow(6).getCell(4);
		assertEquals(17.94, total.getNumericCellValue(), 1e-12);
		assertTrue(workbook.getFontAt(total.getCellStyle().getFontIndex()).getBold(), "totals are bold");
		assertEquals(CellType.STRING, sheet.getRow(4).getCell(1).getCellType());
		assertEquals("KC6542001", sheet.getRow(4).getCell(1).getStringCellValue());
	}

	@Test
	void captionUnitAndHeadersAreInPlaceAndSpansMerged() {
		Sheet sheet = workbook.getSheet("专栏17");
		assertEquals(SampleDocuments.CAPTION, sheet.getRow(0).getCell(0).getStringCellValue());
		assertEquals("单位：平方千米、公顷", sheet.getRow(1).getCell(0).getStringCellValue());
		assertEquals("面积", sheet.getRow(2).getCell(4).getStringCellValue());
		assertEquals("所在县市", sheet.getRow(2).getCell(6).getStringCellValue());
		assertEquals("平方千米", sheet.getRow(3).getCell(4).getStringCellValue());
		assertEquals("公顷", sheet.getRow(3).getCell(5).getStringCellValue());
		List<String> merged = sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList();
		assertTrue(merged.contains("A3:A4"), merged.toString()); // 序号 over both header rows
		assertTrue(merged.contains("E3:F3"), merged.toString()); // 面积 over two columns
		assertTrue(merged.contains("G5:G6"), merged.toString()); // 塔城市 over two body rows
		assertTrue(merged.contains("A7:D7"), merged.toString()); // 合计 over four columns
		assertTrue(merged.contains("A1:G1"), merged.toString()); // caption over the table
		assertTrue(workbook.getFontAt(sheet.getRow(2).getCell(0).getCellStyle().getFontIndex()).getBold());
	}

	@Test
	void headerRowsAreFrozen() {
		PaneInformation pane = workbook.getSheet("专栏17").getPaneInformation();
		assertTrue(pane.isFreezePane());
		assertEquals(4, pane.getHorizontalSplitTopRow());
		PaneInformation wide = workbook.getSheet("专栏18").getPaneInformation();
		assertEquals(2, wide.getHorizontalSplitTopRow()); // caption + one header row, no unit row
	}

	@Test
	void syntheticValuesAreGreyItalicAndExplainedUnderTheTable() {
		Sheet sheet = workbook.getSheet("专栏17");
		XSSFFont synthetic = workbook.getFontAt(sheet.getRow(5).getCell(4).getCellStyle().getFontIndex());
		assertTrue(synthetic.getItalic());
		XSSFFont real = workbook.getFontAt(sheet.getRow(4).getCell(4).getCellStyle().getFontIndex());
		assertFalse(real.getItalic());
		assertEquals("注：面积为规划区块的水平投影面积。", sheet.getRow(7).getCell(0).getStringCellValue());
		assertEquals("灰色斜体数值为示例生成数据，非规划文本所载。", sheet.getRow(8).getCell(0).getStringCellValue());
	}

	@Test
	void columnsAreWideEnoughForChineseNames() {
		Sheet sheet = workbook.getSheet("专栏17");
		// 塔城市某金矿勘查区: 9 Chinese characters = 18 character widths
		assertTrue(sheet.getColumnWidth(2) >= 18 * 256, "width " + sheet.getColumnWidth(2));
		assertTrue(sheet.getColumnWidth(0) < sheet.getColumnWidth(2));
	}

	@Test
	void englishWorkbookNamesItsFirstSheetInEnglish() throws Exception {
		try (XSSFWorkbook english = read(Locale.ENGLISH)) {
			assertEquals("About", english.getSheetName(0));
			assertTrue(text(english.getSheetAt(0)).contains("synthetic sample data"));
		}
	}

	private static String text(Sheet sheet) {
		StringBuilder b = new StringBuilder();
		sheet.forEach(row -> row.forEach(cell -> {
			if (cell.getCellType() == CellType.STRING) {
				b.append(cell.getStringCellValue()).append('\n');
			}
		}));
		return b.toString();
	}

	private static Cell find(Sheet sheet, String text) {
		for (var row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
					return cell;
				}
			}
		}
		throw new AssertionError("no cell " + text);
	}
}
