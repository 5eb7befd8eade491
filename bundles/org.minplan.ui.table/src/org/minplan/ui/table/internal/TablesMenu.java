package org.minplan.ui.table.internal;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.minplan.model.MinplanPackage;
import org.minplan.model.provider.MinplanEditPlugin;
import org.minplan.ui.table.CrossTableDefinition;
import org.minplan.ui.table.TableDefinition;
import org.minplan.ui.table.TableRegistry;

/** The Tables menu (表格): one item per contributed table, then the cross-tables. */
public class TablesMenu extends CompoundContributionItem {

	@Override
	protected IContributionItem[] getContributionItems() {
		List<IContributionItem> items = new ArrayList<>();
		TableRegistry registry = TableRegistry.getDefault();
		for (TableDefinition table : registry.tables()) {
			items.add(item(table.id(), table.title(), table.elementType().getName()));
		}
		items.add(new Separator());
		for (CrossTableDefinition crossTable : registry.crossTables()) {
			items.add(item(crossTable.id(), crossTable.title(),
					crossTable.list().getEReferenceType() == MinplanPackage.Literals.MINE ? "Mine"
							: crossTable.list().getEReferenceType().getName()));
		}
		return items.toArray(new IContributionItem[0]);
	}

	private static IContributionItem item(String id, String label, String iconType) {
		CommandContributionItemParameter p = new CommandContributionItemParameter(PlatformUI.getWorkbench(),
				OpenTableHandler.COMMAND_ID + "." + id, OpenTableHandler.COMMAND_ID, CommandContributionItem.STYLE_PUSH);
		p.label = label;
		p.parameters = Map.of(OpenTableHandler.PARAMETER_ID, id);
		Object image = MinplanEditPlugin.INSTANCE.getImage("full/obj16/" + iconType);
		if (image instanceof URL url) {
			p.icon = ImageDescriptor.createFromURL(url);
		}
		return new CommandContributionItem(p);
	}
}
