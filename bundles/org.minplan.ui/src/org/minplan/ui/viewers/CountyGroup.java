package org.minplan.ui.viewers;

import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Plan;

/**
 * A county folder in the plan tree when the explorer groups by county; {@code county} is {@code null} for the
 * folder of elements without a county.
 */
public record CountyGroup(Plan plan, AdministrativeDivision county) {
}
