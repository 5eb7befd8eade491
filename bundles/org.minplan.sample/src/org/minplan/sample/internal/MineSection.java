package org.minplan.sample.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Block;
import org.minplan.model.Mine;
import org.minplan.model.MineScale;
import org.minplan.model.MineStatus;
import org.minplan.model.Mineral;
import org.minplan.model.Plan;

/**
 * Generates the mines of 专栏6: for each mineral row (not the 总计 row) and each scale column, as many mines
 * as printed, with the row's employees, output and output value shared out by scale (weights 8/4/2/1 for
 * large/medium/small/tiny) so that the row sums reproduce the printed ones exactly (whole persons; output
 * and value to the printed decimals; the remainder goes to the row's last mine).
 * <p>
 * Counties are apportioned per row by where the plan puts that mineral: its blocks (专栏17, 18, 20) and the
 * named mines, mining areas and bases of {@code named_mines.tsv} that state a county (each weighs 3 blocks);
 * a mineral found nowhere is spread evenly. Mines the text names ({@code kind = mine}, e.g. 阔个沙也金矿) are
 * the first mines of their mineral, in the county the text gives. Mines are lon/lat points inside their
 * county; all are synthetic.
 */
final class MineSection {

	private static final String[] SCALE_COLUMNS = { "矿山数（个）/大型", "矿山数（个）/中型", "矿山数（个）/小型", "矿山数（个）/小矿" };
	private static final MineScale[] SCALES = { MineScale.LARGE, MineScale.MEDIUM, MineScale.SMALL, MineScale.TINY };
	private static final int[] WEIGHTS = { 8, 4, 2, 1 };
	static final String EMPLOYEES = "从业人数 （人）";
	static final String OUTPUT = "矿石产量 （万吨）";
	static final String VALUE = "工业总产值 （万元）";
	/** Named-mine minerals that are group words, and the 专栏6 row they belong to (专栏25: 托里花岗岩饰面石材). */
	private static final Map<String, String> NAMED_GROUPS = Map.of("饰面石材", "饰面用花岗岩");

	/** A mine the text names. */
	private record Named(String name, String mineral, String county, boolean green, int seedLine, String context) {
	}

	private final SampleContext context;
	private final Geography geography;
	private final Placer placer;
	private final Map<AdministrativeDivision, Integer> serials = new HashMap<>();
	private final Map<String, Integer> numbers = new HashMap<>();
	private final Map<AdministrativeDivision, Placer.Region> regions = new HashMap<>();

	MineSection(SampleContext context, Geography geography, Placer placer) {
		this.context = context;
		this.geography = geography;
		this.placer = placer;
	}

	void build() throws IOException {
		Table table = context.tables().table("zl06_mining_status.tsv");
		List<Named> named = namedMines();
		Map<Row, List<Named>> namedByRow = new LinkedHashMap<>();
		for (Named mine : named) {
			Row row = rowOf(table, mine);
			if (row != null) {
				namedByRow.computeIfAbsent(row, r -> new ArrayList<>()).add(mine);
			}
		}
		SplittableRandom random = new SplittableRandom(601);
		for (Row row : table.rows()) {
			if (row.cell("矿种").equals("总计")) {
				continue;
			}
			mines(row, namedByRow.getOrDefault(row, List.of()), random);
		}
	}

	private void mines(Row row, List<Named> named, SplittableRandom random) throws IOException {
		String printed = row.cell("矿种");
		String where = "专栏6 序号 " + row.cell("序号") + " " + printed;
		Mineral mineral = context.mineral(printed, where + " (seed line " + row.seedLine() + ")");
		int scale = context.scale();
		List<MineScale> scales = new ArrayList<>();
		List<String> sources = new ArrayList<>();
		for (int s = 0; s < SCALES.length; s++) {
			BigDecimal count = row.decimal(SCALE_COLUMNS[s]);
			int n = count == null ? 0 : count.intValueExact();
			for (int i = 0; i < n * scale; i++) {
				scales.add(SCALES[s]);
				String label = SCALE_COLUMNS[s].substring(SCALE_COLUMNS[s].indexOf('/') + 1);
				sources.add(where + ": " + label + " " + n + " 个 (seed line " + row.seedLine() + ")"
						+ (i >= n ? "; scale copy " + (i / n + 1) : ""));
			}
		}
		if (scales.isEmpty()) {
			return;
		}
		List<AdministrativeDivision> counties = counties(mineral, scales.size(), named);
		int[] employees = share(BigDecimal.valueOf(row.integer(EMPLOYEES)), scales, 0);
		BigDecimal output = row.decimal(OUTPUT);
		BigDecimal value = row.decimal(VALUE);
		int[] outputCents = share(output, scales, output.scale());
		int[] valueCents = share(value, scales, value.scale());
		Plan plan = context.plan();
		for (int i = 0; i < scales.size(); i++) {
			AdministrativeDivision county = counties.get(i);
			Mine mine = context.identify(context.factory().createMine(), "mine/" + row.cell("序号") + "/" + (i + 1));
			mine.setMineralText(printed);
			mine.setMineral(mineral);
			mine.setScale(scales.get(i));
			mine.setStatus(MineStatus.PRODUCING);
			mine.setCounty(county);
			mine.setCode(county.getCode() + "M" + String.format("%04d", serials.merge(county, 1, Integer::sum)));
			mine.setEmployees(employees[i]);
			mine.setOutput(BigDecimal.valueOf(outputCents[i], output.scale()));
			mine.setOutputValue(BigDecimal.valueOf(valueCents[i], value.scale()));
			mine.setSynthetic(true);
			mine.setApproximateGeometry(true);
			mine.setSource(sources.get(i));
			if (i < named.size()) {
				Named name = named.get(i);
				mine.setName(name.name());
				mine.setGreenMine(name.green());
				mine.setRemarks("名称见规划文本 (seed line " + name.seedLine() + ")：" + name.context()
						+ "；规模、县、位置和数据为示例生成");
			} else {
				int number = numbers.merge(county.getName() + printed, 1, Integer::sum);
				mine.setName(county.getName() + printed + "矿山 " + number);
			}
			Coordinate at = placer.point(regions.computeIfAbsent(county, c -> placer.region(geography.boundary(c))),
					random);
			mine.setGeometry(Shapes.point(at.x, at.y));
			plan.getMines().add(mine);
		}
	}

	/**
	 * Shares a printed total out over the mines by scale weight, in units of the printed last decimal; every
	 * mine but the last gets its share rounded down, the last the rest.
	 */
	static int[] share(BigDecimal total, List<MineScale> scales, int decimals) {
		long units = total.movePointRight(decimals).longValueExact();
		long weightSum = 0;
		for (MineScale scale : scales) {
			weightSum += WEIGHTS[scale.getValue()];
		}
		int[] shares = new int[scales.size()];
		long given = 0;
		for (int i = 0; i < shares.length - 1; i++) {
			shares[i] = (int) (units * WEIGHTS[scales.get(i).getValue()] / weightSum);
			given += shares[i];
		}
		shares[shares.length - 1] = (int) (units - given);
		return shares;
	}

	/** @return the county of each of {@code count} mines of a mineral, named mines' counties first */
	private List<AdministrativeDivision> counties(Mineral mineral, int count, List<Named> named)
			throws IOException {
		List<AdministrativeDivision> all = geography.counties();
		Map<AdministrativeDivision, Double> weights = new LinkedHashMap<>();
		all.forEach(c -> weights.put(c, 0.0));
		if (mineral != null) {
			List<Block> blocks = new ArrayList<>(context.plan().getExplorationBlocks());
			blocks.addAll(context.plan().getMiningBlocks());
			blocks.addAll(context.plan().getConcentratedAreas());
			for (Block block : blocks) {
				if (block.getMineral() == mineral && !block.getSource().contains("scale copy")) {
					weights.merge(block.getCounty(), 1.0, Double::sum);
				}
			}
			for (Row row : context.tables().table("named_mines.tsv").rows()) {
				if (row.cell("county").isEmpty() || row.cell("kind").equals("enterprise")
						|| !context.resolver().resolveAll(row.cell("mineral")).contains(mineral)) {
					continue;
				}
				for (String county : row.cell("county").split(";")) {
					context.division(county.strip()).ifPresent(c -> weights.merge(c, 3.0, Double::sum));
				}
			}
		}
		if (weights.values().stream().mapToDouble(Double::doubleValue).sum() == 0) {
			all.forEach(c -> weights.put(c, 1.0));
		}
		Map<AdministrativeDivision, Integer> counts = apportion(weights, count);
		List<AdministrativeDivision> order = new ArrayList<>(all);
		order.sort(Comparator.comparing((AdministrativeDivision c) -> -counts.get(c)));
		List<AdministrativeDivision> result = new ArrayList<>();
		for (AdministrativeDivision county : order) {
			for (int i = 0; i < counts.get(county); i++) {
				result.add(county);
			}
		}
		for (int i = 0; i < Math.min(named.size(), result.size()); i++) {
			if (named.get(i).county().isEmpty()) {
				continue;
			}
			AdministrativeDivision wanted = context.county(named.get(i).county(), "named_mines.tsv " + named.get(i).name());
			int j = result.subList(i, result.size()).indexOf(wanted);
			if (j < 0) {
				result.set(i, wanted);
			} else {
				result.set(i + j, result.get(i));
				result.set(i, wanted);
			}
		}
		return result;
	}

	/** Largest-remainder apportionment of {@code count} over the weights; ties go to the earlier county. */
	static Map<AdministrativeDivision, Integer> apportion(Map<AdministrativeDivision, Double> weights, int count) {
		double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
		Map<AdministrativeDivision, Integer> counts = new LinkedHashMap<>();
		Map<AdministrativeDivision, Double> remainders = new LinkedHashMap<>();
		int given = 0;
		for (Map.Entry<AdministrativeDivision, Double> e : weights.entrySet()) {
			double quota = count * e.getValue() / sum;
			int whole = (int) Math.floor(quota);
			counts.put(e.getKey(), whole);
			remainders.put(e.getKey(), quota - whole);
			given += whole;
		}
		List<AdministrativeDivision> byRemainder = new ArrayList<>(remainders.keySet());
		byRemainder.sort(Comparator.comparing((AdministrativeDivision c) -> -remainders.get(c)));
		for (int i = 0; i < count - given; i++) {
			counts.merge(byRemainder.get(i), 1, Integer::sum);
		}
		return counts;
	}

	/** @return mines the text names (kind = mine), once each, first mention's county, skipping reconstructed names */
	private List<Named> namedMines() throws IOException {
		Map<String, Named> named = new LinkedHashMap<>();
		for (Row row : context.tables().table("named_mines.tsv").rows()) {
			if (!row.cell("kind").equals("mine") || row.cell("note").contains("expanded from shared suffix")) {
				continue;
			}
			String name = row.cell("name");
			boolean green = row.cell("note").contains("绿色矿山");
			Named known = named.get(name);
			if (known == null) {
				named.put(name, new Named(name, row.cell("mineral"), row.cell("county"), green, row.seedLine(),
						row.cell("context")));
			} else {
				named.put(name, new Named(name, known.mineral(),
						known.county().isEmpty() ? row.cell("county") : known.county(), known.green() || green,
						known.seedLine(), known.context()));
			}
		}
		return new ArrayList<>(named.values());
	}

	/** @return the 专栏6 row a named mine belongs to: the first row of its mineral */
	private Row rowOf(Table table, Named mine) throws SeedFormatException {
		String group = NAMED_GROUPS.get(mine.mineral());
		for (Row row : table.rows()) {
			String printed = row.cell("矿种");
			if (printed.equals("总计")) {
				continue;
			}
			if (group != null ? printed.equals(group)
					: context.resolver().resolve(printed).isPresent() && context.resolver().resolveAll(mine.mineral())
							.contains(context.resolver().resolve(printed).get())) {
				return row;
			}
		}
		return null;
	}
}
