package org.minplan.report.review.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.minplan.core.persistence.PlanStore;
import org.minplan.model.Plan;
import org.minplan.report.ReportDocument;
import org.minplan.report.ReportDocument.Cell;
import org.minplan.report.ReportDocument.Table;
import org.minplan.report.ReportInput;
import org.minplan.sample.SamplePlans;

/** Reading report documents in tests: tables by sheet, cells by row label, images. */
final class Documents {

	private Documents() {
	}

	static Plan sample() {
		System.setProperty("java.awt.headless", "true");
		try {
			return SamplePlans.loadTacheng(new PlanStore());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static ReportInput input(Plan plan, Map<String, String> parameters) {
		return new ReportInput(plan, SamplePlans.tachengPath(), parameters, Locale.CHINESE);
	}

	static List<Table> tables(ReportDocument doc) {
		return doc.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
	}

	static Optional<Table> table(ReportDocument doc, String sheet) {
		return tables(doc).stream().filter(t -> t.sheetName().equals(sheet)).findFirst();
	}

	/** @return the body row whose first cell reads {@code label} */
	static Optional<List<Cell>> row(Table table, String label) {
		return table.bodyRows().stream().filter(r -> r.get(0).text().equals(label)).findFirst();
	}

	static int number(Cell cell) {
		return cell.number().intValue();
	}

	static List<ReportDocument.Image> images(ReportDocument doc) {
		return doc.blocks().stream().filter(ReportDocument.Image.class::isInstance)
				.map(ReportDocument.Image.class::cast).toList();
	}

	static java.awt.image.BufferedImage decode(ReportDocument.Image image) {
		try {
			return ImageIO.read(new ByteArrayInputStream(image.png()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Path output(String name) throws IOException {
		Path dir = Path.of(System.getProperty("minplan.test.output", "target"), "reports");
		Files.createDirectories(dir);
		return dir.resolve(name);
	}
}
