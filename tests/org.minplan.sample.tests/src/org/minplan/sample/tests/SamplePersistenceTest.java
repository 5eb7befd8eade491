package org.minplan.sample.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minplan.core.persistence.PlanStore;
import org.minplan.model.Plan;
import org.minplan.sample.SamplePlans;

/** The bundled sample file: current, and read and written without loss. */
class SamplePersistenceTest {

	@TempDir
	Path dir;

	@Test
	void committedFileEqualsAFreshBuild() throws Exception {
		Path fresh = dir.resolve("fresh.minplan");
		new PlanStore().save(SamplePlans.build(1), fresh);
		byte[] committed = Files.readAllBytes(SamplePlans.tachengPath());
		byte[] built = Files.readAllBytes(fresh);
		if (!java.util.Arrays.equals(committed, built)) {
			List<String> a = Files.readAllLines(SamplePlans.tachengPath());
			List<String> b = Files.readAllLines(fresh);
			int line = 0;
			while (line < Math.min(a.size(), b.size()) && a.get(line).equals(b.get(line))) {
				line++;
			}
			fail("bundles/org.minplan.sample/" + SamplePlans.TACHENG_ENTRY + " is not what the generator builds now "
					+ "(first difference at line " + (line + 1) + "); regenerate it with "
					+ "./minplan sample --out bundles/org.minplan.sample/" + SamplePlans.TACHENG_ENTRY);
		}
	}

	@Test
	void buildingTwiceGivesTheSameBytes() throws Exception {
		Path first = dir.resolve("first.minplan");
		Path second = dir.resolve("second.minplan");
		new PlanStore().save(SamplePlans.build(1), first);
		new PlanStore().save(SamplePlans.build(1), second);
		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
	}

	@Test
	void loadSaveLoadIsLossless() throws Exception {
		PlanStore store = new PlanStore();
		Plan loaded = store.load(SamplePlans.tachengPath());
		Path once = dir.resolve("once.minplan");
		store.save(loaded, once);
		Plan again = new PlanStore().load(once);
		assertTrue(EcoreUtil.equals(loaded, again), "the plan changed on a save and load");
		assertEquals(loaded.getExplorationBlocks().get(0).getGeometry(), again.getExplorationBlocks().get(0).getGeometry());
		Path twice = dir.resolve("twice.minplan");
		new PlanStore().save(again, twice);
		assertArrayEquals(Files.readAllBytes(once), Files.readAllBytes(twice), "second save differs from the first");
		assertArrayEquals(Files.readAllBytes(SamplePlans.tachengPath()), Files.readAllBytes(once),
				"saving the loaded sample changes the file");
	}
}
