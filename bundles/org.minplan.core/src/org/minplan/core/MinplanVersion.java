package org.minplan.core;

import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * The version of the workbench as users see it: in the About dialog, in {@code minplan --version}
 * and in the header of every generated report.
 * <p>
 * The version is the one of this bundle, so the build qualifier (a timestamp) tells two builds of
 * the same release apart.
 */
public final class MinplanVersion {

	/** Product name in English, used where no translation applies (log lines, file headers). */
	public static final String PRODUCT_NAME = "Mineral Plan Workbench";

	/** Product name in Chinese (矿产资源总体规划工作台). */
	public static final String PRODUCT_NAME_ZH = "矿产资源总体规划工作台";

	private MinplanVersion() {
	}

	/**
	 * @return the full version, e.g. {@code 0.1.0.202611290412}; {@code 0.0.0.dev} when the class is
	 *         loaded outside OSGi (plain unit test classpath)
	 */
	public static String full() {
		return bundleVersion().map(Version::toString).orElse("0.0.0.dev");
	}

	/** @return the release part of the version without qualifier, e.g. {@code 0.1.0} */
	public static String release() {
		return bundleVersion().map(v -> v.getMajor() + "." + v.getMinor() + "." + v.getMicro()).orElse("0.0.0");
	}

	private static Optional<Version> bundleVersion() {
		Bundle bundle = FrameworkUtil.getBundle(MinplanVersion.class);
		return Optional.ofNullable(bundle).map(Bundle::getVersion);
	}
}
