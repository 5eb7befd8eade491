package org.minplan.ui.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens the planning perspective and remembers the window layout between sessions. */
public class MinplanWorkbenchAdvisor extends WorkbenchAdvisor {

	private final String[] args;

	/** @param args the application's command-line arguments (a .minplan file among them is opened) */
	public MinplanWorkbenchAdvisor(String[] args) {
		this.args = args.clone();
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return PlanningPerspective.ID;
	}

	@Override
	public void postStartup() {
		OpenPlanJob.openInitial(args);
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new MinplanWindowAdvisor(configurer);
	}
}
