package org.minplan.ui.map.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.locationtech.jts.geom.Envelope;

/**
 * 导出地图: asks for the format (PNG or SVG), the scale 1:N, the area (what is on screen, or the whole plan), the
 * resolution of a PNG and the file, showing the size of the result as the choices change.
 */
public final class ExportDialog extends TitleAreaDialog {

	/** What the user chose. */
	public record Choice(boolean svg, MapExport.Spec spec, Path file) {
	}

	private static final String[] SCALES = { "50000", "100000", "200000", "250000", "500000", "1000000", "1500000",
			"2000000", "3000000" };

	private final Envelope view;
	private final Envelope plan;
	private final double currentDenominator;
	private final String title;
	private Button png;
	private Combo scale;
	private Button wholePlan;
	private Spinner dpi;
	private Text file;
	private Label size;
	private Choice choice;

	private final int legendWidth;

	public ExportDialog(Shell shell, Envelope view, Envelope plan, double currentDenominator, String title,
			int legendWidth) {
		super(shell);
		this.legendWidth = legendWidth;
		this.view = view;
		this.plan = plan;
		this.currentDenominator = currentDenominator;
		this.title = title;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(MapTexts.get("export.title"));
		setMessage(MapTexts.get("export.message"));
		getShell().setText(MapTexts.get("export.title"));
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).margins(12, 8).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

		new Label(body, SWT.NONE).setText(MapTexts.get("export.format"));
		Composite formats = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(formats);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(formats);
		png = new Button(formats, SWT.RADIO);
		png.setText("PNG");
		png.setSelection(true);
		Button svg = new Button(formats, SWT.RADIO);
		svg.setText("SVG");

		new Label(body, SWT.NONE).setText(MapTexts.get("export.scale"));
		scale = new Combo(body, SWT.DROP_DOWN);
		scale.setItems(SCALES);
		scale.setText(String.valueOf(roundScale(currentDenominator)));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(scale);

		new Label(body, SWT.NONE).setText(MapTexts.get("export.extent"));
		Composite extents = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(extents);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(extents);
		Button current = new Button(extents, SWT.RADIO);
		current.setText(MapTexts.get("export.currentView"));
		current.setSelection(true);
		wholePlan = new Button(extents, SWT.RADIO);
		wholePlan.setText(MapTexts.get("export.wholePlan"));

		new Label(body, SWT.NONE).setText(MapTexts.get("export.dpi"));
		dpi = new Spinner(body, SWT.BORDER);
		dpi.setValues(150, 72, 600, 0, 50, 100);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(dpi);

		new Label(body, SWT.NONE).setText(MapTexts.get("export.file"));
		file = new Text(body, SWT.BORDER);
		file.setText(Path.of(System.getProperty("user.home"), "map.png").toString());
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(file);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(MapTexts.get("export.browse"));
		browse.addListener(SWT.Selection, e -> browse());

		size = new Label(body, SWT.NONE);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(size);

		for (Control c : new Control[] { png, svg, current, wholePlan }) {
			c.addListener(SWT.Selection, e -> update());
		}
		scale.addListener(SWT.Modify, e -> update());
		dpi.addListener(SWT.Modify, e -> update());
		file.addListener(SWT.Modify, e -> update());
		update();
		return area;
	}

	private static long roundScale(double denominator) {
		double power = Math.pow(10, Math.floor(Math.log10(denominator)) - 1);
		return Math.round(denominator / power) * (long) power;
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { png.getSelection() ? "*.png" : "*.svg" });
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	private Optional<Double> denominator() {
		try {
			double n = Double.parseDouble(scale.getText().replace(" ", "").replace(",", "").replace("1:", ""));
			return n >= 1000 && n <= 50_000_000 ? Optional.of(n) : Optional.empty();
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	private void update() {
		boolean isPng = png.getSelection();
		dpi.setEnabled(isPng);
		String path = file.getText();
		String wanted = isPng ? ".png" : ".svg";
		String other = isPng ? ".svg" : ".png";
		if (path.toLowerCase(Locale.ROOT).endsWith(other)) {
			file.setText(path.substring(0, path.length() - 4) + wanted);
			return;
		}
		Optional<Double> n = denominator();
		Button ok = getButton(IDialogConstants.OK_ID);
		if (n.isEmpty()) {
			setErrorMessage(MapTexts.get("export.badScale"));
			size.setText("");
			if (ok != null) {
				ok.setEnabled(false);
			}
			return;
		}
		MapExport.Spec spec = spec(n.get());
		Point pixels = isPng ? spec.pixels() : spec.sheetSize();
		boolean tooLarge = pixels.x > MapExport.MAX_PIXELS || pixels.y > MapExport.MAX_PIXELS;
		size.setText(MapTexts.get(isPng ? "export.sizePng" : "export.sizeSvg", pixels.x, pixels.y,
				String.format(Locale.ROOT, "%.1f × %.1f", spec.sheetSize().x * 0.254 / 9.6,
						spec.sheetSize().y * 0.254 / 9.6)));
		setErrorMessage(tooLarge ? MapTexts.get("export.tooLarge", pixels.x, pixels.y, MapExport.MAX_PIXELS)
				: path.isBlank() ? MapTexts.get("export.noFile") : null);
		if (ok != null) {
			ok.setEnabled(!tooLarge && !path.isBlank());
		}
	}

	private MapExport.Spec spec(double n) {
		return new MapExport.Spec(wholePlan.getSelection() ? plan : view, n, dpi.getSelection(), title, legendWidth);
	}

	@Override
	protected void okPressed() {
		Optional<Double> n = denominator();
		if (n.isEmpty()) {
			return;
		}
		choice = new Choice(!png.getSelection(), spec(n.get()), Path.of(file.getText()));
		super.okPressed();
	}

	/** @return the choice, once OK was pressed */
	public Optional<Choice> choice() {
		return Optional.ofNullable(choice);
	}
}
