package org.minplan.report.plan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.minplan.core.i18n.Texts;
import org.minplan.model.EnvironmentalZone;
import org.minplan.model.Plan;
import org.minplan.report.ReportDocument.Cell;
import org.minplan.validation.support.ElementLabels;

/**
 * 专栏22 矿山地质环境治理分布区一览表: the mine geological-environment zones; 编号 and 分级 merged over the
 * zones of one group, 治理任务 over consecutive zones with the same tasks, as printed.
 */
public final class EnvironmentalZonesReport extends PlanTableReport {

	public EnvironmentalZonesReport() {
		super("plan.zl22", "专栏22");
	}

	@Override
	protected void build(Plan plan, TableBuilder table, Texts texts) {
		table.wide();
		table.headerKeys("zl22.number", "zl22.grade", "zl22.zone", "zl22.mines", "zl22.hazards", "zl22.tasks");
		List<EnvironmentalZone> zones = plan.getEnvironmentalZones();
		for (int i = 0; i < zones.size(); i++) {
			EnvironmentalZone zone = zones.get(i);
			List<Cell> row = new ArrayList<>();
			if (i == 0 || !sameGroup(zones.get(i - 1), zone)) {
				int span = 1;
				while (i + span < zones.size() && sameGroup(zones.get(i + span), zone)) {
					span++;
				}
				row.add(TableBuilder.text(zone.getGroupNumber()).span(1, span));
				String grade = zone.getGrade() == null ? "" : ElementLabels.literal(zone.getGrade()).text(texts.locale());
				row.add(TableBuilder.text(grade).span(1, span));
			}
			row.add(TableBuilder.text(zone.getName()));
			row.add(TableBuilder.text(zone.getMainMines()));
			row.add(TableBuilder.text(zone.getHazards()));
			if (i == 0 || !sameTasks(zones.get(i - 1), zone)) {
				int span = 1;
				while (i + span < zones.size() && sameTasks(zones.get(i + span), zone)) {
					span++;
				}
				row.add(TableBuilder.text(zone.getTasks()).span(1, span));
			}
			table.row(row);
		}
	}

	private static boolean sameGroup(EnvironmentalZone a, EnvironmentalZone b) {
		return Objects.equals(a.getGroupNumber(), b.getGroupNumber()) && a.getGrade() == b.getGrade();
	}

	/** Tasks merge only inside a group, as the printed cells do. */
	private static boolean sameTasks(EnvironmentalZone a, EnvironmentalZone b) {
		return sameGroup(a, b) && Objects.equals(a.getTasks(), b.getTasks());
	}
}
