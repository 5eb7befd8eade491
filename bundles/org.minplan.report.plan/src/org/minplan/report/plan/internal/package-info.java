/**
 * The plan's numbered tables (专栏4, 5, 6, 13, 14, 17–23) as reports: each regenerates its table from the
 * model's elements in the layout the plan prints (headers, row order, merged cells, totals, decimals), notes
 * where the model differs from the printed figure, and marks values that come from synthetic elements.
 */
package org.minplan.report.plan.internal;
