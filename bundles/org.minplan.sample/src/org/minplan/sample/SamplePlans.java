package org.minplan.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.runtime.FileLocator;
import org.minplan.core.persistence.PlanFileException;
import org.minplan.core.persistence.PlanStore;
import org.minplan.model.Plan;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The sample plans shipped with the workbench: the Tacheng Prefecture plan 2021–2025 as a ready
 * {@code .minplan} file ({@value #TACHENG_ENTRY}, regenerated with {@code minplan sample --out FILE}), and
 * larger synthetic variants built on demand.
 */
public final class SamplePlans {

	/** Bundle entry of the Tacheng sample plan. */
	public static final String TACHENG_ENTRY = "plans/tacheng-2021-2025.minplan";

	private SamplePlans() {
	}

	/**
	 * @return the URL of the bundled Tacheng plan: the bundle entry in OSGi, else the class loader's resource
	 * @throws IllegalStateException when the file is missing from the bundle (a build error)
	 */
	public static URL tachengUrl() {
		Bundle bundle = FrameworkUtil.getBundle(SamplePlans.class);
		URL url = bundle != null ? bundle.getEntry(TACHENG_ENTRY)
				: SamplePlans.class.getClassLoader().getResource(TACHENG_ENTRY);
		if (url == null) {
			throw new IllegalStateException("org.minplan.sample has no " + TACHENG_ENTRY + ": check its build.properties");
		}
		return url;
	}

	/**
	 * @return the bundled Tacheng plan as a file: the bundle's own file when the bundle is a folder, else a
	 *         copy extracted from the jar (Equinox's cache in OSGi, a temporary file outside)
	 */
	public static Path tachengPath() {
		URL url = tachengUrl();
		try {
			URL file = FrameworkUtil.getBundle(SamplePlans.class) != null ? FileLocator.toFileURL(url) : url;
			if ("file".equals(file.getProtocol())) {
				return Path.of(file.toURI());
			}
			Path copy = Files.createTempFile("tacheng-2021-2025-", "." + PlanStore.EXTENSION);
			copy.toFile().deleteOnExit();
			try (InputStream in = url.openStream()) {
				Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			}
			return copy;
		} catch (IOException e) {
			throw new UncheckedIOException("cannot extract " + url, e);
		} catch (URISyntaxException e) {
			throw new IllegalStateException("not a file URL: " + url, e);
		}
	}

	/**
	 * Loads the bundled Tacheng plan into a new resource set of the store.
	 *
	 * @throws PlanFileException when the bundled file cannot be read (a build error)
	 */
	public static Plan loadTacheng(PlanStore store) throws PlanFileException {
		return store.load(tachengPath());
	}

	/**
	 * Builds the Tacheng plan afresh from the bundled seed tables.
	 *
	 * @param scale 1 for the sample as bundled, more for a synthetic plan that many times larger
	 * @throws UncheckedIOException when the bundled tables cannot be read (a build error)
	 */
	public static Plan build(int scale) {
		try {
			return TachengSampleBuilder.fromBundle().scale(scale).build().plan();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
