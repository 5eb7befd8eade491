package org.minplan.core.geometry;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.minplan.core.i18n.Texts;

/**
 * One problem (or notable fact) found in a geometry or in coordinate text: what it is, where it is, and
 * the values the message names. Validation rules decide how severe each {@link Code} is.
 *
 * @param code      what was found
 * @param location  where, in the geometry's own {@link Crs}; empty when it concerns the whole geometry
 * @param arguments the values of the message placeholders, already formatted for display
 */
public record GeometryFinding(Code code, Optional<Coordinate> location, List<String> arguments) {

	/** What a finding is about. The names are stable: validation rules and reports key on them. */
	public enum Code {
		/** The last vertex of a ring differs from the first (拐点未闭合). */
		RING_NOT_CLOSED,
		/** The ring was not closed and the first vertex was appended to close it. */
		RING_AUTO_CLOSED,
		/** Fewer than 3 distinct vertices: no area can be formed. */
		TOO_FEW_VERTICES,
		/** A ring's boundary crosses or touches itself (自相交); location = the crossing point. */
		SELF_INTERSECTION,
		/** Another topology error reported by JTS (e.g. a hole outside its shell). */
		INVALID_GEOMETRY,
		/** The geometry's centre lies in another 3° zone than its Gauss–Krüger system's (带号不符). */
		WRONG_ZONE,
		/** The geometry's centre is in the zone, but a vertex lies beyond the zone's edge (跨带). */
		CROSSES_ZONE_BOUNDARY,
		/** An easting's zone prefix differs from the system's zone. */
		ZONE_PREFIX_MISMATCH,
		/** The system has zone prefixes but an easting has none. */
		ZONE_PREFIX_MISSING,
		/** The system has no zone prefix but an easting carries one. */
		ZONE_PREFIX_UNEXPECTED,
		/** A vertex lies outside China's extent (longitude 73°–136°E, latitude 3°–54°N). */
		OUT_OF_EXTENT,
		/** The coordinate text gave easting before northing (or latitude before longitude); read swapped. */
		AXIS_ORDER_SWAPPED,
		/** The values do not tell which number is which; the convention was assumed. */
		AXIS_ORDER_AMBIGUOUS
	}

	public GeometryFinding {
		location = location.map(Coordinate::copy);
		arguments = List.copyOf(arguments);
	}

	/** A finding without location. */
	static GeometryFinding of(Code code, String... arguments) {
		return new GeometryFinding(code, Optional.empty(), List.of(arguments));
	}

	/** A finding at a coordinate. */
	static GeometryFinding at(Coordinate location, Code code, String... arguments) {
		return new GeometryFinding(code, Optional.of(location), List.of(arguments));
	}

	/** @return the location (copied: {@link Coordinate} is mutable) */
	@Override
	public Optional<Coordinate> location() {
		return location.map(Coordinate::copy);
	}

	/** @return the text shown to the user, e.g. "the boundary crosses itself at X=…, Y=…" */
	public String message(Locale locale) {
		return Texts.of(GeometryFinding.class, locale).get("finding." + code.name(), arguments.toArray());
	}
}
