package org.minplan.ui.table.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IWorkbenchPage;
import org.minplan.ui.table.CrossTableDefinition;
import org.minplan.ui.table.TableDefinition;
import org.minplan.ui.table.TableRegistry;

/**
 * What a table view shows when opened without a table (Window ▸ Show View) or with one no longer contributed:
 * the tables and cross-tables there are, as links that open them.
 */
final class TableChooser {

	private TableChooser() {
	}

	static Composite create(Composite parent, IWorkbenchPage page, String missingId) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(12, 12).spacing(4, 6).applyTo(body);
		Label intro = new Label(body, SWT.WRAP);
		intro.setText(missingId == null ? TableTexts.get("chooser.intro") : TableTexts.get("chooser.missing", missingId));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(intro);
		for (TableDefinition table : TableRegistry.getDefault().tables()) {
			link(body, table.title(), () -> OpenTableHandler.open(page, table.id()));
		}
		new Label(body, SWT.NONE);
		for (CrossTableDefinition crossTable : TableRegistry.getDefault().crossTables()) {
			link(body, crossTable.title(), () -> OpenTableHandler.open(page, crossTable.id()));
		}
		return body;
	}

	private static void link(Composite parent, String text, Runnable open) {
		Link link = new Link(parent, SWT.NONE);
		link.setText("<a>" + text.replace("&", "&&") + "</a>");
		link.addListener(SWT.Selection, e -> open.run());
	}
}
