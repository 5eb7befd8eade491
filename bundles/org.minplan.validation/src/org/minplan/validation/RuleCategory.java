package org.minplan.validation;

import java.util.Locale;
import java.util.Optional;

import org.minplan.core.i18n.Texts;

/** What a rule checks. */
public enum RuleCategory {
	/** Data complete and well-formed: required attributes, codes, geometry, stated areas (数据完整性). */
	INTEGRITY,
	/** The plan's own policies: minimum mining scale, prohibited minerals, indicator targets (规划管控). */
	POLICY,
	/** Overlaps and containment of blocks and zones (空间关系). */
	SPATIAL,
	/** Printed numbers against each other and against the elements they describe (数据一致性). */
	CONSISTENCY;

	/** @return the id used in plugin.xml and reports: integrity, policy, spatial, consistency */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @return the name users see, e.g. 空间关系 / Spatial */
	public String label(Locale locale) {
		return Texts.of(RuleCategory.class, locale).get("category." + id());
	}

	/** @return the category of an id ({@link #id()}, any case), if it is one */
	public static Optional<RuleCategory> parse(String id) {
		for (RuleCategory category : values()) {
			if (category.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
				return Optional.of(category);
			}
		}
		return Optional.empty();
	}
}
