package org.minplan.validation.support;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.minplan.model.Mineral;

/**
 * Which mineral an element is about. Plans name minerals loosely — 金 and 金矿, 铬 and 铬铁矿, a catalogue
 * entry plus a printed text such as 砂金 — so a mineral is compared by its catalogue entry and by its names:
 * the catalogue name, its aliases and the printed text, each also without a trailing 矿.
 */
public final class Minerals {

	private Minerals() {
	}

	/** @return the normalised names of an element's mineral: printed text, catalogue name and aliases */
	public static Set<String> names(Mineral mineral, String printedText) {
		Set<String> names = new LinkedHashSet<>();
		add(names, printedText);
		if (mineral != null) {
			add(names, mineral.getName());
			mineral.getAliases().forEach(alias -> add(names, alias));
		}
		return names;
	}

	private static void add(Set<String> names, String name) {
		String n = normalise(name);
		if (!n.isEmpty()) {
			names.add(n);
		}
	}

	/** @return the name without spaces and without a trailing 矿 (金矿 → 金); empty for null */
	public static String normalise(String name) {
		if (name == null) {
			return "";
		}
		String n = name;
		for (int i = 0; i < n.length(); i++) {
			if (Character.isWhitespace(n.charAt(i))) {
				n = n.replaceAll("\\s", "");
				break;
			}
		}
		return n.length() > 1 && n.endsWith("矿") ? n.substring(0, n.length() - 1) : n;
	}

	/**
	 * Whether an element's mineral is the one a rule of the plan names (a control class, a standard).
	 * When the rule prints a more specific text than its catalogue entry (砂金 for 金), the element must carry
	 * that text; otherwise the catalogue entries must be the same, or — when either has none — a name must
	 * agree.
	 *
	 * @param ruleMineral     the catalogue entry the plan's rule refers to, or null
	 * @param ruleText        the mineral as the plan's rule prints it, or null
	 * @param elementMineral  the element's catalogue entry, or null
	 * @param elementText     the element's printed mineral, or null
	 */
	public static boolean matches(Mineral ruleMineral, String ruleText, Mineral elementMineral, String elementText) {
		Set<String> elementNames = names(elementMineral, elementText);
		String specific = normalise(ruleText);
		if (!specific.isEmpty() && (ruleMineral == null || !names(ruleMineral, null).contains(specific))) {
			return elementNames.contains(specific);
		}
		if (ruleMineral != null && elementMineral != null) {
			return ruleMineral == elementMineral;
		}
		Set<String> ruleNames = names(ruleMineral, ruleText);
		ruleNames.retainAll(elementNames);
		return !ruleNames.isEmpty();
	}

	/**
	 * @return whether any of the element's mineral names contains one of the terms (e.g. the terms of a rule
	 *         parameter "建筑用砂,砂石,砖瓦用粘土")
	 */
	public static boolean nameContainsAny(Mineral mineral, String printedText, List<String> terms) {
		for (String name : names(mineral, printedText)) {
			for (String term : terms) {
				if (!term.isEmpty() && name.contains(normalise(term))) {
					return true;
				}
			}
		}
		return false;
	}

	/** @return the comma-separated terms of a text parameter (、，, and ; accepted), trimmed, none empty */
	public static List<String> terms(String parameterValue) {
		if (parameterValue == null) {
			return List.of();
		}
		return Arrays.stream(parameterValue.split("[,，、;；]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}
}
