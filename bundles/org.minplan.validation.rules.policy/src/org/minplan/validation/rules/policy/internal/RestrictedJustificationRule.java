package org.minplan.validation.rules.policy.internal;

import static org.minplan.model.MinplanPackage.Literals.*;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.minplan.model.ControlClass;
import org.minplan.model.MineralControl;
import org.minplan.model.MiningBlock;
import org.minplan.validation.AbstractRule;
import org.minplan.validation.RuleCategory;
import org.minplan.validation.RuleContext;
import org.minplan.validation.Severity;

/**
 * Restricted minerals need a justification (限制开采矿种须说明理由): a mining block of a mineral under the
 * control class {@code restrictedMining} has a justification. Exploration blocks have no justification in the
 * model and are not checked.
 */
public final class RestrictedJustificationRule extends AbstractRule {

	public static final String ID = "policy.restrictedJustification";

	public RestrictedJustificationRule() {
		super(ID, RuleCategory.POLICY, Severity.ERROR, MINING_BLOCK);
	}

	@Override
	public boolean affectedBy(EClass type, EStructuralFeature feature) {
		if (MINERAL_CONTROL.isSuperTypeOf(type) || MINERAL == type) {
			return true;
		}
		return super.affectedBy(type, feature) && (feature == null || feature == BLOCK__MINERAL
				|| feature == BLOCK__MINERAL_TEXT || feature == MINING_BLOCK__JUSTIFICATION);
	}

	@Override
	public void check(RuleContext context) {
		for (MiningBlock block : context.targets(MiningBlock.class)) {
			if (block.getJustification() != null && !block.getJustification().isBlank()) {
				continue;
			}
			List<MineralControl> restricted = MineralControls.naming(context.plan(), ControlClass.RESTRICTED_MINING,
					block.getMineral(), block.getMineralText());
			if (!restricted.isEmpty()) {
				context.finding("missing", context.label(block), MineralControls.mineralOf(restricted.get(0)))
						.on(block, restricted.get(0)).report();
			}
		}
	}
}
