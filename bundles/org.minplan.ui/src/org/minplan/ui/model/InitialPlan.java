package org.minplan.ui.model;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * Which plan the workbench opens when it starts: a {@code .minplan} file named on the command line, else the
 * plan open when the workbench was last closed, else (first start) a copy of the bundled Tacheng sample plan
 * placed in the workspace, so the user edits a copy and never the installation.
 */
public final class InitialPlan {

	/** Bundle and path of the bundled sample plan. */
	static final String SAMPLE_BUNDLE = "org.minplan.sample";
	static final String SAMPLE_ENTRY = "plans/tacheng-2021-2025.minplan";

	private InitialPlan() {
	}

	/**
	 * @param args      the application's command-line arguments
	 * @param lastOpen  the file open at the last shutdown, if remembered and still there
	 * @param workspace the workspace folder (instance location)
	 * @return the file to open, if there is one
	 */
	public static Optional<Path> choose(String[] args, Optional<Path> lastOpen, Path workspace) throws IOException {
		for (String arg : args) {
			if (arg.endsWith(".minplan")) {
				return Optional.of(Path.of(arg).toAbsolutePath());
			}
		}
		if (lastOpen.isPresent() && Files.isRegularFile(lastOpen.get())) {
			return lastOpen;
		}
		return copyOfSample(workspace);
	}

	/** Copies the bundled sample into {@code workspace/plans/} unless a copy is already there. */
	public static Optional<Path> copyOfSample(Path workspace) throws IOException {
		Path target = workspace.resolve("plans").resolve(Path.of(SAMPLE_ENTRY).getFileName());
		if (Files.isRegularFile(target)) {
			return Optional.of(target);
		}
		Bundle bundle = Platform.getBundle(SAMPLE_BUNDLE);
		URL entry = bundle == null ? null : bundle.getEntry(SAMPLE_ENTRY);
		if (entry == null) {
			return Optional.empty();
		}
		Files.createDirectories(target.getParent());
		try (InputStream in = entry.openStream()) {
			Files.copy(in, target);
		}
		return Optional.of(target);
	}
}
