package org.minplan.sample.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.locationtech.jts.index.quadtree.Quadtree;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.AreaUnit;
import org.minplan.model.Block;
import org.minplan.model.ConcentratedMiningArea;
import org.minplan.model.ControlClass;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.ExplorationStage;
import org.minplan.model.MineScale;
import org.minplan.model.Mineral;
import org.minplan.model.MineralControl;
import org.minplan.model.MinimumScaleStandard;
import org.minplan.model.MiningBlock;
import org.minplan.model.ZoneKind;

/**
 * Generates the blocks the plan only counts: exploration blocks (专栏17), mining blocks (专栏18) and
 * sand-gravel-clay concentrated mining areas (专栏20), one per counted item of each county row (the 合计 row is
 * a statement, not more elements), with approximate irregular polygons inside the county and, where a key
 * zone was drawn for that county and mineral, partly inside the zone. All are synthetic.
 */
final class BlockSection {

	/** Sizes in km²: exploration 5–60, mining 0.05–3, concentrated areas 0.2–5. */
	private static final double[] EXPLORATION_KM2 = { 5, 60 };
	private static final double[] MINING_KM2 = { 0.05, 3 };
	private static final double[] CONCENTRATED_KM2 = { 0.2, 5 };
	/** At most this many blocks of a county and mineral go inside the zone drawn for them. */
	private static final int MAX_IN_ZONE = 6;

	private final SampleContext context;
	private final Geography geography;
	private final Placer placer;
	private final ZoneSection zones;
	private final Layout layout;
	private final MinimumScales minimumScales;
	private final Map<AdministrativeDivision, Integer> serials = new HashMap<>();
	private final Map<AdministrativeDivision, Placer.Region> regions = new HashMap<>();

	BlockSection(SampleContext context, Geography geography, Placer placer, ZoneSection zones, Layout layout) {
		this.context = context;
		this.geography = geography;
		this.placer = placer;
		this.zones = zones;
		this.layout = layout;
		this.minimumScales = new MinimumScales(context.plan().getMinimumScales());
	}

	void build() throws IOException {
		explorationBlocks();
		miningBlocks();
		concentratedAreas();
	}

	private Placer.Region region(AdministrativeDivision county) {
		return regions.computeIfAbsent(county, c -> placer.region(geography.boundary(c)));
	}

	private String code(AdministrativeDivision county, char kind) {
		int serial = serials.merge(county, 1, Integer::sum);
		return county.getCode() + kind + String.format("%04d", serial);
	}

	private void explorationBlocks() throws IOException {
		SplittableRandom random = new SplittableRandom(1701);
		Quadtree index = new Quadtree();
		serials.clear();
		for (Row row : context.tables().table("zl17_exploration_blocks_items.tsv").rows()) {
			if (row.cell("行政区").equals("合计")) {
				continue;
			}
			Item item = item(row, "专栏17");
			for (int i = 1; i <= item.count() * context.scale(); i++) {
				ExplorationBlock block = context.identify(context.factory().createExplorationBlock(),
						"exploration-block/" + item.county().getCode() + "/" + item.printed() + "/" + i);
				double draw = random.nextDouble();
				block.setStage(draw < 0.75 ? ExplorationStage.PROSPECTING
						: draw < 0.9 ? ExplorationStage.SURVEY : ExplorationStage.GENERAL_EXPLORATION);
				fill(block, item, i, 'K', "勘查规划区块");
				place(block, item, i, ZoneKind.KEY_EXPLORATION_ZONE, EXPLORATION_KM2, random, index);
				context.plan().getExplorationBlocks().add(block);
			}
		}
	}

	private void miningBlocks() throws IOException {
		SplittableRandom random = new SplittableRandom(1801);
		Quadtree index = new Quadtree();
		serials.clear();
		for (Row row : context.tables().table("zl18_mining_blocks_items.tsv").rows()) {
			if (row.cell("行政区").equals("合计")) {
				continue;
			}
			Item item = item(row, "专栏18");
			Optional<MinimumScaleStandard> standard = minimumScales.standardOf(item.mineral());
			for (int i = 1; i <= item.count() * context.scale(); i++) {
				MiningBlock block = context.identify(context.factory().createMiningBlock(),
						"mining-block/" + item.county().getCode() + "/" + item.printed() + "/" + i);
				fill(block, item, i, 'C', "开采规划区块");
				// design scale: at least the 专栏21 minimum, mostly near it, a few well above
				BigDecimal factor = BigDecimal.valueOf(new double[] { 1, 1, 1.2, 1.5, 2, 3 }[random.nextInt(6)]);
				if (standard.isPresent()) {
					BigDecimal minimum = MinimumScales.minimum(standard.get());
					BigDecimal scale = minimum.multiply(factor).setScale(2, RoundingMode.CEILING);
					block.setDesignScale(scale);
					block.setDesignScaleUnit(standard.get().getUnit() + "/年");
					block.setScale(MinimumScales.classOf(standard.get(), scale));
				} else {
					// no standard in 专栏21 for this mineral: a small mine of a few 万吨 a year
					block.setDesignScale(BigDecimal.valueOf(3).multiply(factor).setScale(2, RoundingMode.CEILING));
					block.setDesignScaleUnit(item.printed().equals("地热") ? "万立方米/年" : "万吨/年");
					block.setScale(MineScale.SMALL);
				}
				if (isRestricted(item.mineral())) {
					block.setJustification("（示例）满足本地建设需求，严格控制开采规模并按限制开采矿种管理");
				}
				place(block, item, i, ZoneKind.KEY_MINING_ZONE, MINING_KM2, random, index);
				context.plan().getMiningBlocks().add(block);
			}
		}
	}

	private boolean isRestricted(Mineral mineral) {
		for (MineralControl control : context.plan().getMineralControls()) {
			if (control.getMineral() == mineral && mineral != null
					&& control.getControlClass() == ControlClass.RESTRICTED_MINING) {
				return true;
			}
		}
		return false;
	}

	private void concentratedAreas() throws IOException {
		SplittableRandom random = new SplittableRandom(2001);
		Quadtree index = new Quadtree();
		serials.clear();
		Table table = context.tables().table("zl20_concentrated_areas.tsv");
		for (Row row : table.rows()) {
			String printedCounty = row.cell("行政区");
			if (printedCounty.isEmpty()) { // the 合计 row
				continue;
			}
			for (String column : List.of("建筑用砂", "砖瓦用粘土")) {
				String where = "专栏20 " + printedCounty + ": " + column + " " + row.cell(column) + " (seed line "
						+ row.seedLine() + ")";
				Item item = new Item(context.county(printedCounty, where), column,
						context.mineral(column, where), row.integer(column), where);
				Optional<MinimumScaleStandard> standard = minimumScales.standardOf(item.mineral());
				for (int i = 1; i <= item.count() * context.scale(); i++) {
					ConcentratedMiningArea area = context.identify(context.factory().createConcentratedMiningArea(),
							"concentrated-area/" + item.county().getCode() + "/" + column + "/" + i);
					fill(area, item, i, 'J', "集中开采区");
					BigDecimal minimum = standard.map(MinimumScales::minimum).orElse(BigDecimal.valueOf(6));
					BigDecimal factor = BigDecimal.valueOf(new double[] { 1, 1.5, 2, 3, 5 }[random.nextInt(5)]);
					area.setDesignScale(minimum.multiply(factor).setScale(2, RoundingMode.CEILING));
					place(area, item, i, null, CONCENTRATED_KM2, random, index);
					context.plan().getConcentratedAreas().add(area);
				}
			}
		}
	}

	/** A counted item: N blocks of a printed mineral in a county. */
	private record Item(AdministrativeDivision county, String printed, Mineral mineral, int count, String source) {
	}

	private Item item(Row row, String table) throws SeedFormatException {
		String printedCounty = row.cell("行政区");
		String printed = row.cell("矿种");
		String where = table + " " + printedCounty + ": " + printed + " " + row.cell("数量") + " " + row.cell("量词")
				+ " (seed line " + row.seedLine() + ")";
		return new Item(context.county(printedCounty, where), printed, context.mineral(printed, where),
				row.integer("数量"), where);
	}

	private void fill(Block block, Item item, int i, char kind, String noun) {
		block.setCode(code(item.county(), kind));
		block.setName(item.county().getName() + item.printed() + noun + " " + i);
		block.setCounty(item.county());
		block.setMineralText(item.printed());
		block.setMineral(item.mineral());
		block.setLayoutUnit(layout.ofCounty(item.county()));
		block.setSynthetic(true);
		block.setApproximateGeometry(true);
		block.setSource(item.source() + (i > item.count() ? "; scale copy " + ((i - 1) / item.count() + 1) : ""));
	}

	private void place(Block block, Item item, int i, ZoneKind zoneKind, double[] km2, SplittableRandom random,
			Quadtree index) {
		Placer.Placed placed = null;
		Optional<ZoneSection.Host> host = zoneKind == null ? Optional.empty()
				: zones.host(zoneKind, item.county(), item.printed());
		if (host.isPresent() && i <= Math.min(MAX_IN_ZONE, (item.count() + 1) / 2)) {
			Placer.Region inZone = placer.region(host.get().lonLat().intersection(geography.boundary(item.county())));
			if (!inZone.isEmpty()) {
				// smaller blocks inside a zone, so several fit
				placed = placer.place(inZone, Placer.irregular(km2[0], km2[1] / 2), random, index, false);
			}
			if (placed != null) {
				block.setZone(host.get().zone());
			}
		}
		double max = km2[1];
		for (int round = 0; placed == null; round++) {
			if (round == 20) {
				throw new IllegalStateException("no room left in " + item.county().getName() + " for " + block.getName());
			}
			placed = placer.place(region(item.county()), Placer.irregular(km2[0], max), random, index,
					context.scale() > 1);
			max = Math.max(km2[0] * 1.01, max * 0.7);
		}
		block.setGeometry(placed.shape());
		block.setStatedArea(BigDecimal.valueOf(placed.km2()).setScale(4, RoundingMode.HALF_UP));
		block.setStatedAreaUnit(AreaUnit.SQUARE_KILOMETRE);
	}
}
