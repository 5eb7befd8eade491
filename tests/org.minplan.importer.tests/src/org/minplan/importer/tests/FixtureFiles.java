package org.minplan.importer.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The fixtures of the import tests: the CSV files of {@code fixtures/} (committed, readable) and the
 * binary files generated from them when a test needs them — workbooks (POI), a GBK copy, a truncated
 * workbook, a zip bomb and a workbook with an XML external entity. See {@code fixtures/README.md}.
 * Run as a program ({@link #main}) it writes the generated files into a folder to look at.
 */
public final class FixtureFiles {

	/** Columns written as numbers in workbooks, as a county's Excel would hold them. */
	private static final Set<String> NUMERIC = Set.of("面积", "经度", "纬度", "从业人数", "年产量");

	private FixtureFiles() {
	}

	/** @return a copy of {@code fixtures/<name>} in the folder */
	public static Path copy(String name, Path folder) throws IOException {
		Path target = folder.resolve(name);
		Files.write(target, bytes(name));
		return target;
	}

	/** @return the bytes of {@code fixtures/<name>} */
	public static byte[] bytes(String name) throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(FixtureFiles.class);
		URL url = bundle != null ? bundle.getEntry("fixtures/" + name) : null;
		if (url == null) {
			Path local = Path.of("fixtures", name);
			if (!Files.exists(local)) {
				throw new IOException("fixture " + name + " is missing");
			}
			return Files.readAllBytes(local);
		}
		try (InputStream in = url.openStream()) {
			return in.readAllBytes();
		}
	}

	/** @return a CSV fixture in another encoding (e.g. GBK, as counties' Excel saves it), optionally with BOM */
	public static Path reencoded(String name, Charset charset, boolean bom, Path folder) throws IOException {
		String text = new String(bytes(name), StandardCharsets.UTF_8);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (bom) {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		}
		out.write(text.getBytes(charset));
		Path target = folder.resolve(name.replace(".csv", "") + "-" + charset.name() + (bom ? "-bom" : "") + ".csv");
		Files.write(target, out.toByteArray());
		return target;
	}

	/**
	 * @param sheets sheet name → CSV fixture whose rows the sheet holds
	 * @return a workbook written with POI
	 */
	public static Path workbook(Path folder, String name, Map<String, String> sheets) throws IOException {
		Path target = folder.resolve(name);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(target)) {
			for (Map.Entry<String, String> entry : sheets.entrySet()) {
				Sheet sheet = workbook.createSheet(entry.getKey());
				List<List<String>> rows = parseCsv(new String(bytes(entry.getValue()), StandardCharsets.UTF_8));
				List<String> headers = rows.get(0);
				for (int r = 0; r < rows.size(); r++) {
					Row row = sheet.createRow(r);
					for (int c = 0; c < rows.get(r).size(); c++) {
						String value = rows.get(r).get(c);
						if (value.isEmpty()) {
							continue;
						}
						if (r > 0 && c < headers.size() && NUMERIC.contains(headers.get(c))
								&& value.matches("-?\\d+(\\.\\d+)?")) {
							row.createCell(c).setCellValue(Double.parseDouble(value));
						} else {
							row.createCell(c).setCellValue(value);
						}
					}
				}
			}
			workbook.write(out);
		}
		return target;
	}

	/** @return the valid workbook of 托里县: a sheet 区块 and a sheet 矿山 */
	public static Path validWorkbook(Path folder) throws IOException {
		Map<String, String> sheets = new LinkedHashMap<>();
		sheets.put("区块", "tuoli-blocks-valid.csv");
		sheets.put("矿山", "tuoli-mines-valid.csv");
		return workbook(folder, "tuoli-valid.xlsx", sheets);
	}

	/** @return the valid workbook cut after half its bytes, as an interrupted upload leaves it */
	public static Path truncatedWorkbook(Path folder) throws IOException {
		byte[] whole = Files.readAllBytes(validWorkbook(folder));
		Path target = folder.resolve("truncated.xlsx");
		Files.write(target, Arrays.copyOf(whole, whole.length / 2));
		return target;
	}

	/**
	 * @return the valid workbook whose first sheet is padded with {@code megabytes} of white space: a few
	 *         hundred KB packed, a ratio a real sheet never has (a zip bomb)
	 */
	public static Path zipBomb(Path folder, int megabytes) throws IOException {
		return rewritten(validWorkbook(folder), folder.resolve("bomb.xlsx"), "xl/worksheets/sheet1.xml", xml -> {
			int at = xml.indexOf("<sheetData");
			byte[] padding = new byte[megabytes * 1024 * 1024];
			Arrays.fill(padding, (byte) ' ');
			return (xml.substring(0, at) + new String(padding, StandardCharsets.US_ASCII) + xml.substring(at));
		});
	}

	/** @return the valid workbook whose first sheet declares an external entity reading /etc/passwd */
	public static Path externalEntity(Path folder) throws IOException {
		return rewritten(validWorkbook(folder), folder.resolve("xxe.xlsx"), "xl/worksheets/sheet1.xml", xml -> {
			int at = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
			return xml.substring(0, at) + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
					+ xml.substring(at).replaceFirst("<v>", "<v>&xxe;");
		});
	}

	private interface Edit {
		String apply(String xml);
	}

	private static Path rewritten(Path source, Path target, String part, Edit edit) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals(part)) {
					content = edit.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(content);
				out.closeEntry();
			}
		}
		return target;
	}

	/** A plain RFC 4180 reader for the generator (the importer's own reader is what the tests test). */
	static List<List<String>> parseCsv(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			} else if (c == '\n') {
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			} else if (c != '\r') {
				field.append(c);
			}
		}
		if (field.length() > 0 || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}

	/** Writes the generated fixtures into the folder given (default {@code target/fixtures}). */
	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args.length > 0 ? args[0] : "target/fixtures");
		Files.createDirectories(folder);
		System.out.println(validWorkbook(folder));
		System.out.println(truncatedWorkbook(folder));
		System.out.println(zipBomb(folder, 20));
		System.out.println(externalEntity(folder));
		System.out.println(reencoded("tuoli-blocks-valid.csv", Charset.forName("GBK"), false, folder));
	}
}
