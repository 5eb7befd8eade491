package org.minplan.cli;

import java.util.Locale;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The Equinox application behind the {@code minplan} script (application id
 * {@code org.minplan.cli.application}). Returns the command's exit code, which the launcher passes on
 * to the shell.
 */
public class MinplanApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
				new String[0]);
		context.applicationRunning();
		int code = MinplanCommandLine.withContributions().run(args, new CliContext(System.out, System.err, Locale.getDefault()));
		System.out.flush();
		return Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// Commands run to completion on the main thread; nothing to interrupt.
	}
}
