package org.minplan.validation.rules.integrity.internal;

import static org.minplan.model.MinplanPackage.Literals.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.minplan.core.geometry.Crs;
import org.minplan.core.geometry.CrsTransformer;
import org.minplan.core.geometry.GeometryChecks;
import org.minplan.core.geometry.GeometryFinding;
import org.minplan.core.i18n.Texts;
import org.minplan.model.AbandonedPit;
import org.minplan.model.Block;
import org.minplan.model.Mine;
import org.minplan.model.SpatialElement;
import org.minplan.model.spatial.Shape;
import org.minplan.validation.AbstractRule;
import org.minplan.validation.QuickFix;
import org.minplan.validation.RuleCategory;
import org.minplan.validation.RuleContext;
import org.minplan.validation.Severity;
import org.minplan.core.geometry.Shapes;

/**
 * Right coordinate system and zone (坐标系与带号): the geometry is in a CGCS2000 system (EPSG:4490 or a 3°
 * Gauss–Krüger zone, 4513–4554); eastings carry the zone prefix exactly when the system has one; a
 * Gauss–Krüger geometry lies in its zone (the zone its longitude gives) and a block, mine or pit entirely
 * within it (central meridian ± 1.5°; regional zones and divisions may span several zones); every vertex lies
 * in China. A geometry in the wrong zone can be re-expressed in the right one without moving it:
 * that is the quick fix.
 */
public final class GeometryZoneRule extends AbstractRule {

	public static final String ID = "integrity.geometryZone";
	/** Vertices written by the fix are rounded to the millimetre. */
	private static final double MILLIMETRE = 1000;

	public GeometryZoneRule() {
		super(ID, RuleCategory.INTEGRITY, Severity.ERROR, SPATIAL_ELEMENT);
	}

	@Override
	public boolean affectedBy(EClass type, EStructuralFeature feature) {
		return super.affectedBy(type, feature) && (feature == null || feature == SPATIAL_ELEMENT__GEOMETRY);
	}

	@Override
	public void check(RuleContext context) {
		GeometryChecks checks = new GeometryChecks(context.transformer());
		for (SpatialElement element : context.targets(SpatialElement.class)) {
			Shape shape = element.getGeometry();
			if (shape == null) {
				continue;
			}
			Optional<Crs> crs = Crs.fromEpsg(shape.srid());
			if (crs.isEmpty()) {
				context.finding("unknownCrs", context.label(element), Integer.toString(shape.srid())).on(element)
						.report();
				continue;
			}
			Optional<Geometry> geometry = Shapes.toGeometry(shape);
			if (geometry.isEmpty()) {
				continue; // integrity.geometryValid
			}
			List<GeometryFinding> problems = new ArrayList<>();
			try {
				problems.addAll(checks.zone(geometry.get(), crs.get()));
				problems.addAll(checks.extent(geometry.get(), crs.get()));
			} catch (IllegalArgumentException e) { // coordinates proj4j cannot transform at all
				context.finding("untransformable", context.label(element), crs.get().epsgName()).on(element).report();
				continue;
			}
			for (GeometryFinding problem : problems) {
				if (problem.code() == GeometryFinding.Code.CROSSES_ZONE_BOUNDARY && isRegional(element)) {
					continue;
				}
				RuleContext.FindingBuilder finding = context.finding("problem", context.label(element),
						(org.minplan.validation.LocalizedText) problem::message).on(element);
				problem.location().ifPresent(c -> context.space()
						.place(Shapes.factory(shape.srid()).createPoint(c), shape.srid()).ifPresent(finding::at));
				if (problem.code() == GeometryFinding.Code.WRONG_ZONE) {
					reproject(context.transformer(), element, geometry.get(), crs.get()).ifPresent(finding::fix);
				}
				finding.report();
			}
		}
	}

	/**
	 * @return whether the element is a regional area — a division, layout unit, planning or environmental zone —
	 *         that may span several 3° zones (a block, mine or pit must lie in one)
	 */
	private static boolean isRegional(SpatialElement element) {
		return !(element instanceof Block || element instanceof Mine || element instanceof AbandonedPit);
	}

	/** @return the fix expressing the geometry in the zone of its centre, same prefix convention */
	private static Optional<QuickFix> reproject(CrsTransformer transformer, SpatialElement element, Geometry geometry,
			Crs crs) {
		try {
			Coordinate centre = transformer.transform(geometry.getCentroid().getCoordinate(), crs, Crs.lonLat());
			int zone = Crs.zoneForLongitude(centre.x);
			if (zone < Crs.FIRST_ZONE || zone > Crs.LAST_ZONE) {
				return Optional.empty();
			}
			Crs target = Crs.gaussKrueger3(zone, crs.hasZonePrefix());
			Geometry moved = transformer.transform(geometry, crs, target);
			moved.apply(new RoundToMillimetre());
			Shape shape = Shapes.toShape(moved, target.epsg());
			return Optional.of(QuickFix.set(ID + ".reproject",
					locale -> Texts.of(GeometryZoneRule.class, locale).get(ID + ".fix", target.label(locale)), element,
					SPATIAL_ELEMENT__GEOMETRY, shape));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private static final class RoundToMillimetre implements CoordinateSequenceFilter {
		@Override
		public void filter(CoordinateSequence sequence, int i) {
			sequence.setOrdinate(i, 0, Math.round(sequence.getX(i) * MILLIMETRE) / MILLIMETRE);
			sequence.setOrdinate(i, 1, Math.round(sequence.getY(i) * MILLIMETRE) / MILLIMETRE);
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
