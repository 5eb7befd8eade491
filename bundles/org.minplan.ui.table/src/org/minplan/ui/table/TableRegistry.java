package org.minplan.ui.table;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.minplan.model.MinplanPackage;
import org.minplan.model.edit.PlanLabels;
import org.minplan.ui.table.internal.columns.FeatureColumn;

/**
 * The tables and cross-tables contributed through the extension point {@value #POINT_ID} (schema
 * {@code schema/tables.exsd}), the built-in ones included. Read once; a broken contribution is logged with the
 * bundle that made it and left out, the others still load.
 */
public final class TableRegistry {

	/** Extension point id, permanent API. */
	public static final String POINT_ID = "org.minplan.ui.table.tables";

	private static TableRegistry instance;

	private final Map<String, TableDefinition> tables = new LinkedHashMap<>();
	private final Map<String, CrossTableDefinition> crossTables = new LinkedHashMap<>();
	private final List<String> problems = new ArrayList<>();

	/** Reads the given contributions (the {@code <table>} and {@code <crossTable>} elements of the point). */
	public TableRegistry(IConfigurationElement[] elements) {
		for (IConfigurationElement element : elements) {
			try {
				switch (element.getName()) {
				case "table" -> readTable(element);
				case "crossTable" -> readCrossTable(element);
				default -> throw new ContributionException("unknown element <" + element.getName() + ">");
				}
			} catch (ContributionException | CoreException | RuntimeException e) {
				String message = "Ignored table contribution " + describe(element) + " of bundle "
						+ element.getContributor().getName() + ": " + e.getMessage();
				problems.add(message);
				ILog.of(TableRegistry.class).error(message, e instanceof ContributionException ? null : e);
			}
		}
	}

	/** @return the registry of the running platform */
	public static synchronized TableRegistry getDefault() {
		if (instance == null) {
			instance = new TableRegistry(Platform.getExtensionRegistry().getConfigurationElementsFor(POINT_ID));
		}
		return instance;
	}

	/** @return the tables in contribution order */
	public List<TableDefinition> tables() {
		return List.copyOf(tables.values());
	}

	/** @return the table with this id */
	public Optional<TableDefinition> table(String id) {
		return Optional.ofNullable(tables.get(id));
	}

	/** @return the first table over the given plan list, if any */
	public Optional<TableDefinition> tableFor(EReference list) {
		return tables.values().stream().filter(t -> t.list() == list).findFirst();
	}

	/** @return the cross-tables in contribution order */
	public List<CrossTableDefinition> crossTables() {
		return List.copyOf(crossTables.values());
	}

	/** @return the cross-table with this id */
	public Optional<CrossTableDefinition> crossTable(String id) {
		return Optional.ofNullable(crossTables.get(id));
	}

	/** @return what was wrong with the contributions left out (also in the platform log) */
	public List<String> problems() {
		return Collections.unmodifiableList(problems);
	}

	private void readTable(IConfigurationElement element) throws ContributionException, CoreException {
		String id = required(element, "id");
		if (tables.containsKey(id) || crossTables.containsKey(id)) {
			throw new ContributionException("id " + id + " is already used");
		}
		EClass type = eClass(required(element, "elementType"));
		EReference list = planList(required(element, "list"));
		if (!list.getEReferenceType().isSuperTypeOf(type)) {
			throw new ContributionException("plan list " + list.getName() + " holds "
					+ list.getEReferenceType().getName() + ", not " + type.getName());
		}
		String name = orElse(element.getAttribute("name"), PlanLabels.typeName(type));
		List<ColumnDefinition> columns = new ArrayList<>();
		Set<String> columnIds = new HashSet<>();
		for (IConfigurationElement child : element.getChildren("column")) {
			ColumnDefinition column = readColumn(child, type);
			if (!columnIds.add(column.id())) {
				throw new ContributionException("column " + column.id() + " appears twice");
			}
			columns.add(column);
		}
		if (columns.isEmpty()) {
			throw new ContributionException("table " + id + " has no columns");
		}
		tables.put(id, new TableDefinition(id, name, orElse(element.getAttribute("printedAs"), ""), type, list,
				List.copyOf(columns), element.getContributor().getName()));
	}

	private ColumnDefinition readColumn(IConfigurationElement element, EClass type)
			throws ContributionException, CoreException {
		String featureName = element.getAttribute("feature");
		String className = element.getAttribute("class");
		if (featureName == null && className == null) {
			throw new ContributionException("a column needs a feature or a class");
		}
		EStructuralFeature feature = null;
		if (featureName != null) {
			feature = type.getEStructuralFeature(featureName);
			if (feature == null) {
				throw new ContributionException(type.getName() + " has no feature " + featureName);
			}
		}
		String editorText = element.getAttribute("editor");
		Optional<EditorKind> declared = Optional.empty();
		if (editorText != null) {
			declared = EditorKind.parse(editorText);
			if (declared.isEmpty()) {
				throw new ContributionException("unknown editor '" + editorText + "' (text, number, combo, reference)");
			}
		}
		String editableText = element.getAttribute("editable");
		boolean changeable = feature == null
				|| feature.isChangeable() && !feature.isMany() && !feature.isDerived();
		if ("true".equals(editableText) && !changeable) {
			throw new ContributionException("feature " + featureName + " cannot be edited in a table");
		}
		EditorKind natural = feature == null ? EditorKind.TEXT : defaultEditor(feature);
		if (feature != null && declared.isPresent() && declared.get() != natural
				&& !(natural == EditorKind.NUMBER && declared.get() == EditorKind.TEXT)) {
			throw new ContributionException("editor " + editorText + " does not fit feature " + featureName);
		}

		ColumnValue value;
		if (className != null) {
			Object created = element.createExecutableExtension("class");
			if (!(created instanceof ColumnValue v)) {
				throw new ContributionException(className + " does not implement " + ColumnValue.class.getName());
			}
			value = v;
		} else {
			value = new FeatureColumn(feature);
		}
		boolean editable = feature != null && className == null ? !"false".equals(editableText) && changeable
				: "true".equals(editableText) || editableText == null && feature != null && changeable;
		String id = orElse(element.getAttribute("id"), featureName);
		if (id == null) {
			throw new ContributionException("a computed column needs an id");
		}
		String header = orElse(element.getAttribute("name"), feature == null ? null : PlanLabels.featureName(feature));
		if (header == null) {
			throw new ContributionException("column " + id + " needs a name");
		}
		Optional<EditorKind> editor = editable ? Optional.of(declared.orElse(natural)) : Optional.empty();
		return new ColumnDefinition(id, header, value, Optional.ofNullable(feature), editor,
				width(element.getAttribute("width")));
	}

	private void readCrossTable(IConfigurationElement element) throws ContributionException {
		String id = required(element, "id");
		if (tables.containsKey(id) || crossTables.containsKey(id)) {
			throw new ContributionException("id " + id + " is already used");
		}
		EReference list = planList(required(element, "list"));
		String statisticText = required(element, "statistic");
		CrossTableDefinition.Statistic statistic = CrossTableDefinition.Statistic.parse(statisticText)
				.orElseThrow(() -> new ContributionException("unknown statistic '" + statisticText
						+ "' (blocksByCountyAndMineral, minesByMineralAndScale)"));
		EClass held = list.getEReferenceType();
		boolean fits = switch (statistic) {
		case BLOCKS_BY_COUNTY_AND_MINERAL -> MinplanPackage.Literals.BLOCK.isSuperTypeOf(held);
		case MINES_BY_MINERAL_AND_SCALE -> list == MinplanPackage.Literals.PLAN__MINES;
		};
		if (!fits) {
			throw new ContributionException("statistic " + statisticText + " cannot count plan list " + list.getName());
		}
		crossTables.put(id, new CrossTableDefinition(id, required(element, "name"),
				orElse(element.getAttribute("printedAs"), ""), list, statistic, orElse(element.getAttribute("table"), ""),
				element.getContributor().getName()));
	}

	/** @return the editor a feature gets when the contribution names none */
	static EditorKind defaultEditor(EStructuralFeature feature) {
		if (feature instanceof EReference) {
			return EditorKind.REFERENCE;
		}
		EClassifier type = feature.getEType();
		Class<?> c = type.getInstanceClass();
		if (type instanceof EEnum || c == boolean.class || c == Boolean.class) {
			return EditorKind.COMBO;
		}
		if (feature instanceof EAttribute && c != null && (Number.class.isAssignableFrom(c) || c == int.class
				|| c == long.class || c == double.class || c == BigDecimal.class || c == BigInteger.class)) {
			return EditorKind.NUMBER;
		}
		return EditorKind.TEXT;
	}

	private static EClass eClass(String name) throws ContributionException {
		if (MinplanPackage.eINSTANCE.getEClassifier(name) instanceof EClass c) {
			return c;
		}
		throw new ContributionException("the plan model has no class " + name);
	}

	private static EReference planList(String name) throws ContributionException {
		if (MinplanPackage.Literals.PLAN.getEStructuralFeature(name) instanceof EReference r && r.isContainment()
				&& r.isMany()) {
			return r;
		}
		throw new ContributionException("Plan has no element list " + name);
	}

	private static int width(String text) throws ContributionException {
		if (text == null || text.isBlank()) {
			return 100;
		}
		try {
			int w = Integer.parseInt(text.trim());
			if (w < 10 || w > 2000) {
				throw new ContributionException("width " + w + " is outside 10..2000");
			}
			return w;
		} catch (NumberFormatException e) {
			throw new ContributionException("width '" + text + "' is not a whole number");
		}
	}

	private static String required(IConfigurationElement element, String attribute) throws ContributionException {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			throw new ContributionException("attribute " + attribute + " is missing");
		}
		return value.trim();
	}

	private static String orElse(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value.trim();
	}

	private static String describe(IConfigurationElement element) {
		String id = element.getAttribute("id");
		return "<" + element.getName() + (id == null ? "" : " id=\"" + id + "\"") + ">";
	}

	/** A contribution that does not fit the schema or the plan model. */
	private static final class ContributionException extends Exception {
		private static final long serialVersionUID = 1L;

		ContributionException(String message) {
			super(message);
		}
	}
}
