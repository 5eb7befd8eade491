package org.minplan.ui.tests;

import org.minplan.tests.ui.support.Screenshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.minplan.core.MinplanVersion;
import org.minplan.ui.UiTexts;
import org.minplan.ui.internal.MinplanAboutDialog;
import org.minplan.ui.internal.PlanExplorerView;
import org.minplan.ui.internal.PlanningPerspective;

/** The workbench as a user first sees it. */
class WorkbenchStartupTest {

	private static IWorkbenchWindow window() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "the workbench has no active window");
		return window;
	}

	@Test
	void opensThePlanningPerspectiveWithTheExplorerAndProperties() {
		IWorkbenchPage page = window().getActivePage();
		assertEquals(PlanningPerspective.ID, page.getPerspective().getId());
		assertEquals(UiTexts.get("window.title"), window().getShell().getText());

		IViewPart explorer = page.findView(PlanExplorerView.ID);
		assertNotNull(explorer, "plan explorer is not in the perspective");
		assertTrue(page.isPartVisible(explorer), "plan explorer is not visible");
		assertEquals(UiTexts.get("explorer.noPlan"), ((PlanExplorerView) explorer).getHint());
		assertNotNull(page.findView(IPageLayout.ID_PROP_SHEET), "properties view is not in the perspective");

		File shot = Screenshots.of(window().getShell(), "workbench-startup");
		ImageData data = new org.eclipse.swt.graphics.ImageLoader().load(shot.getAbsolutePath())[0];
		assertTrue(data.width >= 800 && data.height >= 600, "window too small: " + data.width + "x" + data.height);
		assertTrue(distinctColours(data) > 8, "screenshot looks blank");
	}

	@Test
	void aboutDialogShowsTheBuiltVersion() {
		MinplanAboutDialog dialog = new MinplanAboutDialog(window().getShell());
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Shell shell = dialog.getShell();
			Screenshots.flush(shell.getDisplay(), 200);
			List<String> labels = new ArrayList<>();
			collectLabels(shell, labels);
			String version = UiTexts.get("about.version", MinplanVersion.full());
			assertTrue(MinplanVersion.full().matches("0\\.1\\.0\\.\\d{8,}"), MinplanVersion.full());
			assertTrue(labels.contains(version), "About dialog labels " + labels + " lack " + version);
			Screenshots.of(shell, "about-dialog");
		} finally {
			dialog.close();
		}
	}

	private static void collectLabels(Control control, List<String> into) {
		if (control instanceof Label label) {
			into.add(label.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectLabels(child, into);
			}
		}
	}

	private static int distinctColours(ImageData data) {
		java.util.Set<Integer> colours = new java.util.HashSet<>();
		for (int y = 0; y < data.height; y += 7) {
			for (int x = 0; x < data.width; x += 7) {
				colours.add(data.getPixel(x, y));
			}
		}
		return colours.size();
	}
}
