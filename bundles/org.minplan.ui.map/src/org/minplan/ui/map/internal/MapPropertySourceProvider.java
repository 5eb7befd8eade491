package org.minplan.ui.map.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySource2;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.minplan.core.geometry.AreaCalculator;
import org.minplan.core.geometry.Crs;
import org.minplan.model.SpatialElement;
import org.minplan.model.spatial.Shape;
import org.minplan.ui.map.internal.edit.ShapeGeometry;
import org.minplan.ui.properties.PlanPropertySourceProvider;
import org.minplan.ui.model.PlanSession;

/**
 * Properties of elements selected on the map: the plan's own properties plus what the geometry says — the area
 * computed from the coordinates (面积, km² and hectares, as {@link AreaCalculator} measures it), the number of
 * corners and the coordinate system. They change as soon as the block is reshaped.
 */
public final class MapPropertySourceProvider implements IPropertySourceProvider {

	/** Property id of the computed area. */
	public static final String AREA = "org.minplan.ui.map.area";
	/** Property id of the number of corners. */
	public static final String VERTICES = "org.minplan.ui.map.vertices";
	/** Property id of the coordinate system. */
	public static final String SYSTEM = "org.minplan.ui.map.crs";

	private final PlanPropertySourceProvider plan = new PlanPropertySourceProvider(PlanSession.get().adapterFactory());
	private final AreaCalculator areas;

	public MapPropertySourceProvider(AreaCalculator areas) {
		this.areas = areas;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		IPropertySource source = plan.getPropertySource(object);
		if (source == null || !(object instanceof SpatialElement element)) {
			return source;
		}
		return new GeometrySource(source, element);
	}

	/** @return the computed area text of an element, e.g. {@code 12.3456 km² (1 234.56 ha)}; empty for points */
	public Optional<String> areaText(SpatialElement element) {
		Shape shape = element.getGeometry();
		if (shape == null || shape.kind() == Shape.Kind.POINT) {
			return Optional.empty();
		}
		Optional<Crs> crs = Crs.fromEpsg(shape.srid());
		if (crs.isEmpty()) {
			return Optional.empty();
		}
		double km2 = areas.squareKilometres(ShapeGeometry.of(shape), crs.get());
		return Optional.of(String.format(Locale.ROOT, "%.4f km² (%.2f ha)", km2, km2 * 100));
	}

	private final class GeometrySource implements IPropertySource2 {
		private final IPropertySource delegate;
		private final SpatialElement element;

		GeometrySource(IPropertySource delegate, SpatialElement element) {
			this.delegate = delegate;
			this.element = element;
		}

		@Override
		public Object getEditableValue() {
			return delegate.getEditableValue();
		}

		@Override
		public IPropertyDescriptor[] getPropertyDescriptors() {
			List<IPropertyDescriptor> all = new ArrayList<>(List.of(delegate.getPropertyDescriptors()));
			for (String[] p : new String[][] { { AREA, "property.area" }, { VERTICES, "property.vertices" },
					{ SYSTEM, "property.crs" } }) {
				PropertyDescriptor d = new PropertyDescriptor(p[0], MapTexts.get(p[1]));
				d.setDescription(MapTexts.get(p[1] + ".description"));
				all.add(d);
			}
			return all.toArray(new IPropertyDescriptor[0]);
		}

		@Override
		public Object getPropertyValue(Object id) {
			Shape shape = element.getGeometry();
			if (AREA.equals(id)) {
				return areaText(element).orElse("—");
			}
			if (VERTICES.equals(id)) {
				return shape == null ? "—" : String.valueOf(distinctVertices(shape));
			}
			if (SYSTEM.equals(id)) {
				return shape == null ? "—"
						: Crs.fromEpsg(shape.srid()).map(c -> c.label(Locale.getDefault()) + " (" + c.epsgName() + ")")
								.orElse("EPSG:" + shape.srid());
			}
			return delegate.getPropertyValue(id);
		}

		private static int distinctVertices(Shape shape) {
			if (shape.kind() == Shape.Kind.POINT) {
				return 1;
			}
			int n = 0;
			for (int p = 0; p < shape.polygonCount(); p++) {
				for (int r = 0; r < shape.ringCount(p); r++) {
					n += shape.ring(p, r).length / 2 - 1;
				}
			}
			return n;
		}

		@Override
		public boolean isPropertySet(Object id) {
			return delegate.isPropertySet(id);
		}

		@Override
		public void resetPropertyValue(Object id) {
			delegate.resetPropertyValue(id);
		}

		@Override
		public void setPropertyValue(Object id, Object value) {
			delegate.setPropertyValue(id, value);
		}

		@Override
		public boolean isPropertyResettable(Object id) {
			return delegate instanceof IPropertySource2 s2 && s2.isPropertyResettable(id);
		}
	}
}
