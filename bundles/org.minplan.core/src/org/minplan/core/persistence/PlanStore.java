package org.minplan.core.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.minplan.model.MinplanPackage;
import org.minplan.model.Plan;

/**
 * Reads and writes plans as {@code .minplan} files (XMI, UTF-8, elements referenced by their UUID).
 * <p>
 * Saving is atomic (see {@link AtomicFileWriter}): a failure mid-way leaves the previous file intact.
 * Loading reports damaged files, files that are not plans and files from a newer format with a
 * {@link PlanFileException} naming the file, line and column; the file is never modified by loading.
 */
public final class PlanStore {

	/** File name extension of plan files. */
	public static final String EXTENSION = "minplan";

	/** Format this version writes. Files of the same major version can be read. */
	public static final String FORMAT_VERSION = "1.0";

	private static final String NS_PREFIX = "http://minplan.org/model/plan/";
	private static final Pattern NS_VERSION = Pattern.compile(Pattern.quote(NS_PREFIX) + "(\\d+)\\.(\\d+)");

	/**
	 * Namespace-aware parsers for loading. EMF's fast handler ({@code OPTION_USE_DEPRECATED_METHODS} false)
	 * needs the prefix mappings only such parsers report: without the pool no file loads ("Package with uri
	 * 'null' not found"). The pool is thread-safe and passes on our parser features. It also pools the
	 * handlers, which EMF resets on release; without that, a pooled parser keeps the last handler and with
	 * it the last plan loaded (a whole plan's memory after the user closed it).
	 */
	private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);

	private final AtomicFileWriter writer;

	/** A store with the normal atomic writer. */
	public PlanStore() {
		this(new AtomicFileWriter());
	}

	/** A store writing through the given writer (tests use one whose rename fails). */
	public PlanStore(AtomicFileWriter writer) {
		this.writer = writer;
		MinplanPackage.eINSTANCE.eClass(); // registers the package when running outside OSGi
	}

	/** @return a resource set that reads and writes .minplan files with this store's options */
	public ResourceSet newResourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new PlanResourceFactory());
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				new PlanResourceFactory());
		set.getPackageRegistry().put(MinplanPackage.eNS_URI, MinplanPackage.eINSTANCE);
		set.getLoadOptions().putAll(loadOptions());
		return set;
	}

	/** @return a new empty resource for a plan file at {@code file}, in a new resource set */
	public Resource createResource(Path file) {
		return newResourceSet().createResource(uri(file));
	}

	/**
	 * Loads the plan of a file into a new resource set.
	 *
	 * @throws PlanFileException with file, line and what was expected when the file cannot be used
	 */
	public Plan load(Path file) throws PlanFileException {
		return load(file, newResourceSet());
	}

	/** Loads the plan of a file into the given resource set (e.g. the editing domain's). */
	public Plan load(Path file, ResourceSet set) throws PlanFileException {
		Path absolute = file.toAbsolutePath();
		try {
			if (Files.size(absolute) == 0) {
				throw new PlanFileException(absolute, PlanFileException.Reason.CORRUPT, 0, 0, "load.empty",
						new Object[] { absolute }, null);
			}
		} catch (NoSuchFileException e) {
			throw new PlanFileException(absolute, PlanFileException.Reason.UNREADABLE, 0, 0, "load.unreadable",
					new Object[] { absolute, "no such file" }, e);
		} catch (IOException e) {
			throw new PlanFileException(absolute, PlanFileException.Reason.UNREADABLE, 0, 0, "load.unreadable",
					new Object[] { absolute, e.getMessage() }, e);
		}
		Resource resource = set.createResource(uri(absolute));
		try {
			resource.load(loadOptions());
		} catch (IOException | RuntimeException e) {
			set.getResources().remove(resource);
			throw translate(absolute, resource, e);
		}
		if (!resource.getErrors().isEmpty()) {
			set.getResources().remove(resource);
			throw translate(absolute, resource, null);
		}
		List<EObject> contents = resource.getContents();
		if (contents.isEmpty() || !(contents.get(0) instanceof Plan plan)) {
			set.getResources().remove(resource);
			String found = contents.isEmpty() ? "nothing" : contents.get(0).eClass().getName();
			throw new PlanFileException(absolute, PlanFileException.Reason.NOT_A_PLAN, 0, 0, "load.notAPlan",
					new Object[] { absolute, found }, null);
		}
		String version = plan.getFormatVersion();
		if (version != null && majorOf(version) > majorOf(FORMAT_VERSION)) {
			set.getResources().remove(resource);
			throw new PlanFileException(absolute, PlanFileException.Reason.NEWER_FORMAT, 0, 0, "load.newerFormat",
					new Object[] { absolute, version, FORMAT_VERSION }, null);
		}
		return plan;
	}

	/**
	 * Saves a plan to a file atomically: either the whole new plan is on disk afterwards, or (on failure)
	 * the file still holds what it held before.
	 */
	public void save(Plan plan, Path file) throws IOException {
		PlanIds.assignMissing(plan);
		Resource resource = plan.eResource();
		XMLResource xml;
		if (resource instanceof XMLResource existing) {
			xml = existing;
		} else {
			xml = (XMLResource) createResource(file);
			xml.getContents().add(plan);
		}
		Map<Object, Object> options = saveOptions();
		writer.write(file, out -> xml.save(out, options));
		if (resource instanceof XMLResource) {
			resource.setModified(false);
		}
	}

	private PlanFileException translate(Path file, Resource resource, Throwable thrown) {
		Throwable cause = thrown;
		if (cause instanceof Resource.IOWrappedException wrapped && wrapped.getCause() != null) {
			cause = wrapped.getCause();
		}
		if (cause == null && !resource.getErrors().isEmpty()) {
			Resource.Diagnostic first = resource.getErrors().get(0);
			cause = first instanceof Throwable t ? t : null;
			if (cause == null) {
				return new PlanFileException(file, PlanFileException.Reason.CORRUPT, first.getLine(), first.getColumn(),
						"load.corrupt", new Object[] { file, first.getLine(), first.getColumn(), first.getMessage() },
						null);
			}
		}
		if (cause instanceof PackageNotFoundException missing) {
			Matcher m = NS_VERSION.matcher(String.valueOf(missing.uri()));
			if (m.matches() && Integer.parseInt(m.group(1)) * 1000 + Integer.parseInt(m.group(2)) > 1000) {
				String version = m.group(1) + "." + m.group(2);
				return new PlanFileException(file, PlanFileException.Reason.NEWER_FORMAT, missing.getLine(),
						missing.getColumn(), "load.newerNamespace", new Object[] { file, version, FORMAT_VERSION },
						missing);
			}
		}
		if (cause instanceof XMIException located) {
			return new PlanFileException(file, PlanFileException.Reason.CORRUPT, located.getLine(), located.getColumn(),
					"load.corrupt", new Object[] { file, located.getLine(), located.getColumn(), clean(located) },
					located);
		}
		if (cause instanceof org.xml.sax.SAXParseException sax) {
			return new PlanFileException(file, PlanFileException.Reason.CORRUPT, sax.getLineNumber(),
					sax.getColumnNumber(), "load.corrupt",
					new Object[] { file, sax.getLineNumber(), sax.getColumnNumber(), sax.getMessage() }, sax);
		}
		String message = cause == null ? "unknown error" : String.valueOf(cause.getMessage());
		return new PlanFileException(file, PlanFileException.Reason.CORRUPT, 0, 0, "load.corruptNoLine",
				new Object[] { file, message }, cause);
	}

	/** EMF appends "(uri, line, column)" to its messages; we print the location ourselves. */
	private static String clean(XMIException e) {
		String message = String.valueOf(e.getMessage());
		int at = message.lastIndexOf(" (");
		return at > 0 && message.endsWith(")") ? message.substring(0, at) : message;
	}

	private static int majorOf(String version) {
		try {
			return Integer.parseInt(version.trim().split("\\.")[0]);
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	private static URI uri(Path file) {
		return URI.createFileURI(file.toAbsolutePath().toString());
	}

	static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
		// Hostile files: no DTDs, no external entities.
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		return options;
	}

	static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(120));
		options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new java.util.ArrayList<>());
		// no OPTION_CONFIGURATION_CACHE: EMF's global cache keeps the output buffer of the last save for the
		// life of the application (65 MB after saving the 100x sample plan, a 42 MB file)
		options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		return options;
	}

	/** Creates XMI resources that index elements by their id for fast reference resolution. */
	static final class PlanResourceFactory extends XMIResourceFactoryImpl {
		@Override
		public Resource createResource(URI uri) {
			XMIResourceImpl resource = new XMIResourceImpl(uri);
			resource.setIntrinsicIDToEObjectMap(new HashMap<>());
			resource.setEncoding("UTF-8");
			return resource;
		}
	}
}
