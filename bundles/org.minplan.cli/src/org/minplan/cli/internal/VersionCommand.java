package org.minplan.cli.internal;

import java.util.List;

import org.minplan.cli.CliCommand;
import org.minplan.cli.CliContext;
import org.minplan.core.MinplanVersion;

/** {@code minplan --version}: product, version and the Java that runs it. */
public final class VersionCommand implements CliCommand {

	@Override
	public String name() {
		return "version";
	}

	@Override
	public String summary(CliContext context) {
		return context.texts().get("version.summary");
	}

	@Override
	public String usage(CliContext context) {
		return "minplan --version";
	}

	@Override
	public int run(List<String> args, CliContext context) {
		context.out().println(context.texts().get("version.line", MinplanVersion.full()));
		context.out().println(context.texts().get("version.java", System.getProperty("java.version"),
				System.getProperty("java.vendor"), System.getProperty("os.name"), System.getProperty("os.arch")));
		return OK;
	}
}
