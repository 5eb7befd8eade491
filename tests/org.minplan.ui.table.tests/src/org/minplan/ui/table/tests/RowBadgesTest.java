package org.minplan.ui.table.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minplan.model.MiningBlock;
import org.minplan.model.Plan;
import org.minplan.tests.ui.support.Screenshots;
import org.minplan.ui.findings.ElementFindings;
import org.minplan.ui.findings.FindingSeverity;
import org.minplan.ui.findings.FindingsTracker;
import org.minplan.ui.table.internal.PlanTableView;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** Validation findings shown on table rows: a badge on the row number, gone when the finding is. */
class RowBadgesTest {

	private static final String MINING_BLOCKS = "org.minplan.ui.table.miningBlocks";
	private static Plan plan;

	@BeforeAll
	static void openPlan() throws Exception {
		plan = Workbench.openPlan();
		Workbench.bigWindow();
	}

	@Test
	void aRowWhoseElementHasAnErrorCarriesARedBadgeUntilTheFindingGoes() {
		PlanTableView view = Workbench.openTable(MINING_BLOCKS, PlanTableView.class);
		Workbench.page().activate(view);
		MiningBlock flagged = (MiningBlock) view.rows().getRowObject(1);
		MiningBlock clean = (MiningBlock) view.rows().getRowObject(2);
		List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
		boolean[] active = { true };
		ElementFindings findings = new ElementFindings() {
			@Override
			public Optional<FindingSeverity> severity(EObject element) {
				return active[0] && element == flagged ? Optional.of(FindingSeverity.ERROR) : Optional.empty();
			}

			@Override
			public List<String> messages(EObject element) {
				return active[0] && element == flagged ? List.of("错误: 测试发现") : List.of();
			}

			@Override
			public void addChangeListener(Runnable listener) {
				listeners.add(listener);
			}

			@Override
			public void removeChangeListener(Runnable listener) {
				listeners.remove(listener);
			}
		};
		ServiceRegistration<ElementFindings> registration = FrameworkUtil.getBundle(RowBadgesTest.class)
				.getBundleContext().registerService(ElementFindings.class, findings, null);
		try {
			Workbench.flush(300);
			assertEquals(Optional.of(FindingSeverity.ERROR), view.rowBadge(1));
			int flaggedRed = redPixelsInRowHeader(view, flagged);
			int cleanRed = redPixelsInRowHeader(view, clean);
			assertTrue(flaggedRed >= 10, "the flagged row's number has a red badge: " + flaggedRed + " red pixels");
			assertEquals(0, cleanRed, "the next row has no badge");
			Screenshots.of(view.getSite().getShell(), "table-row-badges");

			active[0] = false;
			listeners.forEach(Runnable::run);
			Workbench.flush(300);
			assertEquals(Optional.empty(), view.rowBadge(1));
			assertEquals(0, redPixelsInRowHeader(view, flagged), "the badge goes with the finding");
		} finally {
			registration.unregister();
		}
	}

	@Test
	void theLiveValidationsErrorsShowOnTheirRows() {
		waitFor("the first validation of the sample",
				() -> org.minplan.ui.validation.PlanValidation.get().latest().isPresent());
		var result = org.minplan.ui.validation.PlanValidation.get().latest().orElseThrow();
		MiningBlock flagged = null;
		for (var finding : result.findings()) {
			for (EObject e : finding.elements()) {
				if (e instanceof MiningBlock b && finding.severity() == org.minplan.validation.Severity.ERROR) {
					flagged = b;
				}
			}
		}
		assertNotNull(flagged, "the sample has mining blocks with errors");
		waitFor("the tables to learn the findings", () -> FindingsTracker.get().available());
		PlanTableView view = Workbench.openTable(MINING_BLOCKS, PlanTableView.class);
		Workbench.page().activate(view);
		int index = view.rows().indexOfRowObject(flagged);
		assertEquals(Optional.of(FindingSeverity.ERROR), view.rowBadge(index), flagged.getCode());
		long badged = java.util.stream.IntStream.range(0, view.rows().getRowCount())
				.filter(i -> view.rowBadge(i).isPresent()).count();
		assertTrue(badged >= 1 && badged < view.rows().getRowCount(),
				"some rows, not all, carry badges: " + badged + " of " + view.rows().getRowCount());
	}

	/** Scrolls the row into view and counts clearly red pixels in its row number cell. */
	private static int redPixelsInRowHeader(PlanTableView view, EObject row) {
		int index = view.rows().indexOfRowObject(row);
		view.natTable().doCommand(new org.eclipse.nebula.widgets.nattable.viewport.command.ShowRowInViewportCommand(index));
		Workbench.flush(200);
		var natTable = view.natTable();
		ILayerCell cell = null;
		for (int r = 0; r < natTable.getRowCount() && cell == null; r++) {
			ILayerCell c = natTable.getCellByPosition(0, r);
			if (c != null && c.getDataValue() instanceof Number n && n.intValue() == index + 1) {
				cell = c;
			}
		}
		assertNotNull(cell, "row " + (index + 1) + " is on screen");
		Rectangle bounds = cell.getBounds();
		natTable.redraw();
		natTable.update();
		Image image = new Image(natTable.getDisplay(), bounds.width, bounds.height);
		GC gc = new GC(natTable);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageData data = image.getImageData();
			int red = 0;
			for (int y = 0; y < data.height; y++) {
				for (int x = 0; x < data.width; x++) {
					RGB rgb = data.palette.getRGB(data.getPixel(x, y));
					if (rgb.red > 180 && rgb.green < 110 && rgb.blue < 110) {
						red++;
					}
				}
			}
			return red;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static void waitFor(String what, BooleanSupplier condition) {
		long end = System.currentTimeMillis() + 120_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("timed out waiting for " + what);
			}
			Workbench.flush(100);
		}
	}
}
