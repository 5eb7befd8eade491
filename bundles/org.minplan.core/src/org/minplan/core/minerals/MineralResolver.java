package org.minplan.core.minerals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.minplan.model.Mineral;
import org.minplan.model.Plan;

/**
 * Finds the catalogue mineral (矿种, 专栏4) a printed or submitted mineral name means, e.g. 金矿 → 金,
 * 铬铁矿 → 铬, 水泥用灰岩 → 石灰岩, 地下热水 → 地热（水）.
 * <p>
 * A name is tried in this order, and the first step that finds a mineral wins:
 * <ol>
 * <li>the catalogue name itself;</li>
 * <li>one of the mineral's {@link Mineral#getAliases() aliases};</li>
 * <li>the name without parenthesised remarks, as name or alias (煤（地下/露天开采） → 煤, 盐（固态/液态） →
 * 盐 → 石盐);</li>
 * <li>the name without a trailing 矿 (页岩矿 → 页岩), without a use prefix ending in 用 (建筑用玄武岩 → 玄武岩),
 * or without both — these stripped forms are matched against catalogue <em>names</em> only, so that a
 * generic alias such as 粘土 (of 砖瓦粘土) does not claim 水泥配料用粘土.</li>
 * </ol>
 * Names are compared without white space and with full-width brackets read as half-width, so 盐矿（固体）
 * and 盐矿(固体) are the same name. Names no step resolves (e.g. 锰矿 or 闪长岩 when the catalogue lacks
 * them, or group words such as 饰面石材) resolve to nothing: callers keep the printed text.
 * <p>
 * The resolver works on the catalogue it was made from; make a new one when the catalogue changes.
 */
public final class MineralResolver {

	private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");
	private static final Pattern LIST_SEPARATORS = Pattern.compile("[、，,;；]|及");

	private final Map<String, Mineral> byName = new LinkedHashMap<>();
	private final Map<String, Mineral> byAlias = new LinkedHashMap<>();

	/** A resolver over the given catalogue (names first, then aliases; the first mineral to claim a key wins). */
	public MineralResolver(Collection<Mineral> catalogue) {
		for (Mineral mineral : catalogue) {
			if (mineral.getName() != null) {
				byName.putIfAbsent(normalise(mineral.getName()), mineral);
			}
		}
		for (Mineral mineral : catalogue) {
			for (String alias : mineral.getAliases()) {
				byAlias.putIfAbsent(normalise(alias), mineral);
			}
		}
	}

	/** @return a resolver over the plan's mineral catalogue */
	public static MineralResolver of(Plan plan) {
		return new MineralResolver(plan.getMinerals());
	}

	/**
	 * @param printed a mineral name as printed or submitted, e.g. 铬铁矿
	 * @return the catalogue mineral it names, or empty when none
	 */
	public Optional<Mineral> resolve(String printed) {
		if (printed == null) {
			return Optional.empty();
		}
		String key = normalise(printed);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		String bare = BRACKETED.matcher(key).replaceAll("");
		for (String form : new String[] { key, bare }) {
			Mineral found = byName.get(form);
			if (found == null) {
				found = byAlias.get(form);
			}
			if (found != null) {
				return Optional.of(found);
			}
		}
		for (String form : stripped(bare)) {
			Mineral found = byName.get(form);
			if (found != null) {
				return Optional.of(found);
			}
		}
		return Optional.empty();
	}

	/**
	 * Resolves a text that may name several minerals, e.g. 铜、金 or 玻璃、陶瓷等脉石英、石英砂岩: the whole
	 * text when it names one mineral, else each part between 、，; and 及 (after a 等 the part is what
	 * follows it).
	 *
	 * @return the minerals named, in printed order without repeats; empty when none resolves
	 */
	public List<Mineral> resolveAll(String printed) {
		Optional<Mineral> whole = resolve(printed);
		if (whole.isPresent()) {
			return List.of(whole.get());
		}
		if (printed == null) {
			return List.of();
		}
		Set<Mineral> found = new LinkedHashSet<>();
		String text = BRACKETED.matcher(normalise(printed)).replaceAll("");
		for (String part : LIST_SEPARATORS.split(text)) {
			int etc = part.lastIndexOf('等');
			String name = etc >= 0 ? part.substring(etc + 1) : part;
			resolve(name).ifPresent(found::add);
		}
		return new ArrayList<>(found);
	}

	/** @return the name without 矿, without its use prefix, and without both (never empty) */
	private static List<String> stripped(String name) {
		Set<String> forms = new LinkedHashSet<>();
		forms.add(stripOreSuffix(name));
		String noUse = stripUsePrefix(name);
		forms.add(noUse);
		forms.add(stripOreSuffix(noUse));
		forms.remove("");
		return new ArrayList<>(forms);
	}

	private static String stripOreSuffix(String name) {
		return name.length() > 1 && name.endsWith("矿") ? name.substring(0, name.length() - 1) : name;
	}

	private static String stripUsePrefix(String name) {
		int use = name.lastIndexOf('用');
		return use >= 0 && use < name.length() - 1 ? name.substring(use + 1) : name;
	}

	/** @return the name without white space, with full-width brackets as half-width */
	static String normalise(String name) {
		StringBuilder b = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isWhitespace(c) || c == '\u3000') {
				continue;
			}
			b.append(switch (c) {
			case '（' -> '(';
			case '）' -> ')';
			default -> c;
			});
		}
		return b.toString();
	}
}
