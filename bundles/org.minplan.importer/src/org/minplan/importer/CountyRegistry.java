package org.minplan.importer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.minplan.core.geometry.Crs;
import org.osgi.framework.Bundle;

/**
 * The counties known to the application: the only reader of the extension point {@value #EXTENSION_POINT}.
 * A broken contribution (missing or malformed code, a code or id already taken, an unknown alias field,
 * encoding or EPSG code) is logged with the bundle that contributed it and skipped; the other counties
 * still load. Outside OSGi (tools) counties are registered in plain Java ({@link #of}).
 */
public final class CountyRegistry {

	/** Id of the extension point county bundles contribute to. Permanent API. */
	public static final String EXTENSION_POINT = "org.minplan.county";

	private static final Pattern CODE = Pattern.compile("\\d{6}");
	private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*");

	private final List<County> counties;
	private final List<String> problems;

	private CountyRegistry(List<County> counties, List<String> problems) {
		List<County> sorted = new ArrayList<>(counties);
		sorted.sort(Comparator.comparing(County::code));
		this.counties = List.copyOf(sorted);
		this.problems = List.copyOf(problems);
	}

	/** @return a registry of these counties */
	public static CountyRegistry of(Collection<County> counties) {
		return new CountyRegistry(new ArrayList<>(counties), List.of());
	}

	/** @return the counties contributed in the running platform; empty when no platform runs */
	public static CountyRegistry fromPlatform() {
		IExtensionRegistry registry = Platform.getExtensionRegistry();
		if (registry == null) {
			return new CountyRegistry(List.of(), List.of("No extension registry: not running in OSGi"));
		}
		return fromExtensions(registry);
	}

	/** @return the counties contributed to {@value #EXTENSION_POINT}, by code */
	public static CountyRegistry fromExtensions(IExtensionRegistry registry) {
		List<County> counties = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Set<String> codes = new LinkedHashSet<>();
		Set<String> ids = new LinkedHashSet<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String bundle = element.getContributor().getName();
			try {
				County county = county(element, bundle);
				if (!codes.add(county.code())) {
					throw new IllegalArgumentException("the code " + county.code() + " is already contributed");
				}
				if (!ids.add(county.id())) {
					throw new IllegalArgumentException("the id " + county.id() + " is already contributed");
				}
				counties.add(county);
			} catch (IllegalArgumentException e) {
				String problem = "Broken county contribution from bundle " + bundle + " (code "
						+ element.getAttribute("code") + "): " + e.getMessage() + ". The county is skipped.";
				problems.add(problem);
				ILog.of(CountyRegistry.class).error(problem);
			}
		}
		return new CountyRegistry(counties, problems);
	}

	private static County county(IConfigurationElement element, String bundle) {
		String id = required(element, "id");
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException("id '" + id + "' is not a lower-case ASCII name");
		}
		String code = required(element, "code");
		if (!CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("code '" + code + "' is not a six-digit GB/T 2260 code");
		}
		String name = required(element, "name");
		String nameEn = required(element, "nameEn");
		Set<String> readers = new LinkedHashSet<>();
		for (IConfigurationElement reader : element.getChildren("reader")) {
			readers.add(required(reader, "id"));
		}
		Map<String, CanonicalField> aliases = new HashMap<>();
		for (IConfigurationElement alias : element.getChildren("alias")) {
			String field = required(alias, "field");
			aliases.put(required(alias, "name"), CanonicalField.ofId(field)
					.orElseThrow(() -> new IllegalArgumentException("alias of unknown field '" + field + "'")));
		}
		Charset encoding = Charset.forName("GBK");
		String encodingName = element.getAttribute("defaultEncoding");
		if (encodingName != null && !encodingName.isBlank()) {
			try {
				encoding = Charset.forName(encodingName.trim());
			} catch (RuntimeException e) {
				throw new IllegalArgumentException("unknown encoding '" + encodingName + "'");
			}
		}
		int epsg = 4490;
		String epsgText = element.getAttribute("defaultEpsg");
		if (epsgText != null && !epsgText.isBlank()) {
			try {
				epsg = Integer.parseInt(epsgText.trim());
			} catch (NumberFormatException e) {
				epsg = -1;
			}
			if (Crs.fromEpsg(epsg).isEmpty()) {
				throw new IllegalArgumentException("defaultEpsg '" + epsgText
						+ "' is not CGCS2000 (4490, 4513–4554)");
			}
		}
		String boundaryPath = element.getAttribute("boundary");
		boolean approximate = Boolean.parseBoolean(element.getAttribute("boundaryApproximate"));
		return new County(id, code, name, nameEn, new SubmissionProfile(readers, aliases, encoding, epsg), approximate,
				bundle, boundary(bundle, boundaryPath));
	}

	private static String required(IConfigurationElement element, String attribute) {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("attribute '" + attribute + "' of <" + element.getName() + "> is missing");
		}
		return value.trim();
	}

	/** Reads the boundary file once, when first needed; a broken file is logged and gives no boundary. */
	private static Supplier<Optional<Geometry>> boundary(String bundleName, String path) {
		if (path == null || path.isBlank()) {
			return Optional::empty;
		}
		return new Supplier<>() {
			private Optional<Geometry> geometry;

			@Override
			public synchronized Optional<Geometry> get() {
				if (geometry == null) {
					geometry = load();
				}
				return geometry;
			}

			private Optional<Geometry> load() {
				Bundle bundle = Platform.getBundle(bundleName);
				URL url = bundle == null ? null : bundle.getEntry(path.trim());
				if (url == null) {
					ILog.of(CountyRegistry.class).error("County bundle " + bundleName + ": boundary file " + path
							+ " is missing; the county has no boundary.");
					return Optional.empty();
				}
				try (InputStream in = url.openStream()) {
					return Optional.of(parseBoundary(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
				} catch (IOException | ParseException | IllegalArgumentException e) {
					ILog.of(CountyRegistry.class).error("County bundle " + bundleName + ": boundary file " + path
							+ " cannot be read: " + e.getMessage() + "; the county has no boundary.", e);
					return Optional.empty();
				}
			}
		};
	}

	/**
	 * @param text WKT, optionally as EWKT with {@code SRID=4490;}; comment lines starting with # are ignored
	 * @return the geometry in longitude/latitude (SRID 4490)
	 * @throws ParseException when the text is not WKT
	 * @throws IllegalArgumentException when the SRID is not 4490
	 */
	public static Geometry parseBoundary(String text) throws ParseException {
		StringBuilder wkt = new StringBuilder();
		for (String line : text.split("\\R")) {
			if (!line.strip().startsWith("#")) {
				wkt.append(line).append('\n');
			}
		}
		String body = wkt.toString().strip();
		int srid = 4490;
		if (body.startsWith("SRID=")) {
			int semicolon = body.indexOf(';');
			srid = Integer.parseInt(body.substring(5, semicolon).trim());
			body = body.substring(semicolon + 1);
		}
		if (srid != 4490) {
			throw new IllegalArgumentException("boundary SRID " + srid + ", expected 4490 (longitude/latitude)");
		}
		Geometry geometry = new WKTReader().read(body);
		geometry.setSRID(4490);
		return geometry;
	}

	/** @return the counties, by code */
	public List<County> counties() {
		return counties;
	}

	/** @return the county of a GB/T 2260 code, or of an id such as {@code tuoli} */
	public Optional<County> county(String codeOrId) {
		String key = codeOrId.trim();
		return counties.stream().filter(c -> c.code().equals(key) || c.id().equals(key)).findFirst();
	}

	/** @return what was wrong with skipped contributions, one sentence each */
	public List<String> problems() {
		return problems;
	}
}
