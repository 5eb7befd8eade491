package org.minplan.importer;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.minplan.core.i18n.Texts;
import org.minplan.importer.read.SourceLocation;
import org.minplan.model.PlanElement;

/**
 * What an import does to one element of the plan: adds it, changes some of its fields, or removes it.
 *
 * @param kind      new, changed or removed
 * @param type      the model class: ExplorationBlock, MiningBlock or Mine
 * @param key       what elements are matched by: the block code (区块编号) or the mine's licence number
 *                  (许可证号; its name when it has none)
 * @param existing  the element in the plan (null for a new one)
 * @param submitted the element as submitted, not contained in any plan (null for a removed one)
 * @param fields    the fields that change, old → new (empty for new and removed elements)
 * @param where     the row or feature of the submission (null for a removed element)
 */
public record ElementChange(Kind kind, EClass type, String key, PlanElement existing, PlanElement submitted,
		List<FieldChange> fields, SourceLocation where) {

	/** What happens to the element. */
	public enum Kind {
		/** In the submission, not in the plan: added. */
		NEW,
		/** In both, with different values: the fields listed change. */
		CHANGED,
		/** The county's element in the plan is absent from the submission: removed. */
		REMOVED;

		/** @return 新增 / new, 修改 / changed, 删除 / removed */
		public String label(Locale locale) {
			return Texts.of(ElementChange.class, locale).get("change." + name().toLowerCase(Locale.ROOT));
		}
	}

	/** Copies the field list. */
	public ElementChange {
		fields = List.copyOf(fields);
	}

	/** @return the kind of element in the user's language, e.g. 勘查规划区块 / exploration block */
	public String typeLabel(Locale locale) {
		return Texts.of(ElementChange.class, locale).get("type." + type.getName());
	}

	/** @return the element as it is after the import would apply: the submitted one, or the existing one when removed */
	public PlanElement element() {
		return submitted != null ? submitted : existing;
	}

	/** @return e.g. {@code 654224K0001 托里县金矿勘查规划区块 1} */
	public String label() {
		PlanElement element = element();
		String name = element.getName() == null ? "" : element.getName();
		return key.equals(name) ? key : key + " " + name;
	}
}
