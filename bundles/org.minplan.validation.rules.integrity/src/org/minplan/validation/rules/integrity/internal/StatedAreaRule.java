package org.minplan.validation.rules.integrity.internal;

import static org.minplan.model.MinplanPackage.Literals.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.minplan.core.geometry.AreaCalculator;
import org.minplan.core.geometry.Crs;
import org.minplan.core.i18n.Texts;
import org.minplan.model.AreaUnit;
import org.minplan.model.SpatialElement;
import org.minplan.model.spatial.Shape;
import org.minplan.validation.AbstractRule;
import org.minplan.validation.LocalizedText;
import org.minplan.validation.QuickFix;
import org.minplan.validation.RuleCategory;
import org.minplan.validation.RuleContext;
import org.minplan.validation.RuleParameter;
import org.minplan.validation.Severity;
import org.minplan.validation.support.Quantities;
import org.minplan.core.geometry.Shapes;

/**
 * Stated area (面积核对): the area printed or submitted for a block or zone agrees with the area its boundary
 * encloses, computed by {@link AreaCalculator} on the Gauss–Krüger plane of its own zone. They may differ by
 * {@value #DEFAULT_TOLERANCE} % (parameter {@code tolerancePercent}) or by the rounding of the printed
 * number, whichever is larger. The quick fix writes the computed area in the stated unit.
 */
public final class StatedAreaRule extends AbstractRule {

	public static final String ID = "integrity.statedArea";
	static final String TOLERANCE = "tolerancePercent";
	private static final String DEFAULT_TOLERANCE = "1";
	/** The fix writes at least this many decimals. */
	private static final int FIX_DECIMALS = 2;
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public StatedAreaRule() {
		super(ID, RuleCategory.INTEGRITY, Severity.WARNING,
				List.of(RuleParameter.number(TOLERANCE, new BigDecimal(DEFAULT_TOLERANCE))), SPATIAL_ELEMENT);
	}

	@Override
	public boolean affectedBy(EClass type, EStructuralFeature feature) {
		return super.affectedBy(type, feature) && (feature == null || feature == SPATIAL_ELEMENT__GEOMETRY
				|| feature == SPATIAL_ELEMENT__STATED_AREA || feature == SPATIAL_ELEMENT__STATED_AREA_UNIT);
	}

	@Override
	public void check(RuleContext context) {
		AreaCalculator calculator = new AreaCalculator(context.transformer());
		BigDecimal tolerance = context.number(TOLERANCE);
		for (SpatialElement element : context.targets(SpatialElement.class)) {
			BigDecimal stated = element.getStatedArea();
			Shape shape = element.getGeometry();
			Optional<Crs> crs = shape == null ? Optional.empty() : Crs.fromEpsg(shape.srid());
			Optional<Geometry> geometry = shape == null ? Optional.empty() : Shapes.toGeometry(shape);
			if (stated == null || crs.isEmpty() || geometry.isEmpty() || !(geometry.get() instanceof Polygonal)) {
				continue;
			}
			double squareMetres;
			try {
				squareMetres = calculator.squareMetres(geometry.get(), crs.get());
			} catch (IllegalArgumentException e) {
				continue; // outside China's zones: integrity.geometryZone
			}
			if (!(squareMetres > 0)) {
				continue; // degenerate: integrity.geometryValid
			}
			AreaUnit unit = element.getStatedAreaUnit();
			BigDecimal computed = BigDecimal.valueOf(squareMetres).divide(squareMetresPer(unit), 12,
					RoundingMode.HALF_UP);
			BigDecimal difference = stated.subtract(computed).abs();
			BigDecimal allowed = computed.multiply(tolerance).divide(HUNDRED, 12, RoundingMode.HALF_UP)
					.max(Quantities.halfUnit(stated));
			if (difference.compareTo(allowed) <= 0) {
				continue;
			}
			int decimals = Math.max(stated.scale(), FIX_DECIMALS);
			BigDecimal fixed = computed.setScale(decimals, RoundingMode.HALF_UP);
			LocalizedText unitName = locale -> Texts.of(StatedAreaRule.class, locale).get("unit." + unit.getName());
			String percent = Quantities.format(difference.multiply(HUNDRED).divide(computed, 1, RoundingMode.HALF_UP));
			LocalizedText fixLabel = locale -> Texts.of(StatedAreaRule.class, locale).get(ID + ".fix",
					fixed.toPlainString(), unitName.text(locale));
			context.finding("differs", context.label(element), stated.toPlainString(),
					computed.setScale(decimals, RoundingMode.HALF_UP).toPlainString(), unitName, percent,
					Quantities.format(tolerance)).on(element)
					.fix(QuickFix.set(ID + ".recompute", fixLabel, element, SPATIAL_ELEMENT__STATED_AREA, fixed))
					.report();
		}
	}

	private static BigDecimal squareMetresPer(AreaUnit unit) {
		return switch (unit) {
		case SQUARE_KILOMETRE -> BigDecimal.valueOf(1_000_000);
		case HECTARE -> BigDecimal.valueOf(10_000);
		case SQUARE_METRE -> BigDecimal.ONE;
		};
	}
}
