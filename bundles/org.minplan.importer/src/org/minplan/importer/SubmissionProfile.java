package org.minplan.importer;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a county submits its data (报送格式): the readers it uses, the headers it writes for the canonical
 * fields beyond the standard ones, the encoding of its text files and its default coordinate system.
 *
 * @param readerIds       ids of the readers accepted ({@code csv}, {@code xlsx}, {@code shapefile} …); empty =
 *                        every reader
 * @param aliases         the county's own header → canonical field
 * @param defaultEncoding encoding of CSV/DBF text when a file does not tell
 * @param defaultEpsg     coordinate system (EPSG) when a file or row does not declare one
 */
public record SubmissionProfile(Set<String> readerIds, Map<String, CanonicalField> aliases, Charset defaultEncoding,
		int defaultEpsg) {

	/** Copies the collections. */
	public SubmissionProfile {
		readerIds = Set.copyOf(readerIds);
		aliases = Map.copyOf(aliases);
	}

	/** @return a profile accepting every reader, no own aliases, GBK, longitude/latitude */
	public static SubmissionProfile standard() {
		return new SubmissionProfile(Set.of(), Map.of(), Charset.forName("GBK"), 4490);
	}

	/** @return whether files of this reader are accepted */
	public boolean accepts(String readerId) {
		return readerIds.isEmpty() || readerIds.contains(readerId);
	}

	/**
	 * @param header a column header or field name as written in a file
	 * @return the canonical field it stands for: the county's aliases first, then the standard names
	 */
	public Optional<CanonicalField> field(String header) {
		String key = CanonicalField.normalise(header);
		CanonicalField own = normalisedAliases().get(key);
		if (own != null) {
			return Optional.of(own);
		}
		return Optional.ofNullable(STANDARD.get(key));
	}

	private Map<String, CanonicalField> normalisedAliases() {
		Map<String, CanonicalField> map = new HashMap<>();
		aliases.forEach((name, field) -> map.put(CanonicalField.normalise(name), field));
		return map;
	}

	private static final Map<String, CanonicalField> STANDARD = standardNames();

	private static Map<String, CanonicalField> standardNames() {
		Map<String, CanonicalField> map = new HashMap<>();
		for (CanonicalField field : CanonicalField.values()) {
			for (String name : concat(field.header(), field.aliases())) {
				map.putIfAbsent(CanonicalField.normalise(name), field);
			}
		}
		return Map.copyOf(map);
	}

	private static List<String> concat(String first, List<String> rest) {
		List<String> all = new java.util.ArrayList<>(rest.size() + 1);
		all.add(first);
		all.addAll(rest);
		return all;
	}
}
