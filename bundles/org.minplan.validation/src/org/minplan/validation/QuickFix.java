package org.minplan.validation;

import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * A certain repair of a finding (e.g. replace the stated area by the computed one), applied as an undoable
 * EMF command on the editing domain's command stack. Offered only where the fix is certain.
 */
public interface QuickFix {

	/** @return what the fix does, e.g. "Set the stated area to 12.35 km²" */
	String label(Locale locale);

	/**
	 * Fixes of the same kind can be applied together ("fix all of this kind"), e.g. {@code
	 * integrity.statedArea.recompute}.
	 */
	String kind();

	/**
	 * @return a new command that applies the fix when executed on the domain's command stack; check
	 *         {@link Command#canExecute()} first (the model may have changed since the finding)
	 */
	Command createCommand(EditingDomain domain);

	/** @return a fix that sets one feature of one element to a value */
	static QuickFix set(String kind, LocalizedText label, EObject owner, EStructuralFeature feature, Object value) {
		return new QuickFix() {
			@Override
			public String label(Locale locale) {
				return label.text(locale);
			}

			@Override
			public String kind() {
				return kind;
			}

			@Override
			public Command createCommand(EditingDomain domain) {
				return SetCommand.create(domain, owner, feature, value);
			}
		};
	}
}
