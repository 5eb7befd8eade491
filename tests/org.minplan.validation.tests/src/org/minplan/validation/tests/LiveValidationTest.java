package org.minplan.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minplan.tests.support.TestPlans.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.MinplanFactory;
import org.minplan.model.MinplanPackage;
import org.minplan.model.Plan;
import org.minplan.validation.Finding;
import org.minplan.validation.LiveValidation;
import org.minplan.validation.RuleSettings;
import org.minplan.validation.Severity;
import org.minplan.validation.ValidationEngine;
import org.minplan.validation.ValidationResult;

/** Live validation: edits through the command stack are re-checked incrementally, undo takes findings back. */
class LiveValidationTest {

	private final Plan plan = validPlan();
	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
			new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
	private final LiveValidation live = new ValidationEngine(Validation.registry()).live(plan, new RuleSettings());
	private final ExplorationBlock copper = find(plan.getExplorationBlocks(), "654224K0002");

	@AfterEach
	void close() {
		live.close();
	}

	private List<String> findings(ValidationResult result) {
		return result.findings().stream().map(f -> f.ruleId() + ": " + f.message(Locale.ENGLISH)).toList();
	}

	@Test
	void movingABlockOntoAnotherFindsTheOverlapAndUndoTakesItBack() {
		assertEquals(List.of(), findings(live.recheck(null)));
		domain.getCommandStack().execute(SetCommand.create(domain, copper,
				MinplanPackage.Literals.SPATIAL_ELEMENT__GEOMETRY, square(800, 0, 1000)));
		assertTrue(live.hasPendingChanges());
		ValidationResult afterEdit = live.recheck(null);
		assertEquals(List.of("spatial.sameKindOverlap: 654224K0001 托里县金区块 and 654224K0002 托里县铜区块 overlap by 20 ha (both exploration blocks)"),
				findings(afterEdit));
		assertEquals(2, afterEdit.checkedCount("spatial.sameKindOverlap"), "the moved block and its new neighbour");

		domain.getCommandStack().undo();
		assertEquals(List.of(), findings(live.recheck(null)));
		domain.getCommandStack().redo();
		assertEquals(1, live.recheck(null).findings().size());
	}

	@Test
	void anEditReRunsOnlyTheRulesItCanAffect() {
		live.recheck(null);
		domain.getCommandStack().execute(SetCommand.create(domain, copper,
				MinplanPackage.Literals.SPATIAL_ELEMENT__GEOMETRY, square(2000, 100, 1000)));
		ValidationResult result = live.recheck(null);
		assertEquals(1, result.checkedCount("integrity.geometryValid"), "only the moved block");
		assertEquals(1, result.checkedCount("spatial.sameKindOverlap"));
		// consistency rules did not run again: their counts are those of the first full run
		assertEquals(Validation.all(plan).checkedCount("consistency.statementMeasure"),
				result.checkedCount("consistency.statementMeasure"));
	}

	@Test
	void addingAndRemovingElementsUpdatesCountsAndFindings() {
		live.recheck(null);
		ExplorationBlock added = MinplanFactory.eINSTANCE.createExplorationBlock();
		added.setCode("654224K0009");
		added.setName("新区块");
		added.setMineral(find(plan.getMinerals(), "金"));
		AdministrativeDivision tuoli = find(plan.getDivisions(), "托里县");
		added.setCounty(tuoli);
		added.setGeometry(square(300, 300, 100)); // inside 654224K0001
		domain.getCommandStack().execute(AddCommand.create(domain, plan, MinplanPackage.Literals.PLAN__EXPLORATION_BLOCKS, added));
		List<String> after = findings(live.recheck(null));
		assertTrue(after.contains("spatial.sameKindOverlap: 654224K0001 托里县金区块 and 654224K0009 新区块 overlap by 1 ha (both exploration blocks)"),
				after.toString());
		assertTrue(after.contains("consistency.statementMeasure: 托里县: 专栏17 prints 2 exploration blocks, the plan has 3"),
				after.toString());

		domain.getCommandStack()
				.execute(RemoveCommand.create(domain, plan, MinplanPackage.Literals.PLAN__EXPLORATION_BLOCKS, added));
		assertEquals(List.of(), findings(live.recheck(null)));
	}

	@Test
	void anEditOfAZoneReChecksTheBlocksAroundIt() {
		live.recheck(null);
		var zone = find(plan.getZones(), "托里县金矿重点勘查区");
		domain.getCommandStack().execute(SetCommand.create(domain, zone,
				MinplanPackage.Literals.SPATIAL_ELEMENT__GEOMETRY, square(500, 0, 3000)));
		assertEquals(List.of(), findings(live.recheck(null)), "an ordinary zone may overlap blocks");
		domain.getCommandStack().execute(SetCommand.create(domain, zone, MinplanPackage.Literals.PLAN_ELEMENT__NAME,
				"托里县生态保护红线"));
		List<String> after = findings(live.recheck(null));
		assertEquals(List.of("spatial.prohibitedArea: 654224K0001 托里县金区块 overlaps 托里县生态保护红线 (生态保护红线) by 50 ha",
				"spatial.prohibitedArea: 654224K0002 托里县铜区块 overlaps 托里县生态保护红线 (生态保护红线) by 100 ha"), after);
		domain.getCommandStack().undo();
		assertEquals(List.of(), findings(live.recheck(null)));
	}

	@Test
	void editingASelectorReChecksItsStatement() {
		live.recheck(null);
		var statement = plan.getStatements().get(0); // 专栏17 托里县 新设数量 = 2
		domain.getCommandStack().execute(SetCommand.create(domain, statement.getSelector().get(0),
				MinplanPackage.Literals.ELEMENT_SELECTOR__COUNTY, find(plan.getDivisions(), "额敏县")));
		List<String> after = findings(live.recheck(null));
		assertTrue(after.contains("consistency.statementMeasure: 额敏县: 专栏17 prints 2 exploration blocks, the plan has 0"),
				after.toString());
	}

	@Test
	void aCancelledReCheckKeepsTheEditsForTheNextOne() {
		live.recheck(null);
		domain.getCommandStack().execute(SetCommand.create(domain, copper,
				MinplanPackage.Literals.SPATIAL_ELEMENT__GEOMETRY, square(800, 0, 1000)));
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> live.recheck(cancelled));
		assertEquals(0, live.current().orElseThrow().findings().size(), "the previous result stays");
		assertEquals(1, live.recheck(null).findings().size());
	}

	@Test
	void editsOnOneThreadAreCheckedOnAnotherAndResultsHandedBack() throws Exception {
		live.recheck(null);
		AtomicInteger scheduled = new AtomicInteger();
		List<ValidationResult> published = new ArrayList<>();
		live.addChangeListener(scheduled::incrementAndGet);
		live.addResultListener(published::add);
		for (int i = 1; i <= 5; i++) { // five quick edits, as a user dragging a vertex
			copper.setGeometry(square(2000 - 240 * i, 0, 1000));
		}
		assertEquals(5, scheduled.get());
		ValidationResult result = CompletableFuture.supplyAsync(() -> live.recheck(new NullProgressMonitor()))
				.get(30, TimeUnit.SECONDS);
		assertEquals(1, result.findings().size(), "one re-check for all five edits");
		assertEquals(List.of(result), published);
		assertFalse(live.hasPendingChanges());
		assertEquals(200 * 1000, result.findings().get(0).location().orElseThrow().getArea(), 1e-6);
	}

	@Test
	void manyEditsBetweenTwoChecksAreAllSeen() {
		var gold = find(plan.getMinerals(), "金");
		AdministrativeDivision tuoli = find(plan.getDivisions(), "托里县");
		List<ExplorationBlock> grid = new ArrayList<>();
		for (int i = 0; i < 1500; i++) { // more than the spatial index keeps beside its tree
			grid.add(exploration(plan, "654224K" + (4000 + i), gold, tuoli, square(20 * (i % 50), 60_000 + 20 * (i / 50), 10)));
		}
		live.recheck(null);
		for (ExplorationBlock block : grid) {
			block.setGeometry(block.getGeometry().translated(5, 0));
		}
		grid.get(0).setGeometry(grid.get(1).getGeometry().translated(-5, 0)); // half over its neighbour
		ValidationResult result = live.recheck(null);
		assertEquals(1, result.findings("spatial.sameKindOverlap").size(), result.findings().toString());
		assertEquals(List.of(grid.get(0), grid.get(1)), result.findings("spatial.sameKindOverlap").get(0).elements());
	}

	@Test
	void changedSettingsReCheckTheWholePlan() {
		copper.setGeometry(square(800, 0, 1000));
		assertEquals(1, live.recheck(null).count(Severity.ERROR));
		RuleSettings settings = new RuleSettings();
		settings.setSeverity("spatial.sameKindOverlap", Severity.WARNING);
		live.setSettings(settings);
		assertTrue(live.hasPendingChanges());
		ValidationResult result = live.recheck(null);
		assertEquals(0, result.count(Severity.ERROR));
		assertEquals(1, result.count(Severity.WARNING));
		Finding overlap = result.findings().get(0);
		assertEquals(copper, overlap.elements().get(1));
	}
}
