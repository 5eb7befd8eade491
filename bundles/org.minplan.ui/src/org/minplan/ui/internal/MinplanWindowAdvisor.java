package org.minplan.ui.internal;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.minplan.ui.UiTexts;

/** Window size, title and bars of a workbench window. */
public class MinplanWindowAdvisor extends WorkbenchWindowAdvisor {

	public MinplanWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new MinplanActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new org.eclipse.swt.graphics.Point(1400, 900));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(true);
		configurer.setTitle(UiTexts.get("window.title"));
	}

	@Override
	public void postWindowCreate() {
		// On a screen smaller than the default size (laptops, 1280x1024 Xvfb) fill the screen instead of
		// opening a window whose edges are off-screen.
		Shell shell = getWindowConfigurer().getWindow().getShell();
		Rectangle screen = shell.getMonitor().getClientArea();
		Rectangle bounds = shell.getBounds();
		if (bounds.width > screen.width || bounds.height > screen.height) {
			shell.setBounds(screen);
			shell.setMaximized(true);
		}
	}
}
