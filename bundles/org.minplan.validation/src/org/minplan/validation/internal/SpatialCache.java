package org.minplan.validation.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.relateng.RelateNG;
import org.locationtech.jts.operation.relateng.RelatePredicate;
import org.locationtech.jts.operation.relateng.TopologyPredicate;
import org.minplan.core.geometry.Crs;
import org.minplan.core.geometry.CrsTransformer;
import org.minplan.model.Plan;
import org.minplan.model.SpatialElement;
import org.minplan.model.spatial.Shape;
import org.minplan.validation.PlanSpace;
import org.minplan.core.geometry.Shapes;

/**
 * The {@link PlanSpace} of one plan: every spatial element directly in the plan placed on one plane, an
 * STRtree per model class, prepared geometries made on first use. Kept current after edits by
 * {@link #refresh}: the trees are immutable once built, so changed elements go to a small overlay that
 * queries scan as well; a tree is rebuilt when its overlay grows past {@value #REBUILD_AFTER} elements.
 * Not thread-safe: one validation run at a time uses it.
 */
public final class SpatialCache implements PlanSpace {

	/** Changed elements a type index keeps beside its tree before the tree is rebuilt. */
	static final int REBUILD_AFTER = 1024;
	/** Zone of the plane when a plan has no geometry at all (any zone would do: nothing is compared). */
	private static final int ZONE_WITHOUT_GEOMETRY = 35;
	private static final double PREFIX_UNIT = 1_000_000;

	private final CrsTransformer transformer;
	private Crs plane;
	private final Map<SpatialElement, Entry> entries = new IdentityHashMap<>();
	private final Map<EClass, TypeIndex> indexes = new HashMap<>();

	private static final class Entry {
		final Shape shape;
		final Geometry geometry;
		PreparedGeometry prepared;
		RelateNG relate;

		Entry(Shape shape, Geometry geometry) {
			this.shape = shape;
			this.geometry = geometry;
		}
	}

	/** Elements of one class: their current envelopes, an STRtree and the elements changed since it was built. */
	private static final class TypeIndex {
		final Map<SpatialElement, Envelope> members = new IdentityHashMap<>();
		final Set<SpatialElement> changed = Collections.newSetFromMap(new IdentityHashMap<>());
		STRtree tree;

		void put(SpatialElement element, Envelope envelope) {
			if (envelope == null) {
				members.remove(element);
			} else {
				members.put(element, envelope);
			}
			if (tree != null) {
				changed.add(element);
				if (changed.size() > REBUILD_AFTER) {
					tree = null;
					changed.clear();
				}
			}
		}

		@SuppressWarnings("unchecked")
		void query(Envelope envelope, List<SpatialElement> into) {
			if (tree == null) {
				tree = new STRtree();
				members.forEach((element, env) -> tree.insert(env, element));
				tree.build();
			}
			for (Object hit : tree.query(envelope)) {
				if (!changed.contains(hit)) {
					into.add((SpatialElement) hit);
				}
			}
			for (SpatialElement element : changed) {
				Envelope env = members.get(element);
				if (env != null && env.intersects(envelope)) {
					into.add(element);
				}
			}
		}
	}

	public SpatialCache(CrsTransformer transformer) {
		this.transformer = transformer;
	}

	/** Places every spatial element of the plan (forgetting what was known before). */
	public void build(Plan plan) {
		entries.clear();
		indexes.clear();
		List<SpatialElement> elements = new ArrayList<>();
		for (EObject child : plan.eContents()) {
			if (child instanceof SpatialElement spatial) {
				elements.add(spatial);
			}
		}
		plane = choosePlane(elements);
		for (SpatialElement element : elements) {
			refresh(element, true);
		}
	}

	/**
	 * Re-reads an element's geometry after an edit (cheap when it did not change).
	 *
	 * @param present whether the element is still in the plan
	 * @return the envelope it had before, on the plane, or null
	 */
	public Envelope refresh(SpatialElement element, boolean present) {
		Entry old = entries.get(element);
		Envelope before = old == null || old.geometry == null ? null : old.geometry.getEnvelopeInternal();
		Shape shape = present ? element.getGeometry() : null;
		if (old != null && present && shape != null && shape.equals(old.shape)) {
			return before;
		}
		Entry entry = shape == null ? null : new Entry(shape, place(shape));
		if (entry == null) {
			entries.remove(element);
		} else {
			entries.put(element, entry);
		}
		Envelope after = entry == null || entry.geometry == null ? null : entry.geometry.getEnvelopeInternal();
		if (before != null || after != null) {
			indexes.computeIfAbsent(element.eClass(), c -> new TypeIndex()).put(element, after);
		}
		return before;
	}

	/** @return the element's envelope on the plane now, or null */
	public Envelope envelope(SpatialElement element) {
		Entry entry = entries.get(element);
		return entry == null || entry.geometry == null ? null : entry.geometry.getEnvelopeInternal();
	}

	@Override
	public Crs plane() {
		return plane;
	}

	@Override
	public Optional<Geometry> geometry(SpatialElement element) {
		Entry entry = entries.get(element);
		return entry == null ? Optional.empty() : Optional.ofNullable(entry.geometry);
	}

	@Override
	public Optional<PreparedGeometry> prepared(SpatialElement element) {
		Entry entry = entries.get(element);
		if (entry == null || entry.geometry == null) {
			return Optional.empty();
		}
		if (entry.prepared == null) {
			entry.prepared = PreparedGeometryFactory.prepare(entry.geometry);
		}
		return Optional.of(entry.prepared);
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T extends SpatialElement> List<T> candidates(EClass type, Envelope envelope) {
		List<SpatialElement> hits = new ArrayList<>();
		for (Map.Entry<EClass, TypeIndex> index : indexes.entrySet()) {
			if (type.isSuperTypeOf(index.getKey())) {
				index.getValue().query(envelope, hits);
			}
		}
		return (List<T>) hits;
	}

	private static final TopologyPredicate INTERIORS_INTERSECT = RelatePredicate.matches("T********");

	@Override
	public boolean interiorsIntersect(SpatialElement a, SpatialElement b) {
		Entry ea = entries.get(a);
		Entry eb = entries.get(b);
		if (ea == null || eb == null || ea.geometry == null || eb.geometry == null
				|| !ea.geometry.getEnvelopeInternal().intersects(eb.geometry.getEnvelopeInternal())
				|| !prepared(a).orElseThrow().intersects(eb.geometry)) {
			return false;
		}
		if (ea.relate == null) {
			ea.relate = RelateNG.prepare(ea.geometry);
		}
		return ea.relate.evaluate(eb.geometry, INTERIORS_INTERSECT);
	}

	@Override
	public Optional<Geometry> overlap(SpatialElement a, SpatialElement b) {
		Optional<Geometry> ga = geometry(a);
		Optional<Geometry> gb = geometry(b);
		if (ga.isEmpty() || gb.isEmpty()) {
			return Optional.empty();
		}
		try {
			Geometry overlap = OverlayNGRobust.overlay(ga.get(), gb.get(), OverlayNG.INTERSECTION);
			overlap.setSRID(plane.epsg());
			return overlap.isEmpty() ? Optional.empty() : Optional.of(overlap);
		} catch (RuntimeException e) { // invalid input (e.g. a self-intersecting ring): integrity reports it
			return Optional.empty();
		}
	}

	/** The 3° zone most geometries use (longitude/latitude ones counted by their centre). */
	private static Crs choosePlane(List<SpatialElement> elements) {
		Map<Integer, Integer> zones = new TreeMap<>();
		for (SpatialElement element : elements) {
			Shape shape = element.getGeometry();
			if (shape == null) {
				continue;
			}
			Crs.fromEpsg(shape.srid()).ifPresent(crs -> {
				int zone;
				if (crs.isGeographic()) {
					double[] box = shape.envelope();
					double lon = (box[0] + box[2]) / 2;
					if (!Double.isFinite(lon)) {
						return;
					}
					zone = Crs.zoneForLongitude(lon);
				} else {
					zone = crs.zone().getAsInt();
				}
				if (zone >= Crs.FIRST_ZONE && zone <= Crs.LAST_ZONE) {
					zones.merge(zone, 1, Integer::sum);
				}
			});
		}
		int zone = zones.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
				.orElse(ZONE_WITHOUT_GEOMETRY);
		return Crs.gaussKrueger3(zone, false);
	}

	/** @return the shape on the plane, or null if it cannot be placed */
	private Geometry place(Shape shape) {
		Optional<Geometry> geometry = Shapes.toGeometry(shape);
		return geometry.isEmpty() ? null : placeOwned(geometry.get(), shape.srid());
	}

	@Override
	public Optional<Geometry> place(Geometry geometry, int srid) {
		return Optional.ofNullable(placeOwned(geometry.copy(), srid));
	}

	/** Places a geometry the caller no longer needs (it may be changed in place). */
	private Geometry placeOwned(Geometry geometry, int srid) {
		Optional<Crs> crs = Crs.fromEpsg(srid);
		if (crs.isEmpty()) {
			return null;
		}
		Crs from = crs.get();
		Geometry placed = geometry;
		try {
			if (!from.isGeographic() && from.zone().getAsInt() == plane.zone().getAsInt()) {
				if (from.hasZonePrefix()) {
					placed.apply(new ShiftX(-from.zone().getAsInt() * PREFIX_UNIT));
				}
			} else {
				placed = transformer.transform(placed, from, plane);
			}
		} catch (IllegalArgumentException | IllegalStateException e) {
			return null; // not transformable: the integrity rules report the coordinates
		}
		for (org.locationtech.jts.geom.Coordinate c : placed.getCoordinates()) {
			if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
				return null;
			}
		}
		placed.setSRID(plane.epsg());
		placed.geometryChanged();
		return placed;
	}

	/** Removes a zone prefix: exact, so shared vertices stay shared. */
	private static final class ShiftX implements CoordinateSequenceFilter {
		private final double dx;

		ShiftX(double dx) {
			this.dx = dx;
		}

		@Override
		public void filter(CoordinateSequence sequence, int i) {
			sequence.setOrdinate(i, CoordinateSequence.X, sequence.getX(i) + dx);
		}

		@Override
		public boolean isDone() {
			return false;
		}

		@Override
		public boolean isGeometryChanged() {
			return true;
		}
	}
}
