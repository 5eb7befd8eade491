package org.minplan.ui.table.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.minplan.model.MinplanPackage;
import org.minplan.model.edit.PlanLabels;
import org.minplan.ui.table.ColumnDefinition;
import org.minplan.ui.table.EditorKind;
import org.minplan.ui.table.TableDefinition;
import org.minplan.ui.table.TableRegistry;

/** The tables extension point: built-in tables, a table of another bundle, broken contributions left out. */
class TableRegistryTest {

	private final TableRegistry registry = TableRegistry.getDefault();

	@Test
	void builtInTablesAndCrossTablesAreContributedThroughThePoint() {
		List<String> ids = registry.tables().stream().map(TableDefinition::id).toList();
		for (String id : List.of("explorationBlocks", "miningBlocks", "concentratedAreas", "mines", "environmentalZones",
				"abandonedPits", "indicators", "reserves")) {
			assertTrue(ids.contains("org.minplan.ui.table." + id), ids.toString());
		}
		assertEquals(4, registry.crossTables().stream().filter(c -> c.contributor().equals("org.minplan.ui.table")).count());

		TableDefinition mining = registry.table("org.minplan.ui.table.miningBlocks").orElseThrow();
		assertEquals(MinplanPackage.Literals.MINING_BLOCK, mining.elementType());
		assertEquals(MinplanPackage.Literals.PLAN__MINING_BLOCKS, mining.list());
		ColumnDefinition area = mining.columns().stream().filter(c -> c.id().equals("statedArea")).findFirst().orElseThrow();
		assertEquals(PlanLabels.featureName(MinplanPackage.Literals.SPATIAL_ELEMENT__STATED_AREA), area.header());
		assertEquals(EditorKind.NUMBER, area.editor().orElseThrow());
		assertTrue(area.numeric());
		ColumnDefinition county = mining.columns().stream().filter(c -> c.id().equals("county")).findFirst().orElseThrow();
		assertEquals(EditorKind.REFERENCE, county.editor().orElseThrow());
		ColumnDefinition scale = mining.columns().stream().filter(c -> c.id().equals("scale")).findFirst().orElseThrow();
		assertEquals(EditorKind.COMBO, scale.editor().orElseThrow());

		TableDefinition indicators = registry.table("org.minplan.ui.table.indicators").orElseThrow();
		ColumnDefinition current = indicators.columns().stream().filter(c -> c.id().equals("currentValue")).findFirst()
				.orElseThrow();
		assertFalse(current.editable(), "a computed value is read-only");
		assertTrue(current.numeric());
	}

	@Test
	void anotherBundleContributesATableWithItsOwnComputedColumn() {
		TableDefinition custom = registry.table("org.minplan.ui.table.tests.custom").orElseThrow();
		assertEquals("org.minplan.ui.table.tests", custom.contributor());
		assertEquals(List.of("code", "codeLength"), custom.columns().stream().map(ColumnDefinition::id).toList());
		assertEquals("Code Length", custom.columns().get(1).header());
		assertTrue(custom.columns().get(1).value() instanceof CodeLengthColumn);
	}

	@Test
	void brokenContributionsAreLoggedWithTheirBundleAndLeftOut() {
		for (String id : List.of("noSuchClass", "wrongList", "noSuchFeature", "wrongStatistic")) {
			String fullId = "org.minplan.ui.table.tests." + id;
			assertTrue(registry.table(fullId).isEmpty() && registry.crossTable(fullId).isEmpty(), fullId);
			assertTrue(registry.problems().stream().anyMatch(p -> p.contains(fullId) && p.contains("org.minplan.ui.table.tests")),
					fullId + " not reported in " + registry.problems());
		}
		assertTrue(registry.problems().stream().anyMatch(p -> p.contains("NoSuchClass")), registry.problems().toString());
		assertTrue(registry.problems().stream().anyMatch(p -> p.contains("noSuchFeature")), registry.problems().toString());
	}
}
