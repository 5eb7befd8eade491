package org.minplan.ui.map.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.minplan.ui.map.internal.render.MapContent;

/**
 * 图层: the map's layers, top layer first — a check box shows or hides a layer (hidden layers are neither drawn
 * nor clickable), the arrows move the selected layer up or down the drawing order, the slider sets its opacity.
 */
public final class LayersPanel {

	private final Composite body;
	private final Table table;
	private final Button up;
	private final Button down;
	private final Scale opacity;
	private final Label opacityLabel;
	private final Runnable changed;
	private MapContent content;

	/** @param changed told after the user changed a layer (visibility, order, opacity) */
	public LayersPanel(Composite parent, Runnable changed) {
		this.changed = changed;
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).spacing(4, 4).applyTo(body);
		Label title = new Label(body, SWT.NONE);
		title.setText(MapTexts.get("layers.title"));
		GridDataFactory.fillDefaults().span(2, 1).applyTo(title);

		table = new Table(body, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		TableColumn name = new TableColumn(table, SWT.LEFT);
		name.setText(MapTexts.get("layers.name"));
		name.setWidth(138);
		TableColumn count = new TableColumn(table, SWT.RIGHT);
		count.setText(MapTexts.get("layers.count"));
		count.setWidth(46);
		TableColumn alpha = new TableColumn(table, SWT.RIGHT);
		alpha.setText(MapTexts.get("layers.opacity"));
		alpha.setWidth(46);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table);

		up = new Button(body, SWT.PUSH);
		up.setText(MapTexts.get("layers.up"));
		up.setToolTipText(MapTexts.get("layers.upTip"));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(up);
		down = new Button(body, SWT.PUSH);
		down.setText(MapTexts.get("layers.down"));
		down.setToolTipText(MapTexts.get("layers.downTip"));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(down);

		opacityLabel = new Label(body, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(opacityLabel);
		opacity = new Scale(body, SWT.HORIZONTAL);
		opacity.setMinimum(0);
		opacity.setMaximum(100);
		opacity.setIncrement(5);
		opacity.setPageIncrement(10);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(opacity);

		table.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK && e.item instanceof TableItem item
					&& item.getData() instanceof MapContent.Layer layer) {
				layer.setVisible(item.getChecked());
				changed.run();
			}
			updateControls();
		});
		up.addListener(SWT.Selection, e -> move(+1));
		down.addListener(SWT.Selection, e -> move(-1));
		opacity.addListener(SWT.Selection, e -> selectedLayer().ifPresent(layer -> {
			layer.setOpacity(opacity.getSelection());
			refreshItems();
			changed.run();
		}));
	}

	/** @return the panel's control */
	public Composite control() {
		return body;
	}

	/** @return the table of layers (top first) */
	public Table table() {
		return table;
	}

	/** Shows the layers of {@code next}. */
	public void setContent(MapContent next) {
		this.content = next;
		refreshItems();
		updateControls();
	}

	/** Updates names, counts, check marks and opacities. */
	public void refreshItems() {
		MapContent.Layer selected = selectedLayer().orElse(null);
		table.removeAll();
		if (content == null) {
			return;
		}
		List<MapContent.Layer> layers = new ArrayList<>(content.layers());
		java.util.Collections.reverse(layers);
		for (MapContent.Layer layer : layers) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { layer.descriptor().name(), String.valueOf(layer.features().size()),
					layer.opacity() + "%" });
			item.setChecked(layer.visible());
			item.setData(layer);
			if (layer == selected) {
				table.setSelection(item);
			}
		}
	}

	private java.util.Optional<MapContent.Layer> selectedLayer() {
		TableItem[] items = table.getSelection();
		return items.length == 1 && items[0].getData() instanceof MapContent.Layer layer ? java.util.Optional.of(layer)
				: java.util.Optional.empty();
	}

	private void updateControls() {
		java.util.Optional<MapContent.Layer> layer = selectedLayer();
		up.setEnabled(layer.isPresent());
		down.setEnabled(layer.isPresent());
		opacity.setEnabled(layer.isPresent());
		opacity.setSelection(layer.map(MapContent.Layer::opacity).orElse(100));
		opacityLabel.setText(layer.map(l -> MapTexts.get("layers.opacityOf", l.descriptor().name(), l.opacity()))
				.orElse(MapTexts.get("layers.pick")));
		body.layout(true);
	}

	/** Moves the selected layer {@code steps} places up (positive) the drawing order. */
	private void move(int steps) {
		selectedLayer().ifPresent(layer -> {
			int index = content.layers().indexOf(layer);
			content.move(layer, index + steps);
			refreshItems();
			updateControls();
			changed.run();
		});
	}
}
