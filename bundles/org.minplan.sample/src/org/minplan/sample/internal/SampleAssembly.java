package org.minplan.sample.internal;

import java.io.IOException;

import org.minplan.model.Plan;
import org.minplan.sample.SampleBuild;

/** Runs the sections of the sample builder in the order their references need. */
public final class SampleAssembly {

	private static final String TITLE = "《新疆维吾尔自治区塔城地区矿产资源总体规划(2021—2025年)》";

	private final SampleContext context;

	public SampleAssembly(Plan plan, SeedTables tables, int scale) {
		this.context = new SampleContext(plan, tables, scale);
	}

	public SampleBuild build() throws IOException {
		Plan plan = context.plan();
		context.identify(plan, "plan" + (context.scale() > 1 ? "/scale-" + context.scale() : ""));
		plan.setName(TITLE);
		plan.setRegion("塔城地区");
		plan.setRegionCode("654200");
		plan.setIssuer("新疆维吾尔自治区塔城地区行署");
		plan.setIssued("二〇二二年十月");
		plan.setSynthetic(false);
		years(plan);

		Geography geography = new Geography(context);
		geography.build();
		new CatalogueSection(context).build();
		TablesSection tables = new TablesSection(context);
		tables.build();
		Layout layout = new Layout(tables.layoutUnits());
		new IndicatorSection(context).build();
		Placer placer = new Placer(context.transformer(), geography.factory());
		ZoneSection zones = new ZoneSection(context, geography, placer, layout);
		zones.build();
		new BlockSection(context, geography, placer, zones, layout).build();
		new MineSection(context, geography, placer).build();
		new PitSection(context, geography, placer, zones).build();
		new StatementSection(context).build();
		return new SampleBuild(plan, context.unresolved());
	}

	/** Base year, period and outlook year from the running text (statements.tsv, seed line 74). */
	private void years(Plan plan) throws IOException {
		for (Row row : context.tables().table("statements.tsv").rows()) {
			switch (row.cell("id")) {
			case "plan.base_year" -> plan.setBaseYear(row.integer("value"));
			case "plan.period.start" -> plan.setStartYear(row.integer("value"));
			case "plan.period.end" -> plan.setEndYear(row.integer("value"));
			case "plan.outlook_year" -> plan.setOutlookYear(row.integer("value"));
			default -> {
				// other statements become PrintedStatements
			}
			}
		}
		if (plan.getBaseYear() == 0 || plan.getStartYear() == 0 || plan.getEndYear() == 0 || plan.getOutlookYear() == 0) {
			throw new SeedFormatException("statements.tsv: expected rows plan.base_year, plan.period.start, "
					+ "plan.period.end and plan.outlook_year");
		}
	}
}
