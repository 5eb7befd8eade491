package org.minplan.importer;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.locationtech.jts.geom.Geometry;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Plan;

/**
 * A county-level unit (县级行政区) contributed by a county bundle through {@code org.minplan.county}.
 *
 * @param id                  short permanent name, e.g. {@code tuoli}; its rules are {@code county.tuoli.*}
 * @param code                GB/T 2260 code, e.g. 654224
 * @param name                Chinese name, e.g. 托里县
 * @param nameEn              English name, e.g. Tuoli Xian
 * @param profile             how the county submits its data
 * @param boundaryApproximate whether the boundary is an approximation (e.g. derived from the sample plan)
 * @param bundle              symbolic name of the contributing bundle (for messages and logs)
 * @param boundarySource      reads the boundary when first asked (longitude/latitude, SRID 4490), or gives
 *                            empty when there is none or it cannot be read (logged)
 */
public record County(String id, String code, String name, String nameEn, SubmissionProfile profile,
		boolean boundaryApproximate, String bundle, Supplier<Optional<Geometry>> boundarySource) {

	/** @return the boundary in CGCS2000 longitude/latitude (EPSG:4490), if the county bundle has one */
	public Optional<Geometry> boundary() {
		return boundarySource.get();
	}

	/** @return the prefix of the ids of this county's own validation rules, e.g. {@code county.tuoli.} */
	public String rulePrefix() {
		return "county." + id + ".";
	}

	/** @return the name in the user's language: Chinese for Chinese, else English */
	public String displayName(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? name : nameEn;
	}

	/** @return the plan's administrative division with this county's code, if the plan has it */
	public Optional<AdministrativeDivision> division(Plan plan) {
		return plan.getDivisions().stream().filter(d -> code.equals(d.getCode() == null ? null : d.getCode().trim()))
				.findFirst();
	}
}
