package org.minplan.validation.rules.policy.internal;

import static org.minplan.model.MinplanPackage.Literals.*;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.minplan.model.Block;
import org.minplan.model.ControlClass;
import org.minplan.model.MineralControl;
import org.minplan.validation.AbstractRule;
import org.minplan.validation.RuleCategory;
import org.minplan.validation.RuleContext;
import org.minplan.validation.Severity;
import org.minplan.validation.support.Minerals;

/**
 * No block plans a prohibited mineral (禁止勘查开采矿种): a block whose mineral a control of class
 * {@code prohibited} names is an error. A prohibition under a condition (灰分大于40%或含硫大于3%的煤,
 * 可耕地砖瓦用粘土) cannot be decided from the model: a block of that mineral gets a warning asking to check the
 * condition.
 */
public final class ProhibitedMineralRule extends AbstractRule {

	public static final String ID = "policy.prohibitedMineral";

	public ProhibitedMineralRule() {
		super(ID, RuleCategory.POLICY, Severity.ERROR, BLOCK);
	}

	@Override
	public boolean affectedBy(EClass type, EStructuralFeature feature) {
		if (MINERAL_CONTROL.isSuperTypeOf(type) || MINERAL == type) {
			return true;
		}
		return super.affectedBy(type, feature)
				&& (feature == null || feature == BLOCK__MINERAL || feature == BLOCK__MINERAL_TEXT);
	}

	@Override
	public void check(RuleContext context) {
		List<MineralControl> prohibited = context.plan().getMineralControls().stream()
				.filter(c -> c.getControlClass() == ControlClass.PROHIBITED).toList();
		for (Block block : context.targets(Block.class)) {
			for (MineralControl control : prohibited) {
				boolean conditional = control.getCondition() != null && !control.getCondition().isBlank();
				boolean named = Minerals.matches(control.getMineral(), control.getMineralText(), block.getMineral(),
						block.getMineralText());
				if (!named && conditional && control.getMineral() != null) {
					named = Minerals.matches(control.getMineral(), null, block.getMineral(), block.getMineralText());
				}
				if (!named) {
					continue;
				}
				String mineral = MineralControls.mineralOf(control);
				if (conditional) {
					context.finding("conditional", context.label(block), mineral, control.getCondition())
							.on(block, control).severity(Severity.WARNING).report();
				} else {
					context.finding("prohibited", context.label(block), mineral).on(block, control).report();
				}
			}
		}
	}
}
