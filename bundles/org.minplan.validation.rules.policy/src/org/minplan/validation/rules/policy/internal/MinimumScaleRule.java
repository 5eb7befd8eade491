package org.minplan.validation.rules.policy.internal;

import static org.minplan.model.MinplanPackage.Literals.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.minplan.model.Mineral;
import org.minplan.model.MinimumScaleStandard;
import org.minplan.model.MiningBlock;
import org.minplan.validation.AbstractRule;
import org.minplan.validation.RuleCategory;
import org.minplan.validation.RuleContext;
import org.minplan.validation.RuleParameter;
import org.minplan.validation.Severity;
import org.minplan.validation.support.Minerals;
import org.minplan.validation.support.Quantities;

/**
 * Minimum mining scale (最低开采规模): a mining block's design scale is at least the minimum for new mines of
 * its mineral — the plan's {@link MinimumScaleStandard}s (专栏21) and the minimums its text states (parameter
 * {@code textMinimums}, default the Tacheng plan's "建筑用砂矿、砖瓦用粘土矿小型最低生产规模 6 万立方米/年").
 * <p>
 * A standard prints its thresholds as text: the minimum for a new mine is the small-scale threshold, or — where
 * small mines are not allowed ("-") — the medium, then the large one. "a/b" gives values per variant named in
 * the standard's name, e.g. 金（岩金）（地下/露天开采） 3/- means underground 3, open-pit (no small) 9; the
 * variant is the one the block's name, remarks or mineral text mention, else the lowest. Values are compared
 * after unit conversion (万吨 vs 吨, 万立方米); a block whose unit cannot be compared with any minimum gets a
 * warning. When several minimums apply, the highest counts.
 */
public final class MinimumScaleRule extends AbstractRule {

	public static final String ID = "policy.minimumScale";
	static final String TEXT_MINIMUMS = "textMinimums";
	private static final Pattern BRACKETS = Pattern.compile("[（(]([^）)]*)[）)]");
	private static final Pattern TEXT_ENTRY = Pattern.compile("\\s*([^=]+?)\\s*=\\s*([0-9.]+)\\s*(.*?)\\s*");

	public MinimumScaleRule() {
		super(ID, RuleCategory.POLICY, Severity.ERROR,
				List.of(RuleParameter.text(TEXT_MINIMUMS, "建筑用砂=6 万立方米/年; 砖瓦用粘土=6 万立方米/年")), MINING_BLOCK);
	}

	@Override
	public boolean affectedBy(EClass type, EStructuralFeature feature) {
		if (MINIMUM_SCALE_STANDARD == type || MINERAL == type) {
			return true;
		}
		return super.affectedBy(type, feature) && feature != SPATIAL_ELEMENT__GEOMETRY
				&& feature != SPATIAL_ELEMENT__COUNTY && feature != PLAN_ELEMENT__CODE;
	}

	/** One minimum that applies to a block: where it comes from, the value and its unit. */
	private record Requirement(String source, BigDecimal minimum, String unitText, Quantities.Unit unit,
			String variants) {
	}

	@Override
	public void check(RuleContext context) {
		List<TextMinimum> textMinimums = parse(context.text(TEXT_MINIMUMS));
		List<Printed> standards = context.plan().getMinimumScales().stream().map(s -> printed(context, s)).toList();
		for (MiningBlock block : context.targets(MiningBlock.class)) {
			BigDecimal scale = block.getDesignScale();
			if (scale == null) {
				continue; // integrity.requiredAttributes
			}
			List<Requirement> requirements = new ArrayList<>();
			for (Printed standard : standards) {
				if (applies(standard.standard(), block.getMineral(), block.getMineralText())) {
					requirement(standard, block).ifPresent(requirements::add);
				}
			}
			for (TextMinimum text : textMinimums) {
				if (Minerals.matches(null, text.mineral(), block.getMineral(), block.getMineralText())) {
					Quantities.parseUnit(text.unit()).ifPresent(unit -> requirements
							.add(new Requirement(text.mineral(), text.minimum(), text.unit(), unit, "")));
				}
			}
			if (requirements.isEmpty()) {
				continue;
			}
			Optional<Quantities.Unit> blockUnit = Quantities.parseUnit(block.getDesignScaleUnit());
			Requirement strictest = null;
			BigDecimal strictestInBlockUnit = null;
			for (Requirement r : requirements) {
				if (blockUnit.isPresent() && r.unit().comparableWith(blockUnit.get())) {
					BigDecimal converted = r.unit().convert(r.minimum(), blockUnit.get());
					if (strictest == null || converted.compareTo(strictestInBlockUnit) > 0) {
						strictest = r;
						strictestInBlockUnit = converted;
					}
				}
			}
			String unitText = block.getDesignScaleUnit() == null ? "" : block.getDesignScaleUnit();
			if (strictest == null) {
				Requirement any = requirements.get(0);
				context.finding("incomparable", context.label(block), Quantities.format(scale), unitText,
						Quantities.format(any.minimum()), any.unitText(), any.source()).on(block)
						.severity(Severity.WARNING).report();
			} else if (scale.compareTo(strictestInBlockUnit) < 0) {
				context.finding("below", context.label(block), Quantities.format(scale), unitText,
						Quantities.format(strictestInBlockUnit), strictest.source() + strictest.variants()).on(block)
						.report();
			}
		}
	}

	/** @return whether a standard is about the block's mineral: its catalogue entries, else its printed names */
	static boolean applies(MinimumScaleStandard standard, Mineral mineral, String text) {
		if (!standard.getMinerals().isEmpty()) {
			return standard.getMinerals().stream().anyMatch(m -> Minerals.matches(m, null, mineral, text));
		}
		return baseNames(standard.getName()).stream().anyMatch(name -> Minerals.matches(null, name, mineral, text));
	}

	/** 金（岩金）（地下/露天开采） → [金]; 玻璃、陶瓷等脉石英、石英砂岩 → [玻璃, 陶瓷, 脉石英, 石英砂岩] */
	static List<String> baseNames(String name) {
		if (name == null) {
			return List.of();
		}
		String bare = BRACKETS.matcher(name).replaceAll("");
		return Arrays.stream(bare.split("[、,，/]|等")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	/**
	 * A standard as printed, read once per check: its minimum per variant (null where none is printed) and
	 * unit.
	 */
	private record Printed(MinimumScaleStandard standard, String label, List<String> variants,
			List<BigDecimal> minimums, Optional<Quantities.Unit> unit) {
	}

	private static Printed printed(RuleContext context, MinimumScaleStandard standard) {
		String[] large = split(standard.getLarge());
		String[] medium = split(standard.getMedium());
		String[] small = split(standard.getSmall());
		int count = Math.max(Math.max(large.length, medium.length), small.length);
		List<BigDecimal> minimums = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			minimums.add(first(at(small, i), at(medium, i), at(large, i)));
		}
		return new Printed(standard, context.label(standard), variants(standard.getName()), minimums,
				Quantities.parseUnit(standard.getUnit()));
	}

	/** @return the minimum of the standard for this block, if the standard prints one */
	private static Optional<Requirement> requirement(Printed printed, MiningBlock block) {
		List<String> variants = printed.variants();
		List<BigDecimal> minimums = printed.minimums();
		int count = minimums.size();
		String hints = String.join(" ", nonNull(block.getName()), nonNull(block.getRemarks()),
				nonNull(block.getMineralText()), nonNull(block.getDesignScaleUnit()));
		BigDecimal minimum = null;
		String variantNote = "";
		if (variants.size() == count && count > 1) {
			for (int i = 0; i < count; i++) {
				if (minimums.get(i) != null && hints.contains(variants.get(i))) {
					minimum = minimums.get(i);
					variantNote = "（" + variants.get(i) + "）";
				}
			}
		}
		if (minimum == null) {
			minimum = minimums.stream().filter(m -> m != null).min(BigDecimal::compareTo).orElse(null);
			if (count > 1 && minimum != null) {
				variantNote = "（" + String.join("/", variants) + " → " + Quantities.format(minimum) + "）";
			}
		}
		if (minimum == null || printed.unit().isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Requirement(printed.label(), minimum, nonNull(printed.standard().getUnit()),
				printed.unit().get(), variantNote));
	}

	/** 煤（地下/露天开采） → [地下, 露天]; 盐（固态/液态） → [固态, 液态]; no "/" group → [] */
	static List<String> variants(String name) {
		if (name == null) {
			return List.of();
		}
		Matcher m = BRACKETS.matcher(name);
		while (m.find()) {
			if (m.group(1).contains("/")) {
				return Arrays.stream(m.group(1).split("/")).map(String::trim)
						.map(v -> v.endsWith("开采") && v.length() > 2 ? v.substring(0, v.length() - 2) : v).toList();
			}
		}
		return List.of();
	}

	private static String[] split(String printed) {
		return printed == null || printed.isBlank() ? new String[0] : printed.split("/");
	}

	private static String at(String[] values, int i) {
		return i < values.length ? values[i] : values.length == 1 ? values[0] : null;
	}

	private static BigDecimal first(String... printed) {
		for (String p : printed) {
			if (p != null) {
				Optional<BigDecimal> value = Quantities.parseNumber(p.trim());
				if (value.isPresent() && !p.trim().startsWith("-")) {
					return value.get();
				}
			}
		}
		return null;
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}

	/** A minimum the plan states in its text: mineral=value unit. */
	record TextMinimum(String mineral, BigDecimal minimum, String unit) {
	}

	/** @return the entries of the {@code textMinimums} parameter, e.g. "建筑用砂=6 万立方米/年; 砖瓦用粘土=6 万立方米/年" */
	static List<TextMinimum> parse(String parameter) {
		List<TextMinimum> minimums = new ArrayList<>();
		for (String entry : parameter.split("[;；]")) {
			Matcher m = TEXT_ENTRY.matcher(entry);
			if (m.matches()) {
				minimums.add(new TextMinimum(m.group(1), new BigDecimal(m.group(2)), m.group(3)));
			}
		}
		return minimums;
	}
}
