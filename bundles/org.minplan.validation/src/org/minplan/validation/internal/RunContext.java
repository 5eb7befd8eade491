package org.minplan.validation.internal;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.EObject;
import org.locationtech.jts.geom.Geometry;
import org.minplan.core.geometry.CrsTransformer;
import org.minplan.model.Plan;
import org.minplan.validation.Finding;
import org.minplan.validation.Message;
import org.minplan.validation.PlanSpace;
import org.minplan.validation.QuickFix;
import org.minplan.validation.Rule;
import org.minplan.validation.RuleContext;
import org.minplan.validation.RuleParameter;
import org.minplan.validation.RuleSettings;
import org.minplan.validation.Severity;
import org.minplan.validation.support.ElementLabels;

/** The {@link RuleContext} of one rule in one run. */
final class RunContext implements RuleContext {

	/** Elements between two looks at the cancel flag. */
	private static final int CANCEL_CHECK_EVERY = 256;

	private final Plan plan;
	private final Rule rule;
	private final Set<EObject> targets; // null in a full run
	private final SpatialCache space;
	private final RuleSettings settings;
	private final IProgressMonitor monitor;
	private final CrsTransformer transformer;
	private final List<Finding> findings = new ArrayList<>();
	private final Map<Class<?>, Integer> checked = new HashMap<>();

	RunContext(Plan plan, Rule rule, Set<EObject> targets, SpatialCache space, RuleSettings settings,
			IProgressMonitor monitor, CrsTransformer transformer) {
		this.plan = plan;
		this.rule = rule;
		this.targets = targets;
		this.space = space;
		this.settings = settings;
		this.monitor = monitor;
		this.transformer = transformer;
	}

	List<Finding> findings() {
		return findings;
	}

	/** @return how many elements the rule was given to check (per type asked for, summed) */
	int checkedCount() {
		return checked.values().stream().mapToInt(Integer::intValue).sum();
	}

	@Override
	public Plan plan() {
		return plan;
	}

	@Override
	public boolean isFullRun() {
		return targets == null;
	}

	@Override
	public <T extends EObject> List<T> targets(Class<T> type) {
		List<T> list;
		if (targets == null) {
			list = all(type);
		} else {
			list = new ArrayList<>();
			for (EObject element : targets) {
				if (type.isInstance(element) && PlanContents.contains(plan, element)) {
					list.add(type.cast(element));
				}
			}
		}
		checked.put(type, list.size());
		return new CancellableList<>(list);
	}

	@Override
	public boolean isTarget(EObject element) {
		return targets == null ? PlanContents.contains(plan, element) : targets.contains(element);
	}

	@Override
	public <T extends EObject> List<T> all(Class<T> type) {
		return PlanContents.all(plan, type);
	}

	@Override
	public PlanSpace space() {
		return space;
	}

	@Override
	public CrsTransformer transformer() {
		return transformer;
	}

	@Override
	public BigDecimal number(String parameterKey) {
		RuleParameter parameter = parameter(parameterKey);
		return RuleParameter.parseNumber(value(parameter)).orElseGet(() -> new BigDecimal(parameter.defaultValue()));
	}

	@Override
	public String text(String parameterKey) {
		return value(parameter(parameterKey));
	}

	private String value(RuleParameter parameter) {
		return settings.parameter(rule.id(), parameter.key()).filter(parameter::accepts)
				.orElse(parameter.defaultValue());
	}

	private RuleParameter parameter(String key) {
		return rule.parameters().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow(
				() -> new IllegalArgumentException("Rule " + rule.id() + " has no parameter " + key));
	}

	@Override
	public String label(EObject element) {
		return ElementLabels.label(element);
	}

	@Override
	public void checkCanceled() {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	@Override
	public FindingBuilder finding(String key, Object... arguments) {
		return new Builder(key, arguments);
	}

	private final class Builder implements FindingBuilder {
		private final String key;
		private final Object[] arguments;
		private final List<EObject> elements = new ArrayList<>();
		private Geometry location;
		private Severity severity;
		private QuickFix fix;
		private boolean reported;

		Builder(String key, Object[] arguments) {
			this.key = key;
			this.arguments = arguments.clone();
		}

		@Override
		public FindingBuilder on(EObject... concerned) {
			return on(Arrays.asList(concerned));
		}

		@Override
		public FindingBuilder on(List<? extends EObject> concerned) {
			elements.addAll(concerned);
			return this;
		}

		@Override
		public FindingBuilder at(Geometry where) {
			location = where;
			return this;
		}

		@Override
		public FindingBuilder severity(Severity s) {
			severity = s;
			return this;
		}

		@Override
		public FindingBuilder fix(QuickFix f) {
			fix = f;
			return this;
		}

		@Override
		public void report() {
			if (reported) {
				throw new IllegalStateException("finding " + key + " reported twice");
			}
			reported = true;
			Severity effective = settings.severity(rule.id())
					.orElse(severity != null ? severity : rule.defaultSeverity());
			List<String> labels = elements.stream().map(ElementLabels::label).toList();
			findings.add(new Finding(rule.id(), effective, elements, labels,
					new Message(rule.getClass(), rule.id() + "." + key, Arrays.asList(arguments)), location, fix));
		}
	}

	/** A read-only view that looks at the cancel flag every few elements. */
	private final class CancellableList<T> extends AbstractList<T> {
		private final List<T> list;

		CancellableList(Collection<T> list) {
			this.list = list instanceof List<T> l ? l : new ArrayList<>(list);
		}

		@Override
		public T get(int index) {
			if (index % CANCEL_CHECK_EVERY == 0) {
				checkCanceled();
			}
			return list.get(index);
		}

		@Override
		public int size() {
			return list.size();
		}
	}
}
