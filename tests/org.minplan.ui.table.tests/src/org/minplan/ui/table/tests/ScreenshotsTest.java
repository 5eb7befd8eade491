package org.minplan.ui.table.tests;

import org.minplan.tests.ui.support.Screenshots;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minplan.ui.table.CrossTableDefinition;
import org.minplan.ui.table.TableDefinition;
import org.minplan.ui.table.TableRegistry;
import org.minplan.ui.table.internal.CrossTableView;
import org.minplan.ui.table.internal.PlanTableView;

/** Every built-in table and cross-table opened on the plan, saved as a screenshot for a person to judge. */
class ScreenshotsTest {

	@BeforeAll
	static void openPlan() throws Exception {
		Workbench.openPlan();
		Workbench.bigWindow();
	}

	@Test
	void everyBuiltInTableAndCrossTableOpensOnThePlan() {
		for (TableDefinition table : TableRegistry.getDefault().tables()) {
			if (!table.contributor().equals("org.minplan.ui.table")) {
				continue;
			}
			PlanTableView view = Workbench.openTable(table.id(), PlanTableView.class);
			assertTrue(view.rows().getRowCount() == view.rows().totalCount(), table.id());
			assertTrue(view.isFirstColumnFrozen(), table.id() + ": first column frozen");
			shoot(view, "table-" + shortId(table.id()));
		}
		for (CrossTableDefinition cross : TableRegistry.getDefault().crossTables()) {
			CrossTableView view = Workbench.openTable(cross.id(), CrossTableView.class);
			shoot(view, "cross-" + shortId(cross.id()));
		}
	}

	private static void shoot(IViewPart view, String name) {
		Workbench.page().activate(view);
		Shell shell = view.getSite().getShell();
		File file = Screenshots.of(shell, name);
		ImageData data = new ImageLoader().load(file.getAbsolutePath())[0];
		assertTrue(data.width >= 800, name + " is " + data.width + " wide");
		Control table = view instanceof PlanTableView t ? t.natTable() : ((CrossTableView) view).natTable();
		Point topLeft = shell.toControl(table.toDisplay(0, 0));
		Point size = table.getSize();
		Set<Integer> colours = new HashSet<>();
		for (int y = topLeft.y; y < Math.min(data.height, topLeft.y + size.y); y += 3) {
			for (int x = topLeft.x; x < Math.min(data.width, topLeft.x + size.x); x += 3) {
				colours.add(data.getPixel(x, y));
			}
		}
		assertTrue(colours.size() > 8, name + ": the table area looks blank (" + colours.size() + " colours)");
	}

	private static String shortId(String id) {
		return id.substring(id.lastIndexOf('.') + 1);
	}
}
