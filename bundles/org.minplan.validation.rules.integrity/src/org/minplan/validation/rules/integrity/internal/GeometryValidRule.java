package org.minplan.validation.rules.integrity.internal;

import static org.minplan.model.MinplanPackage.Literals.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.minplan.core.geometry.Crs;
import org.minplan.core.geometry.GeometryChecks;
import org.minplan.core.geometry.GeometryFinding;
import org.minplan.model.SpatialElement;
import org.minplan.model.spatial.Shape;
import org.minplan.validation.AbstractRule;
import org.minplan.validation.RuleCategory;
import org.minplan.validation.RuleContext;
import org.minplan.validation.Severity;
import org.minplan.core.geometry.Shapes;

/**
 * Valid geometry (图形有效): every ring of an area is closed and has at least three distinct vertices, and no
 * boundary crosses or touches itself (自相交) — the checks of {@link GeometryChecks}. Rings are stored closed
 * in the model ({@link Shape} closes them), so an unclosed ring can only come from outside the model; the
 * check is kept for geometries built by hand. One finding per element and kind of problem, located at the
 * offending points.
 */
public final class GeometryValidRule extends AbstractRule {

	public static final String ID = "integrity.geometryValid";

	public GeometryValidRule() {
		super(ID, RuleCategory.INTEGRITY, Severity.ERROR, SPATIAL_ELEMENT);
	}

	@Override
	public boolean affectedBy(EClass type, EStructuralFeature feature) {
		return super.affectedBy(type, feature) && (feature == null || feature == SPATIAL_ELEMENT__GEOMETRY);
	}

	@Override
	public void check(RuleContext context) {
		for (SpatialElement element : context.targets(SpatialElement.class)) {
			Shape shape = element.getGeometry();
			if (shape == null || shape.kind() == Shape.Kind.POINT) {
				continue;
			}
			Crs crs = Crs.fromEpsg(shape.srid()).orElse(Crs.lonLat()); // unknown systems: integrity.geometryZone
			List<GeometryFinding> problems = new ArrayList<>();
			for (int p = 0; p < shape.polygonCount(); p++) {
				for (int r = 0; r < shape.ringCount(p); r++) {
					List<Coordinate> ring = Arrays.asList(Shapes.coordinates(shape.ring(p, r)));
					problems.addAll(GeometryChecks.ringClosed(ring, crs));
					problems.addAll(GeometryChecks.enoughVertices(ring));
				}
			}
			if (problems.isEmpty()) {
				Optional<Geometry> geometry = Shapes.toGeometry(shape);
				geometry.ifPresent(g -> problems.addAll(GeometryChecks.selfIntersections(g, crs)));
			}
			report(context, element, shape.srid(), problems);
		}
	}

	/** One finding per code, at all its locations. */
	static void report(RuleContext context, SpatialElement element, int srid, List<GeometryFinding> problems) {
		Map<GeometryFinding.Code, List<GeometryFinding>> byCode = new LinkedHashMap<>();
		problems.forEach(p -> byCode.computeIfAbsent(p.code(), c -> new ArrayList<>()).add(p));
		for (List<GeometryFinding> same : byCode.values()) {
			GeometryFinding first = same.get(0);
			Coordinate[] points = same.stream().flatMap(p -> p.location().stream()).toArray(Coordinate[]::new);
			RuleContext.FindingBuilder finding = context
					.finding("problem", context.label(element), (org.minplan.validation.LocalizedText) first::message,
							Integer.toString(same.size()))
					.on(element);
			if (points.length > 0) {
				Geometry where = Shapes.factory(srid).createMultiPointFromCoords(points);
				context.space().place(where, srid).ifPresent(finding::at);
			}
			finding.report();
		}
	}
}
