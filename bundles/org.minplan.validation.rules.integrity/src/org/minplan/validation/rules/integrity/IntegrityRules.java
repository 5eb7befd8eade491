package org.minplan.validation.rules.integrity;

import java.util.List;

import org.minplan.validation.Rule;
import org.minplan.validation.rules.integrity.internal.CodeFormatRule;
import org.minplan.validation.rules.integrity.internal.GeometryValidRule;
import org.minplan.validation.rules.integrity.internal.GeometryZoneRule;
import org.minplan.validation.rules.integrity.internal.RequiredAttributesRule;
import org.minplan.validation.rules.integrity.internal.StatedAreaRule;
import org.minplan.validation.rules.integrity.internal.UniqueCodesRule;

/**
 * The integrity rule set (数据完整性): contributed through {@code org.minplan.validation.rules} in OSGi; this
 * class gives the same rules to code running without OSGi (tests, tools).
 */
public final class IntegrityRules {

	private IntegrityRules() {
	}

	/** @return new instances of every rule of the set */
	public static List<Rule> all() {
		return List.of(new RequiredAttributesRule(), new UniqueCodesRule(), new CodeFormatRule(),
				new GeometryValidRule(), new GeometryZoneRule(), new StatedAreaRule());
	}
}
