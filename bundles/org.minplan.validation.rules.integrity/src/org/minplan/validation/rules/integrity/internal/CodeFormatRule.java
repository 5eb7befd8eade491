package org.minplan.validation.rules.integrity.internal;

import static org.minplan.model.MinplanPackage.Literals.*;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Block;
import org.minplan.model.ConcentratedMiningArea;
import org.minplan.model.ExplorationBlock;
import org.minplan.validation.AbstractRule;
import org.minplan.validation.RuleCategory;
import org.minplan.validation.RuleContext;
import org.minplan.validation.RuleParameter;
import org.minplan.validation.Severity;

/**
 * Code format (编号格式): block codes follow the pattern of their kind — by default the six-digit GB/T 2260
 * code of the county, a letter for the kind (K 勘查规划区块, C 开采规划区块, J 砂石土集中开采区) and a four-digit
 * serial number, e.g. 654221K0001, the scheme of the Tacheng sample plan (the plan itself prints no codes).
 * The patterns are parameters (regular expressions) for provinces with other schemes; a first group, when
 * present, must equal the code of the block's county.
 */
public final class CodeFormatRule extends AbstractRule {

	public static final String ID = "integrity.codeFormat";
	static final String EXPLORATION = "explorationPattern";
	static final String MINING = "miningPattern";
	static final String CONCENTRATED = "concentratedAreaPattern";

	public CodeFormatRule() {
		super(ID, RuleCategory.INTEGRITY, Severity.WARNING,
				List.of(RuleParameter.text(EXPLORATION, "(\\d{6})K\\d{4}"),
						RuleParameter.text(MINING, "(\\d{6})C\\d{4}"),
						RuleParameter.text(CONCENTRATED, "(\\d{6})J\\d{4}")),
				EXPLORATION_BLOCK, MINING_BLOCK, CONCENTRATED_MINING_AREA);
	}

	@Override
	public boolean affectedBy(EClass type, EStructuralFeature feature) {
		return super.affectedBy(type, feature)
				&& (feature == null || feature == PLAN_ELEMENT__CODE || feature == SPATIAL_ELEMENT__COUNTY);
	}

	@Override
	public void check(RuleContext context) {
		Pattern exploration = pattern(context, EXPLORATION);
		Pattern mining = pattern(context, MINING);
		Pattern concentrated = pattern(context, CONCENTRATED);
		for (Block block : context.targets(Block.class)) {
			String code = block.getCode();
			if (code == null || code.isBlank()) {
				continue; // integrity.requiredAttributes
			}
			Pattern pattern = block instanceof ExplorationBlock ? exploration
					: block instanceof ConcentratedMiningArea ? concentrated : mining;
			Matcher m = pattern.matcher(code.trim());
			if (!m.matches()) {
				context.finding("pattern", context.label(block), code.trim(), pattern.pattern()).on(block).report();
				continue;
			}
			AdministrativeDivision county = block.getCounty();
			if (m.groupCount() >= 1 && m.group(1) != null && county != null && county.getCode() != null
					&& !county.getCode().isBlank() && !m.group(1).equals(county.getCode().trim())) {
				context.finding("county", context.label(block), code.trim(), m.group(1), county.getName(),
						county.getCode().trim()).on(block).report();
			}
		}
	}

	private Pattern pattern(RuleContext context, String key) {
		try {
			return Pattern.compile(context.text(key));
		} catch (PatternSyntaxException e) { // a bad setting: fall back to the default rather than check nothing
			String fallback = parameters().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow()
					.defaultValue();
			return Pattern.compile(fallback);
		}
	}
}
