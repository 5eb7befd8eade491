package org.minplan.county.tuoli.internal;

import static org.minplan.model.MinplanPackage.Literals.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Block;
import org.minplan.validation.AbstractRule;
import org.minplan.validation.RuleCategory;
import org.minplan.validation.RuleContext;
import org.minplan.validation.Severity;

/**
 * 托里县 (654224): every block of the county — 勘查规划区块, 开采规划区块, 砂石土集中开采区 — has a code starting
 * with the county's GB/T 2260 code 654224, whatever scheme follows (the county numbers its blocks itself
 * and its submissions are matched by that prefix). Stricter than the built-in code format rule, which
 * only warns and only for codes of the standard pattern.
 */
public final class BlockCodePrefixRule extends AbstractRule {

	public static final String ID = "county.tuoli.blockCodePrefix";
	static final String COUNTY_CODE = "654224";

	public BlockCodePrefixRule() {
		super(ID, RuleCategory.INTEGRITY, Severity.ERROR, EXPLORATION_BLOCK, MINING_BLOCK, CONCENTRATED_MINING_AREA);
	}

	@Override
	public boolean affectedBy(EClass type, EStructuralFeature feature) {
		return super.affectedBy(type, feature)
				&& (feature == null || feature == PLAN_ELEMENT__CODE || feature == SPATIAL_ELEMENT__COUNTY);
	}

	@Override
	public void check(RuleContext context) {
		for (Block block : context.targets(Block.class)) {
			AdministrativeDivision county = block.getCounty();
			if (county == null || county.getCode() == null || !COUNTY_CODE.equals(county.getCode().trim())) {
				continue;
			}
			String code = block.getCode() == null ? "" : block.getCode().trim();
			if (!code.startsWith(COUNTY_CODE)) {
				context.finding("prefix", context.label(block), code.isEmpty() ? "—" : code, COUNTY_CODE).on(block)
						.report();
			}
		}
	}
}
