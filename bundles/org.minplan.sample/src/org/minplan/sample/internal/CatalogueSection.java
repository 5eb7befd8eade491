package org.minplan.sample.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.minplan.model.ControlClass;
import org.minplan.model.MeasureBasis;
import org.minplan.model.Mineral;
import org.minplan.model.MineralCategory;
import org.minplan.model.MineralControl;
import org.minplan.model.MinimumScaleStandard;
import org.minplan.model.Plan;
import org.minplan.model.ReserveIncrease;
import org.minplan.model.ResourceReserve;

/**
 * The mineral catalogue (专栏4) with aliases, units and measure basis (专栏5), the control classes of section
 * 三(一), the reserves (专栏5), the reserve increases (专栏9) and the minimum mining scales (专栏21).
 */
final class CatalogueSection {

	/**
	 * Other names the plan and county submissions use for a catalogue mineral. The resolver also strips 矿
	 * and use prefixes (铁矿 → 铁, 建筑用玄武岩 → 玄武岩) by itself; these are the names it cannot derive, plus
	 * the common "X矿" forms of metals.
	 */
	static final Map<String, List<String>> ALIASES = Map.ofEntries(
			Map.entry("煤", List.of("煤炭")),
			Map.entry("地热（水）", List.of("地热", "地下热水")),
			Map.entry("铁", List.of("铁矿")),
			Map.entry("钛", List.of("钛矿", "钛铁矿")),
			Map.entry("铬", List.of("铬铁矿", "铬矿")),
			Map.entry("铜", List.of("铜矿")),
			Map.entry("铅", List.of("铅矿")),
			Map.entry("镍", List.of("镍矿")),
			Map.entry("钴", List.of("钴矿")),
			Map.entry("钼", List.of("钼矿")),
			Map.entry("钨", List.of("钨矿")),
			Map.entry("锌", List.of("锌矿")),
			Map.entry("金", List.of("金矿", "岩金")),
			Map.entry("银", List.of("银矿")),
			Map.entry("铀", List.of("铀矿")),
			Map.entry("铍", List.of("铍矿")),
			Map.entry("石英砂岩", List.of("玻璃用砂岩")),
			Map.entry("石盐", List.of("盐", "盐矿", "湖盐", "盐矿(固体)")),
			Map.entry("砷", List.of("砷矿")),
			Map.entry("石灰岩", List.of("灰岩", "水泥用灰岩", "制灰用石灰岩", "建筑石料用灰岩")),
			Map.entry("饰面花岗岩", List.of("花岗岩", "饰面用花岗岩", "建筑用花岗岩")),
			Map.entry("页岩", List.of("陶粒页岩", "砖瓦用页岩")),
			Map.entry("建筑用砂石料", List.of("建筑用砂")),
			Map.entry("石英砂", List.of("天然石英砂", "玻璃用砂", "压裂用天然石英砂", "压裂石英砂")),
			Map.entry("砖瓦粘土", List.of("砖瓦用粘土", "粘土")),
			Map.entry("蛇纹岩", List.of("熔剂用蛇纹岩", "溶剂用蛇纹岩")));

	/**
	 * Group words of 专栏21 that name kinds of stone rather than one mineral, and the catalogue minerals the
	 * sample reads them as (an interpretation, written into the standard's remarks).
	 */
	static final Map<String, List<String>> STONE_GROUPS = Map.of(
			"饰面用石材", List.of("饰面花岗岩", "辉绿岩"),
			"建筑用石材", List.of("凝灰岩", "安山岩", "玄武岩", "辉长岩"));

	private static final Map<String, MineralCategory> CATEGORIES = Map.of(
			"能源矿产", MineralCategory.ENERGY,
			"黑色金属矿产", MineralCategory.FERROUS,
			"有色金属矿产", MineralCategory.NON_FERROUS,
			"贵金属矿产", MineralCategory.PRECIOUS,
			"稀有金属矿产", MineralCategory.RARE,
			"冶金辅助原料矿产", MineralCategory.METALLURGICAL_AUXILIARY,
			"化工原料矿产", MineralCategory.CHEMICAL,
			"建筑材料及其他非金属矿产", MineralCategory.BUILDING_MATERIAL,
			"宝玉石矿产", MineralCategory.GEMSTONE,
			"水气矿产", MineralCategory.WATER_GAS);

	private static final Map<String, ControlClass> CONTROL_CLASSES = Map.of(
			"重点勘查矿种", ControlClass.KEY_EXPLORATION,
			"重点开采矿种", ControlClass.KEY_MINING,
			"限制勘查矿种", ControlClass.RESTRICTED_EXPLORATION,
			"限制开采矿种", ControlClass.RESTRICTED_MINING,
			"禁止勘查开采矿种", ControlClass.PROHIBITED);

	private static final Pattern ELEMENT = Pattern.compile("[A-Z][a-z]?");
	private static final Pattern OXIDE = Pattern.compile("[A-Z][a-z]?O");

	private final SampleContext context;

	CatalogueSection(SampleContext context) {
		this.context = context;
	}

	void build() throws SeedFormatException, java.io.IOException {
		minerals();
		context.catalogueComplete();
		unitsFromReserves();
		controls();
		reserves();
		increases();
		minimumScales();
	}

	private void minerals() throws java.io.IOException {
		Plan plan = context.plan();
		Table list = context.tables().table("zl04_minerals_list.tsv");
		Map<String, Mineral> byName = new HashMap<>();
		List<String> advantage = new ArrayList<>();
		List<String> advantageSources = new ArrayList<>();
		for (Row row : list.rows()) {
			String name = row.cell("矿种");
			String category = row.cell("类别");
			if (!"yes".equals(row.cell("counted_in_catalogue"))) {
				advantage.add(name);
				advantageSources.add("专栏4 优势矿种 (seed line " + row.seedLine() + ")");
				continue;
			}
			MineralCategory cat = CATEGORIES.get(category);
			if (cat == null) {
				throw row.error("类别", "one of " + CATEGORIES.keySet());
			}
			Mineral mineral = context.identify(context.factory().createMineral(), "mineral/" + name);
			mineral.setName(name);
			mineral.setCode(row.cell("总序号"));
			mineral.setCategory(cat);
			mineral.getAliases().addAll(ALIASES.getOrDefault(name, List.of()));
			mineral.setSource("专栏4 " + category + " (seed line " + row.seedLine() + ")");
			plan.getMinerals().add(mineral);
			byName.put(name, mineral);
		}
		Set<String> unknownAliases = new HashSet<>(ALIASES.keySet());
		unknownAliases.removeAll(byName.keySet());
		if (!unknownAliases.isEmpty()) {
			throw new SeedFormatException("zl04_minerals_list.tsv: the alias table names minerals the catalogue lacks: "
					+ unknownAliases);
		}
		// 优势矿种 row: names resolve through the catalogue names and aliases (盐 → 石盐).
		org.minplan.core.minerals.MineralResolver resolver = new org.minplan.core.minerals.MineralResolver(
				plan.getMinerals());
		for (int i = 0; i < advantage.size(); i++) {
			String name = advantage.get(i);
			Mineral mineral = resolver.resolve(name).orElseThrow(() -> new SeedFormatException(
					"zl04_minerals_list.tsv: 优势矿种 \"" + name + "\" is not in the catalogue"));
			mineral.setAdvantage(true);
			mineral.setRemarks("优势矿种（" + advantageSources.get(i) + "，印作“" + name + "”）");
		}
	}

	/** Unit and measure basis of each mineral from its first 专栏5 row (a row printing its own name first). */
	private void unitsFromReserves() throws java.io.IOException {
		Table table = context.tables().table("zl05_mineral_resources.tsv");
		Set<Mineral> done = new LinkedHashSet<>();
		for (int pass = 0; pass < 2; pass++) {
			for (Row row : table.rows()) {
				String printed = row.cell("矿产名称");
				Mineral mineral = context.resolver().resolve(printed).orElse(null);
				boolean ownName = mineral != null && mineral.getName().equals(printed);
				if (mineral == null || done.contains(mineral) || (pass == 0 && !ownName)) {
					continue;
				}
				String unit = row.cell("资源储量单位");
				int space = unit.lastIndexOf(' ');
				String basis = space < 0 ? "" : unit.substring(0, space).replace(" ", "");
				mineral.setUnit(space < 0 ? unit : unit.substring(space + 1));
				mineral.setMeasureBasis(basisOf(basis));
				done.add(mineral);
			}
		}
	}

	static MeasureBasis basisOf(String prefix) {
		if (prefix.isEmpty() || prefix.equals("矿石")) {
			return MeasureBasis.ORE;
		}
		String ascii = prefix.replace("₂", "2").replace("₄", "4");
		if (ELEMENT.matcher(ascii).matches()) {
			return MeasureBasis.METAL;
		}
		if (OXIDE.matcher(ascii).matches()) {
			return MeasureBasis.OXIDE;
		}
		return MeasureBasis.COMPOUND;
	}

	private void controls() throws java.io.IOException {
		Table table = context.tables().table("control_classes.tsv");
		for (Row row : table.rows()) {
			if (!"yes".equals(row.cell("formal_class"))) {
				continue;
			}
			String className = row.cell("class");
			ControlClass controlClass = CONTROL_CLASSES.get(className);
			if (controlClass == null) {
				throw row.error("class", "one of " + CONTROL_CLASSES.keySet());
			}
			String printed = row.cell("mineral");
			String condition = row.cell("condition");
			String where = "三(一) " + className + " (seed line " + row.seedLine() + ")";
			MineralControl control = context.identify(context.factory().createMineralControl(),
					"control/" + className + "/" + printed);
			control.setControlClass(controlClass);
			control.setName(printed);
			control.setMineralText(printed);
			control.setCondition(condition);
			control.setRemarks(row.cell("group"));
			control.setSource(where);
			// 可耕地砖瓦用粘土: the condition is printed in front of the mineral.
			String mineralName = !condition.isEmpty() && printed.startsWith(condition) && printed.length() > condition.length()
					? printed.substring(condition.length())
					: printed;
			control.setMineral(context.mineral(mineralName, where));
			context.plan().getMineralControls().add(control);
		}
	}

	private void reserves() throws java.io.IOException {
		Table table = context.tables().table("zl05_mineral_resources.tsv");
		for (Row row : table.rows()) {
			String printed = row.cell("矿产名称");
			String where = "专栏5 序号 " + row.cell("序号") + " (seed line " + row.seedLine() + ")";
			ResourceReserve reserve = context.identify(context.factory().createResourceReserve(),
					"reserve/" + row.cell("序号"));
			reserve.setCode(row.cell("序号"));
			reserve.setName(printed);
			reserve.setMineral(context.mineral(printed, where));
			reserve.setUnit(row.cell("资源储量单位"));
			reserve.setCumulativeIdentified(row.decimal("累计查明资源量"));
			reserve.setRetained(row.decimal("保有资源量"));
			reserve.setWithheld(PrintedNumbers.isWithheld(row.cell("累计查明资源量"))
					|| PrintedNumbers.isWithheld(row.cell("保有资源量")));
			if (reserve.isWithheld()) {
				reserve.setRemarks("数值未公开（印作 xxx）");
			}
			reserve.setSource(where);
			context.plan().getReserves().add(reserve);
		}
	}

	private void increases() throws java.io.IOException {
		Table table = context.tables().table("zl09_new_reserves.tsv");
		for (Row row : table.rows()) {
			String printed = row.cell("矿产名称");
			String where = "专栏9 序号 " + row.cell("序号") + " (seed line " + row.seedLine() + ")";
			ReserveIncrease increase = context.identify(context.factory().createReserveIncrease(),
					"reserve-increase/" + row.cell("序号"));
			increase.setCode(row.cell("序号"));
			increase.setName(printed);
			increase.setMineral(context.mineral(printed, where));
			increase.setUnit(row.cell("资源储量单位"));
			increase.setTarget(row.decimal("2015-2020年规划目标"));
			increase.setAdded(row.decimal("新增资源储量"));
			increase.setSource(where);
			context.plan().getReserveIncreases().add(increase);
		}
	}

	private void minimumScales() throws java.io.IOException {
		Table table = context.tables().table("zl21_min_mining_scale.tsv");
		for (Row row : table.rows()) {
			String printed = row.cell("名称");
			String where = "专栏21 序号 " + row.cell("序号") + " (seed line " + row.seedLine() + ")";
			MinimumScaleStandard standard = context.identify(context.factory().createMinimumScaleStandard(),
					"minimum-scale/" + row.cell("序号"));
			standard.setNumber(row.cell("序号"));
			standard.setName(printed);
			standard.setUnit(row.cell("单位/年"));
			standard.setLarge(row.cell("大型"));
			standard.setMedium(row.cell("中型"));
			standard.setSmall(row.cell("小型"));
			standard.setServiceLife(row.cell("最低服务年限"));
			standard.setRemarks(row.cell("备注"));
			standard.setSource(where);
			List<String> group = STONE_GROUPS.get(printed);
			if (group != null) {
				for (String name : group) {
					standard.getMinerals().add(context.resolver().resolve(name).orElseThrow());
				}
				standard.setRemarks("生成说明：“" + printed + "”是石材类别，示例规划按 " + String.join("、", group) + " 适用");
			} else {
				standard.getMinerals().addAll(context.minerals(printed, where));
			}
			context.plan().getMinimumScales().add(standard);
		}
	}
}
