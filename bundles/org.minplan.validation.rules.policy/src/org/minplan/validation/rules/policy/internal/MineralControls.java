package org.minplan.validation.rules.policy.internal;

import java.util.ArrayList;
import java.util.List;

import org.minplan.model.ControlClass;
import org.minplan.model.Mineral;
import org.minplan.model.MineralControl;
import org.minplan.model.Plan;
import org.minplan.validation.support.Minerals;

/** The plan's control classes (勘查开采调控方向) that name an element's mineral. */
final class MineralControls {

	private MineralControls() {
	}

	/** @return the controls of that class naming the mineral, exactly (not via a condition) */
	static List<MineralControl> naming(Plan plan, ControlClass controlClass, Mineral mineral, String text) {
		List<MineralControl> hits = new ArrayList<>();
		for (MineralControl control : plan.getMineralControls()) {
			if (control.getControlClass() == controlClass
					&& Minerals.matches(control.getMineral(), control.getMineralText(), mineral, text)) {
				hits.add(control);
			}
		}
		return hits;
	}

	/** @return the name of the mineral a control names, as printed */
	static String mineralOf(MineralControl control) {
		if (control.getMineralText() != null && !control.getMineralText().isBlank()) {
			return control.getMineralText();
		}
		return control.getMineral() == null ? "" : control.getMineral().getName();
	}

	/** @return the element's mineral as printed */
	static String mineralOf(Mineral mineral, String text) {
		if (text != null && !text.isBlank()) {
			return text;
		}
		return mineral == null || mineral.getName() == null ? "" : mineral.getName();
	}
}
