package org.minplan.core.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minplan.core.persistence.AtomicFileWriter;
import org.minplan.core.persistence.PlanFileException;
import org.minplan.core.persistence.PlanStore;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.DivisionKind;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.MinplanFactory;
import org.minplan.model.Mineral;
import org.minplan.model.Plan;
import org.minplan.model.spatial.Shape;

/** What a user sees when saving and opening .minplan files, including broken ones. */
class PlanStoreTest {

	@TempDir
	Path dir;

	private final PlanStore store = new PlanStore();

	private static Plan smallPlan() {
		MinplanFactory f = MinplanFactory.eINSTANCE;
		Plan plan = f.createPlan();
		plan.setName("测试规划");
		plan.setFormatVersion(PlanStore.FORMAT_VERSION);
		plan.setBaseYear(2020);
		AdministrativeDivision county = f.createAdministrativeDivision();
		county.setCode("654224");
		county.setName("托里县");
		county.setKind(DivisionKind.COUNTY);
		plan.getDivisions().add(county);
		Mineral gold = f.createMineral();
		gold.setName("金");
		gold.getAliases().add("金矿");
		plan.getMinerals().add(gold);
		ExplorationBlock block = f.createExplorationBlock();
		block.setCode("654224K0001");
		block.setName("托里县金矿勘查规划区块 1");
		block.setCounty(county);
		block.setMineral(gold);
		block.setStatedArea(new BigDecimal("12.3400"));
		block.setGeometry(Shape.polygon(4516, new double[] { 28500000.125, 5090000, 28503000, 5090000.5,
				28503000, 5094000, 28500000.125, 5094000 }));
		plan.getExplorationBlocks().add(block);
		return plan;
	}

	@Test
	void saveThenLoadGivesAnEqualPlanWithReferencesAndExactCoordinates() throws IOException {
		Path file = dir.resolve("plan.minplan");
		Plan plan = smallPlan();
		store.save(plan, file);
		Plan loaded = store.load(file);
		assertTrue(EcoreUtil.equals(plan, loaded), "loaded plan differs from the saved one");
		ExplorationBlock block = loaded.getExplorationBlocks().get(0);
		assertSame(loaded.getDivisions().get(0), block.getCounty(), "county reference not restored");
		assertSame(loaded.getMinerals().get(0), block.getMineral(), "mineral reference not restored");
		assertEquals(new BigDecimal("12.3400"), block.getStatedArea(), "printed precision lost");
		assertEquals(28500000.125, block.getGeometry().x());
		assertNotNull(loaded.getId(), "plan got no id");
		assertEquals(plan.getId(), loaded.getId(), "ids are not stable");
	}

	@Test
	void savingTwiceWritesTheSameBytes() throws IOException {
		Path a = dir.resolve("a.minplan");
		Path b = dir.resolve("b.minplan");
		Plan plan = smallPlan();
		store.save(plan, a);
		store.save(store.load(a), b);
		assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
	}

	@Test
	void aWriteThatFailsMidwayLeavesTheOldFileIntact() throws IOException {
		Path file = dir.resolve("plan.minplan");
		store.save(smallPlan(), file);
		byte[] before = Files.readAllBytes(file);

		AtomicFileWriter writer = new AtomicFileWriter();
		IOException failure = assertThrows(IOException.class, () -> writer.write(file, out -> {
			out.write("<?xml version=\"1.0\"?><minplan:Plan".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full (simulated)");
		}));
		assertEquals("disk full (simulated)", failure.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file), "the previous file was damaged");
		assertEquals(List.of(file), listFolder(), "a temporary file was left behind");
		assertNotNull(store.load(file));
	}

	@Test
	void aRenameThatFailsLeavesTheOldFileIntact() throws IOException {
		Path file = dir.resolve("plan.minplan");
		store.save(smallPlan(), file);
		byte[] before = Files.readAllBytes(file);
		PlanStore failing = new PlanStore(new AtomicFileWriter((from, to) -> {
			throw new IOException("rename refused (simulated crash before the switch)");
		}));
		Plan changed = smallPlan();
		changed.setName("改过的规划");
		assertThrows(IOException.class, () -> failing.save(changed, file));
		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(List.of(file), listFolder());
	}

	@Test
	void aTruncatedFileGivesAnErrorNamingFileAndLine() throws IOException {
		Path file = dir.resolve("plan.minplan");
		store.save(smallPlan(), file);
		String text = Files.readString(file);
		Files.writeString(file, text.substring(0, text.length() / 2));
		byte[] damaged = Files.readAllBytes(file);

		PlanFileException e = assertThrows(PlanFileException.class, () -> store.load(file));
		assertEquals(PlanFileException.Reason.CORRUPT, e.reason());
		assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
		assertTrue(e.line().isPresent(), "no line number in: " + e.getMessage());
		assertTrue(e.getMessage().contains("line " + e.line().get()), e.getMessage());
		assertTrue(e.message(Locale.CHINESE).contains("文件已损坏"), e.message(Locale.CHINESE));
		assertArrayEquals(damaged, Files.readAllBytes(file), "loading must not touch the file");
	}

	@Test
	void anUnknownElementNamesTheLineAndTheElement() throws IOException {
		Path file = dir.resolve("plan.minplan");
		store.save(smallPlan(), file);
		List<String> lines = Files.readAllLines(file);
		int at = lines.size() - 1; // before </minplan:Plan>
		lines.add(at, "  <pipelines name=\"unknown\"/>");
		Files.write(file, lines);
		PlanFileException e = assertThrows(PlanFileException.class, () -> store.load(file));
		assertEquals(PlanFileException.Reason.CORRUPT, e.reason());
		assertEquals(Integer.valueOf(at + 1), e.line().orElse(-1), e.getMessage());
		assertTrue(e.getMessage().contains("pipelines"), e.getMessage());
	}

	@Test
	void aFileFromANewerFormatNamespaceSaysSo() throws IOException {
		Path file = dir.resolve("future.minplan");
		store.save(smallPlan(), file);
		Files.writeString(file, Files.readString(file).replace("http://minplan.org/model/plan/1.0",
				"http://minplan.org/model/plan/2.0"));
		PlanFileException e = assertThrows(PlanFileException.class, () -> store.load(file));
		assertEquals(PlanFileException.Reason.NEWER_FORMAT, e.reason());
		assertTrue(e.getMessage().contains("newer version"), e.getMessage());
		assertTrue(e.getMessage().contains("format 2.0"), e.getMessage());
		assertTrue(e.message(Locale.CHINESE).contains("更新版本"), e.message(Locale.CHINESE));
	}

	@Test
	void aFileWithANewerFormatVersionAttributeSaysSo() throws IOException {
		Path file = dir.resolve("future.minplan");
		Plan plan = smallPlan();
		plan.setFormatVersion("3.1");
		store.save(plan, file);
		PlanFileException e = assertThrows(PlanFileException.class, () -> store.load(file));
		assertEquals(PlanFileException.Reason.NEWER_FORMAT, e.reason());
		assertTrue(e.getMessage().contains("plan format 3.1"), e.getMessage());
	}

	@Test
	void anEmptyOrMissingFileIsReportedAsSuch() throws IOException {
		Path empty = Files.createFile(dir.resolve("empty.minplan"));
		PlanFileException e = assertThrows(PlanFileException.class, () -> store.load(empty));
		assertTrue(e.getMessage().contains("empty"), e.getMessage());
		PlanFileException missing = assertThrows(PlanFileException.class, () -> store.load(dir.resolve("nope.minplan")));
		assertEquals(PlanFileException.Reason.UNREADABLE, missing.reason());
	}

	@Test
	void anXmlFileThatIsNotAPlanIsRejected() throws IOException {
		Path file = dir.resolve("other.minplan");
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<minplan:Mineral xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
				+ "xmlns:minplan=\"http://minplan.org/model/plan/1.0\" name=\"金\"/>\n");
		PlanFileException e = assertThrows(PlanFileException.class, () -> store.load(file));
		assertEquals(PlanFileException.Reason.NOT_A_PLAN, e.reason());
		assertTrue(e.getMessage().contains("found Mineral"), e.getMessage());
	}

	@Test
	void externalEntitiesAreNotResolved() throws IOException {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
		Path file = dir.resolve("xxe.minplan");
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<!DOCTYPE p [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>\n"
				+ "<minplan:Plan xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
				+ "xmlns:minplan=\"http://minplan.org/model/plan/1.0\" name=\"&s;\"/>\n");
		PlanFileException e = assertThrows(PlanFileException.class, () -> store.load(file));
		assertFalse(e.getMessage().contains("TOP-SECRET"));
	}

	private List<Path> listFolder() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.toList();
		}
	}

	@Test
	void aClosedPlanIsNotKeptInMemoryByTheStore() throws Exception {
		Path file = dir.resolve("plan.minplan");
		store.save(smallPlan(), file);
		Plan opened = store.load(file);
		store.save(opened, dir.resolve("saved.minplan"));
		WeakReference<Plan> loaded = new WeakReference<>(opened);
		opened = null;
		for (int i = 0; i < 50 && loaded.get() != null; i++) {
			System.gc();
			Thread.sleep(20);
		}
		assertNull(loaded.get(), "the store still holds the last plan it loaded or saved");
	}
}
