package org.minplan.report.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.Plan;
import org.minplan.model.ResourceReserve;
import org.minplan.report.Report;
import org.minplan.report.ReportFormat;
import org.minplan.report.ReportRegistry;
import org.minplan.report.ReportRunner;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * The plan's tables as the files a bureau receives: written by the real writers through the reports
 * contributed to the platform, read back with POI, OpenPDF's text extractor and an XML parser, and compared
 * with the sample plan's elements counted here.
 */
class PlanTablesInFilesTest {

	private static Plan plan;
	private static Path folder;

	@BeforeAll
	static void write() throws Exception {
		plan = Sample.plan();
		folder = Files.createDirectories(Path.of("target", "plan-tables"));
	}

	private static Path produce(String id, ReportFormat format) throws Exception {
		Report report = ReportRegistry.fromPlatform().report(id).orElseThrow(() -> new AssertionError("no report " + id));
		var input = ReportRunner.input(report, plan, null, Map.of(), true, Sample.ZH);
		return ReportRunner.run(report, input, format, folder, new NullProgressMonitor());
	}

	@Test
	void zl05InExcelHoldsEveryReserveOfTheModelAsNumbers() throws Exception {
		Path file = produce("plan.zl05", ReportFormat.XLSX);
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet("专栏5");
			assertNotNull(sheet, "a sheet 专栏5");
			assertNotNull(sheet.getPaneInformation(), "header rows frozen");
			// a mineral may have several rows (e.g. one per unit or use): one of them must hold both numbers
			Map<String, List<List<Double>>> rowsByName = new HashMap<>();
			for (Row row : sheet) {
				List<Double> numbers = new ArrayList<>();
				List<String> texts = new ArrayList<>();
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.NUMERIC) {
						numbers.add(cell.getNumericCellValue());
					} else if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
						texts.add(cell.getStringCellValue().trim());
					}
				}
				for (String text : texts) {
					rowsByName.computeIfAbsent(text, k -> new ArrayList<>()).add(numbers);
				}
			}
			int checked = 0;
			for (ResourceReserve reserve : plan.getReserves()) {
				if (reserve.getMineral() == null || reserve.getCumulativeIdentified() == null) {
					continue;
				}
				List<String> names = new ArrayList<>(reserve.getMineral().getAliases());
				names.add(0, reserve.getMineral().getName());
				double identified = reserve.getCumulativeIdentified().doubleValue();
				Double retained = reserve.getRetained() == null ? null : reserve.getRetained().doubleValue();
				// the table prints the mineral as the plan does (建筑用玄武岩 for the catalogue's 玄武岩)
				boolean found = rowsByName.entrySet().stream()
						.filter(e -> names.stream().anyMatch(n -> e.getKey().contains(n)))
						.flatMap(e -> e.getValue().stream())
						.anyMatch(numbers -> numbers.contains(identified) && (retained == null || numbers.contains(retained)));
				assertTrue(found, reserve.getMineral().getName() + ": a row with 累计查明 " + identified + " and 保有 "
						+ retained + " among the rows naming " + names);
				checked++;
			}
			assertTrue(checked > plan.getReserves().size() / 2, "reserves checked: " + checked);
		}
	}

	@Test
	void zl17InExcelCountsTheExplorationBlocksOfEachCounty() throws Exception {
		Map<String, Integer> byCounty = new HashMap<>();
		int total = 0;
		for (ExplorationBlock block : plan.getExplorationBlocks()) {
			if (block.getCounty() != null) {
				byCounty.merge(block.getCounty().getName(), 1, Integer::sum);
				total++;
			}
		}
		Path file = produce("plan.zl17", ReportFormat.XLSX);
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet("专栏17");
			assertNotNull(sheet, "a sheet 专栏17");
			Map<String, Double> shown = new HashMap<>();
			for (Row row : sheet) {
				Cell label = row.getCell(row.getFirstCellNum() < 0 ? 0 : row.getFirstCellNum());
				if (label == null || label.getCellType() != CellType.STRING) {
					continue;
				}
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.NUMERIC) {
						shown.putIfAbsent(Sample.divisionName(label.getStringCellValue().trim()), cell.getNumericCellValue());
						break;
					}
				}
			}
			byCounty.forEach((county, count) -> assertEquals(count.doubleValue(), shown.get(county), county + " 新设数量"));
			assertEquals(total, shown.get("合计"), "合计");
		}
	}

	@Test
	void thePdfOfThePlansTablesPrintsTheirChineseTitlesAndTotals() throws Exception {
		long blocks = plan.getExplorationBlocks().stream().filter(b -> b.getCounty() != null).count();
		Path file = produce("plan.tables", ReportFormat.PDF);
		StringBuilder text = new StringBuilder();
		PdfReader reader = new PdfReader(Files.readAllBytes(file));
		try {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page).replace(" ", "").replace("\n", "")).append('\n');
			}
		} finally {
			reader.close();
		}
		String all = text.toString();
		for (String title : List.of("专栏4", "专栏5", "专栏6", "专栏13", "专栏14", "专栏17", "专栏18", "专栏19", "专栏20",
				"专栏21", "专栏22", "专栏23")) {
			assertTrue(all.contains(title), title + " printed");
		}
		assertTrue(all.contains("拟设勘查规划区块"), "the 专栏17 caption is printed in Chinese");
		assertTrue(all.contains("合计" + blocks) || all.contains("合计 " + blocks) || all.matches("(?s).*合计\\D{0,20}" + blocks + ".*"),
				"the 专栏17 total " + blocks + " is printed");
	}

	@Test
	void theHtmlOfThePlansTablesParsesAndHoldsEveryTable() throws Exception {
		Path file = produce("plan.tables", ReportFormat.HTML);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		Document html = factory.newDocumentBuilder().parse(file.toFile());
		NodeList tables = html.getElementsByTagName("table");
		assertEquals(12, tables.getLength(), "one table per 专栏");
		String text = html.getDocumentElement().getTextContent();
		for (String title : List.of("专栏4", "专栏5", "专栏17", "专栏23")) {
			assertTrue(text.contains(title), title);
		}
	}
}
