package org.minplan.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.minplan.importer.read.SubmissionReader;

/**
 * The submission readers known to the application: the only reader of the extension point
 * {@value #EXTENSION_POINT} (the CSV and XLSX readers of this bundle, the GIS readers of
 * {@code org.minplan.importer.gis}, any other contributed). A contribution whose class cannot be created,
 * is not a {@link SubmissionReader}, disagrees with plugin.xml about its id, or reuses an id, is logged
 * with its bundle and skipped.
 */
public final class ReaderRegistry {

	/** Id of the extension point readers are contributed to. Permanent API. */
	public static final String EXTENSION_POINT = "org.minplan.importer.readers";

	private final Map<String, SubmissionReader> readers;
	private final List<String> problems;

	private ReaderRegistry(Map<String, SubmissionReader> readers, List<String> problems) {
		this.readers = readers;
		this.problems = List.copyOf(problems);
	}

	/** @return a registry of these readers (tests, tools outside OSGi) */
	public static ReaderRegistry of(Collection<? extends SubmissionReader> readers) {
		Map<String, SubmissionReader> map = new LinkedHashMap<>();
		readers.forEach(r -> map.put(r.id(), r));
		return new ReaderRegistry(map, List.of());
	}

	/** @return the readers contributed in the running platform */
	public static ReaderRegistry fromPlatform() {
		IExtensionRegistry registry = Platform.getExtensionRegistry();
		if (registry == null) {
			return new ReaderRegistry(Map.of(), List.of("No extension registry: not running in OSGi"));
		}
		Map<String, SubmissionReader> map = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String id = element.getAttribute("id");
			String problem;
			try {
				Object created = element.createExecutableExtension("class");
				if (!(created instanceof SubmissionReader reader)) {
					problem = "class " + element.getAttribute("class") + " does not implement "
							+ SubmissionReader.class.getName();
				} else if (!reader.id().equals(id)) {
					problem = "plugin.xml names it '" + id + "' but the class says '" + reader.id() + "'";
				} else if (map.containsKey(id)) {
					problem = "the reader id is already taken";
				} else {
					map.put(id, reader);
					continue;
				}
			} catch (CoreException | RuntimeException | LinkageError e) {
				problem = "class " + element.getAttribute("class") + " cannot be created: " + e.getMessage();
			}
			String message = "Broken submission reader contribution from bundle " + element.getContributor().getName()
					+ " (reader " + id + "): " + problem + ". The reader is skipped.";
			problems.add(message);
			ILog.of(ReaderRegistry.class).error(message);
		}
		return new ReaderRegistry(map, problems);
	}

	/** @return every reader, in contribution order */
	public List<SubmissionReader> readers() {
		return List.copyOf(readers.values());
	}

	/** @return the reader of an id */
	public Optional<SubmissionReader> reader(String id) {
		return Optional.ofNullable(readers.get(id));
	}

	/**
	 * @param file     a submission file
	 * @param accepted reader ids the county accepts; empty = all
	 * @return the first reader that opens files with this file's ending and is accepted
	 */
	public Optional<SubmissionReader> readerFor(Path file, Set<String> accepted) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		for (SubmissionReader reader : readers.values()) {
			if (!accepted.isEmpty() && !accepted.contains(reader.id())) {
				continue;
			}
			for (String extension : reader.extensions()) {
				if (name.endsWith("." + extension)) {
					return Optional.of(reader);
				}
			}
		}
		return Optional.empty();
	}

	/** @return what was wrong with skipped contributions */
	public List<String> problems() {
		return problems;
	}
}
