package org.minplan.sample.tests;

import org.minplan.core.persistence.PlanFileException;
import org.minplan.core.persistence.PlanStore;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Plan;
import org.minplan.sample.SamplePlans;

/** The bundled sample plan as a user opens it, loaded once for all tests. */
final class Sample {

	private static Plan plan;

	private Sample() {
	}

	static synchronized Plan plan() {
		if (plan == null) {
			try {
				plan = SamplePlans.loadTacheng(new PlanStore());
			} catch (PlanFileException e) {
				throw new IllegalStateException(e.getMessage(), e);
			}
		}
		return plan;
	}

	static AdministrativeDivision division(String name) {
		return plan().getDivisions().stream().filter(d -> name.equals(d.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no division " + name));
	}
}
