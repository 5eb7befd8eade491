package org.minplan.ui.map.internal.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.BoxLayouterOptions;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.emf.ecore.EObject;
import org.minplan.model.Block;
import org.minplan.model.LayoutTier;
import org.minplan.model.LayoutUnit;
import org.minplan.model.Plan;
import org.minplan.model.PlanningZone;
import org.minplan.model.edit.PlanLabels;
import org.minplan.ui.map.internal.MapTexts;

/**
 * The plan's layout structure as a diagram (勘查开发总体布局图): the tiers 一翼 / 两带 / 五区 (专栏15), their
 * layout units, the planning zones of each unit, and in each zone (or directly under a unit) its blocks — laid
 * out by ELK: layered left to right for tiers → units → zones, each zone's blocks packed in a box.
 */
public final class LayoutDiagram {

	/** What a node stands for. */
	public enum Kind {
		LAYOUT, TIER, UNIT, ZONE, GROUP, BLOCK
	}

	/** A laid-out box: absolute position, its element (null for tiers) and nested boxes. */
	public record Node(Kind kind, EObject element, String title, double x, double y, double width, double height,
			List<Node> children) {

		/** @return whether (px, py) lies in this box */
		public boolean contains(double px, double py) {
			return px >= x && py >= y && px <= x + width && py <= y + height;
		}
	}

	/** A laid-out edge as a polyline of absolute points. */
	public record Edge(Node from, Node to, double[] points) {
	}

	/** Heading height of a zone or group box. */
	public static final double HEADING = 22;

	private static boolean registered;

	private final List<Node> nodes;
	private final List<Edge> edges;
	private final double width;
	private final double height;

	private LayoutDiagram(List<Node> nodes, List<Edge> edges, double width, double height) {
		this.nodes = nodes;
		this.edges = edges;
		this.width = width;
		this.height = height;
	}

	/** ELK finds its algorithms through the Java service loader, which OSGi hides: register them once. */
	private static synchronized void registerAlgorithms() {
		if (!registered) {
			LayoutMetaDataService service = LayoutMetaDataService.getInstance();
			if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
				service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
			}
			if (service.getAlgorithmData(BoxLayouterOptions.ALGORITHM_ID) == null) {
				service.registerLayoutMetaDataProviders(new BoxLayouterOptions());
			}
			registered = true;
		}
	}

	/**
	 * Builds and lays out the diagram of {@code plan}.
	 *
	 * @param measure width in pixels of a text in the font of a kind of box
	 */
	public static LayoutDiagram of(Plan plan, java.util.function.ToIntBiFunction<String, Kind> measure) {
		registerAlgorithms();
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		root.setProperty(CoreOptions.SPACING_NODE_NODE, 18.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 70.0);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(20));
		root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);

		Map<ElkNode, Object[]> info = new IdentityHashMap<>();
		Map<LayoutTier, ElkNode> tiers = new LinkedHashMap<>();
		Map<LayoutUnit, ElkNode> units = new LinkedHashMap<>();
		Map<PlanningZone, ElkNode> zones = new LinkedHashMap<>();
		List<ElkEdge> elkEdges = new ArrayList<>();

		String layoutTitle = MapTexts.get("layout.root");
		ElkNode layoutNode = leaf(root, measure.applyAsInt(layoutTitle, Kind.LAYOUT) + 30, 48);
		info.put(layoutNode, new Object[] { Kind.LAYOUT, null, layoutTitle });
		List<LayoutUnit> ordered = new ArrayList<>(plan.getLayoutUnits());
		ordered.sort(java.util.Comparator.comparingInt(u -> u.getTier() == null ? 3 : u.getTier().getValue()));
		for (LayoutUnit unit : ordered) {
			LayoutTier tier = unit.getTier() == null ? LayoutTier.DISTRICT : unit.getTier();
			ElkNode tierNode = tiers.computeIfAbsent(tier, t -> {
				String title = MapTexts.get("layout.tier." + t.getName());
				ElkNode n = leaf(root, measure.applyAsInt(title, Kind.TIER) + 30, 40);
				info.put(n, new Object[] { Kind.TIER, null, title });
				elkEdges.add(ElkGraphUtil.createSimpleEdge(layoutNode, n));
				return n;
			});
			String title = orElse(unit.getName(), unit.getCode());
			ElkNode unitNode = leaf(root, measure.applyAsInt(title, Kind.UNIT) + 24, 40);
			info.put(unitNode, new Object[] { Kind.UNIT, unit, title });
			units.put(unit, unitNode);
			elkEdges.add(ElkGraphUtil.createSimpleEdge(tierNode, unitNode));
		}
		for (PlanningZone zone : plan.getZones()) {
			LayoutUnit unit = zone.getLayoutUnit();
			if (unit == null) {
				unit = plan.getLayoutUnits().stream().filter(u -> u.getZones().contains(zone)).findFirst().orElse(null);
			}
			if (unit == null || !units.containsKey(unit)) {
				continue;
			}
			String title = orElse(zone.getName(), zone.getCode());
			ElkNode zoneNode = compound(root, measure.applyAsInt(title, Kind.ZONE) + 20);
			info.put(zoneNode, new Object[] { Kind.ZONE, zone, title });
			zones.put(zone, zoneNode);
			elkEdges.add(ElkGraphUtil.createSimpleEdge(units.get(unit), zoneNode));
		}
		Map<LayoutUnit, ElkNode> groups = new LinkedHashMap<>();
		List<Block> blocks = new ArrayList<>();
		blocks.addAll(plan.getExplorationBlocks());
		blocks.addAll(plan.getMiningBlocks());
		blocks.addAll(plan.getConcentratedAreas());
		for (Block block : blocks) {
			ElkNode parent = block.getZone() == null ? null : zones.get(block.getZone());
			if (parent == null && block.getLayoutUnit() != null && units.containsKey(block.getLayoutUnit())) {
				LayoutUnit unit = block.getLayoutUnit();
				parent = groups.computeIfAbsent(unit, u -> {
					String title = MapTexts.get("layout.unitBlocks");
					ElkNode g = compound(root, measure.applyAsInt(title, Kind.GROUP) + 20);
					info.put(g, new Object[] { Kind.GROUP, u, title });
					elkEdges.add(ElkGraphUtil.createSimpleEdge(units.get(u), g));
					return g;
				});
			}
			if (parent == null) {
				continue;
			}
			String title = orElse(block.getCode(), PlanLabels.text(block));
			ElkNode b = leaf(parent, measure.applyAsInt(title, Kind.BLOCK) + 8, 16);
			info.put(b, new Object[] { Kind.BLOCK, block, title });
		}

		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

		Map<ElkNode, Node> laidOut = new IdentityHashMap<>();
		List<Node> top = new ArrayList<>();
		for (ElkNode child : root.getChildren()) {
			top.add(convert(child, 0, 0, info, laidOut));
		}
		List<Edge> edges = new ArrayList<>();
		for (ElkEdge e : elkEdges) {
			if (e.getSections().isEmpty()) {
				continue;
			}
			ElkEdgeSection s = e.getSections().get(0);
			double[] points = new double[4 + 2 * s.getBendPoints().size()];
			int i = 0;
			points[i++] = s.getStartX();
			points[i++] = s.getStartY();
			for (ElkBendPoint b : s.getBendPoints()) {
				points[i++] = b.getX();
				points[i++] = b.getY();
			}
			points[i++] = s.getEndX();
			points[i] = s.getEndY();
			Node from = laidOut.get(ElkGraphUtil.connectableShapeToNode(e.getSources().get(0)));
			Node to = laidOut.get(ElkGraphUtil.connectableShapeToNode(e.getTargets().get(0)));
			edges.add(new Edge(from, to, points));
		}
		return new LayoutDiagram(top, edges, root.getWidth(), root.getHeight());
	}

	private static ElkNode leaf(ElkNode parent, double w, double h) {
		ElkNode n = ElkGraphUtil.createNode(parent);
		n.setDimensions(w, h);
		return n;
	}

	private static ElkNode compound(ElkNode root, double minWidth) {
		ElkNode n = ElkGraphUtil.createNode(root);
		n.setProperty(CoreOptions.ALGORITHM, BoxLayouterOptions.ALGORITHM_ID);
		n.setProperty(BoxLayouterOptions.PADDING, new ElkPadding(HEADING + 4, 8, 8, 8));
		n.setProperty(BoxLayouterOptions.SPACING_NODE_NODE, 4.0);
		n.setProperty(BoxLayouterOptions.ASPECT_RATIO, 4.0);
		// the box is at least as wide as its heading
		n.setProperty(BoxLayouterOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
		n.setProperty(BoxLayouterOptions.NODE_SIZE_MINIMUM, new KVector(minWidth, HEADING + 16));
		n.setDimensions(minWidth, HEADING + 16);
		return n;
	}

	private static Node convert(ElkNode n, double ox, double oy, Map<ElkNode, Object[]> info,
			Map<ElkNode, Node> laidOut) {
		double x = ox + n.getX();
		double y = oy + n.getY();
		List<Node> children = new ArrayList<>();
		for (ElkNode c : n.getChildren()) {
			children.add(convert(c, x, y, info, laidOut));
		}
		Object[] i = info.get(n);
		Node node = new Node((Kind) i[0], (EObject) i[1], (String) i[2], x, y, n.getWidth(), n.getHeight(),
				List.copyOf(children));
		laidOut.put(n, node);
		return node;
	}

	private static String orElse(String a, String b) {
		return a == null || a.isBlank() ? (b == null ? "" : b) : a;
	}

	/** @return the top-level boxes */
	public List<Node> nodes() {
		return nodes;
	}

	/** @return the edges */
	public List<Edge> edges() {
		return edges;
	}

	/** @return the diagram's width */
	public double width() {
		return width;
	}

	/** @return the diagram's height */
	public double height() {
		return height;
	}

	/** @return the innermost box at (x, y) */
	public java.util.Optional<Node> nodeAt(double x, double y) {
		for (Node n : nodes) {
			if (n.contains(x, y)) {
				for (Node c : n.children()) {
					if (c.contains(x, y)) {
						return java.util.Optional.of(c);
					}
				}
				return java.util.Optional.of(n);
			}
		}
		return java.util.Optional.empty();
	}

	/** @return every box, nested ones included */
	public List<Node> allNodes() {
		List<Node> all = new ArrayList<>();
		for (Node n : nodes) {
			all.add(n);
			all.addAll(n.children());
		}
		return all;
	}
}
