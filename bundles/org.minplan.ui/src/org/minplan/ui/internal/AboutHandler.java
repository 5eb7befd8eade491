package org.minplan.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help ▸ About: opens {@link MinplanAboutDialog}. */
public class AboutHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new MinplanAboutDialog(HandlerUtil.getActiveShell(event)).open();
		return null;
	}
}
