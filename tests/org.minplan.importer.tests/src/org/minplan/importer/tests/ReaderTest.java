package org.minplan.importer.tests;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minplan.importer.internal.CsvReader;
import org.minplan.importer.internal.XlsxReader;
import org.minplan.importer.read.ImportProblem;
import org.minplan.importer.read.ReadOptions;
import org.minplan.importer.read.SourceRecord;
import org.minplan.importer.read.SourceTable;

/** The CSV and XLSX readers on their own: fields, row numbers and sheets as the user's file has them. */
class ReaderTest {

	@TempDir
	Path folder;

	private final List<ImportProblem> problems = new ArrayList<>();

	@Test
	void csvKeepsQuotedSeparatorsAndLineBreaksAndCountsFileLines() throws Exception {
		List<SourceTable> tables = new CsvReader().read(FixtureFiles.copy("tuoli-blocks-valid.csv", folder),
				ReadOptions.defaults(Locale.ENGLISH), problems::add, new NullProgressMonitor());

		assertEquals(List.of(), problems);
		SourceTable table = tables.get(0);
		assertEquals("区块编号", table.headers().get(0));
		assertEquals(5, table.records().size());
		SourceRecord k9002 = table.records().get(3);
		assertEquals(5, k9002.location().row(), "the row starts on line 5 of the file");
		assertEquals("83.70,45.80;\n83.72,45.80;\n83.72,45.81;\n83.70,45.81;\n83.70,45.80", k9002.field("拐点坐标"));
		assertEquals(10, table.records().get(4).location().row(), "lines 5–9 hold the quoted field with its four line breaks");
		assertEquals("5040000,28460000;5041500,28460000;5041500,28462000;5040000,28462000;5040000,28460000",
				table.records().get(0).field("拐点坐标"));
	}

	@Test
	void xlsxGivesOneTablePerSheetWithExcelRowNumbersAndPlainNumbers() throws Exception {
		List<SourceTable> tables = new XlsxReader().read(FixtureFiles.validWorkbook(folder),
				ReadOptions.defaults(Locale.ENGLISH), problems::add, new NullProgressMonitor());

		assertEquals(List.of(), problems);
		assertEquals(List.of("区块", "矿山"), tables.stream().map(SourceTable::part).toList());
		SourceRecord first = tables.get(0).records().get(0);
		assertEquals(2, first.location().row());
		assertEquals("区块", first.location().part());
		assertEquals("3", first.field("面积"), "a number cell 3.0 reads as 3");
		assertEquals("1.2029", tables.get(0).records().get(2).field("面积"));
		assertEquals("84.372728", tables.get(1).records().get(0).field("经度"));
		assertEquals(9, tables.get(0).records().get(4).location().row() + 3, "rows are not shifted by line breaks");
	}
}
