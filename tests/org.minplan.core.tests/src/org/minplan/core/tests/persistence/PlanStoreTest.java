package org.minplan.core.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minplan.core.persistence.PlanStore;
import org.minplan.model.MinplanFactory;
import org.minplan.model.Plan;

/** A plan saved by the store opens again. */
class PlanStoreTest {

	@TempDir
	Path dir;

	@Test
	void savedPlanLoadsBack() throws Exception {
		Plan plan = MinplanFactory.eINSTANCE.createPlan();
		plan.setName("塔城地区矿产资源总体规划");
		plan.setFormatVersion(PlanStore.FORMAT_VERSION);
		Path file = dir.resolve("plan.minplan");
		new PlanStore().save(plan, file);
		Plan loaded = new PlanStore().load(file);
		assertEquals("塔城地区矿产资源总体规划", loaded.getName());
		assertEquals(plan.getId(), loaded.getId());
	}

	@Test
	void aClosedPlanIsNotKeptInMemoryByTheStore() throws Exception {
		Plan plan = MinplanFactory.eINSTANCE.createPlan();
		Path file = dir.resolve("plan.minplan");
		PlanStore store = new PlanStore();
		store.save(plan, file);
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
