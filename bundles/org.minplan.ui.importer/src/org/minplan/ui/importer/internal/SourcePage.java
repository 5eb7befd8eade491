package org.minplan.ui.importer.internal;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.minplan.core.geometry.Crs;
import org.minplan.importer.County;
import org.minplan.importer.ReaderRegistry;
import org.minplan.importer.read.SubmissionReader;

/**
 * First page of the import wizard: the submission file, the county that submitted it (guessed from the file
 * name when it names the county or its code), and overrides of the encoding and the coordinate system for
 * files that declare them wrongly or not at all.
 */
public final class SourcePage extends WizardPage {

	private static final List<Charset> ENCODINGS = List.of(Charset.forName("UTF-8"), Charset.forName("GBK"),
			Charset.forName("GB18030"));

	private final List<County> counties;
	private final ReaderRegistry readers;
	private final Path startFolder;
	private final List<Crs> systems = new ArrayList<>();

	private Text fileText;
	private Combo countyCombo;
	private Combo encodingCombo;
	private Combo crsCombo;

	SourcePage(List<County> counties, ReaderRegistry readers, Path startFolder) {
		super("source");
		this.counties = counties;
		this.readers = readers;
		this.startFolder = startFolder;
		setTitle(ImportTexts.get("source.title"));
		setDescription(ImportTexts.get("source.description"));
		systems.add(Crs.lonLat());
		for (int zone = 26; zone <= 30; zone++) {
			systems.add(Crs.gaussKrueger3(zone, true));
			systems.add(Crs.gaussKrueger3(zone, false));
		}
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

		new Label(page, SWT.NONE).setText(ImportTexts.get("source.file"));
		fileText = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(fileText);
		fileText.addListener(SWT.Modify, e -> {
			guessCounty();
			validate();
		});
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(ImportTexts.get("source.browse"));
		browse.addListener(SWT.Selection, e -> browse());

		new Label(page, SWT.NONE).setText(ImportTexts.get("source.county"));
		countyCombo = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (County county : counties) {
			countyCombo.add(county.displayName(Locale.getDefault()) + "（" + county.code() + "）");
		}
		countyCombo.addListener(SWT.Selection, e -> validate());
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(countyCombo);

		new Label(page, SWT.NONE).setText(ImportTexts.get("source.encoding"));
		encodingCombo = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
		encodingCombo.add(ImportTexts.get("source.encoding.auto"));
		ENCODINGS.forEach(c -> encodingCombo.add(c.name()));
		encodingCombo.select(0);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(encodingCombo);

		new Label(page, SWT.NONE).setText(ImportTexts.get("source.crs"));
		crsCombo = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
		crsCombo.add(ImportTexts.get("source.crs.declared"));
		systems.forEach(c -> crsCombo.add(c.label(Locale.getDefault()) + " · EPSG:" + c.epsg()));
		crsCombo.select(0);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(crsCombo);

		setControl(page);
		if (counties.isEmpty()) {
			setErrorMessage(ImportTexts.get("source.counties.none"));
		}
		setPageComplete(false);
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText(ImportTexts.get("source.fileDialog"));
		TreeSet<String> extensions = new TreeSet<>();
		for (SubmissionReader reader : readers.readers()) {
			extensions.addAll(reader.extensions());
		}
		String all = String.join(";", extensions.stream().map(e -> "*." + e).toList());
		List<String> filters = new ArrayList<>();
		filters.add(all);
		extensions.forEach(e -> filters.add("*." + e));
		filters.add("*.*");
		dialog.setFilterExtensions(filters.toArray(String[]::new));
		String current = fileText.getText().trim();
		dialog.setFilterPath(current.isEmpty() ? startFolder.toString() : Path.of(current).toAbsolutePath().getParent().toString());
		String chosen = dialog.open();
		if (chosen != null) {
			fileText.setText(chosen);
		}
	}

	/** Chooses the county whose code or name the file name contains, when none is chosen yet. */
	private void guessCounty() {
		if (countyCombo.getSelectionIndex() >= 0) {
			return;
		}
		String name = Path.of(fileText.getText().trim()).getFileName() == null ? ""
				: Path.of(fileText.getText().trim()).getFileName().toString();
		for (int i = 0; i < counties.size(); i++) {
			County county = counties.get(i);
			if (name.contains(county.code()) || name.contains(county.name())
					|| county.nameEn() != null && name.toLowerCase(Locale.ROOT).contains(county.nameEn().toLowerCase(Locale.ROOT))) {
				countyCombo.select(i);
				return;
			}
		}
	}

	private void validate() {
		String error = null;
		String file = fileText.getText().trim();
		if (counties.isEmpty()) {
			error = ImportTexts.get("source.counties.none");
		} else if (file.isEmpty()) {
			error = ImportTexts.get("source.error.noFile");
		} else if (!Files.isRegularFile(Path.of(file))) {
			error = ImportTexts.get("source.error.missing", file);
		} else if (countyCombo.getSelectionIndex() < 0) {
			error = ImportTexts.get("source.error.noCounty");
		}
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	/** @return the file chosen */
	public Path file() {
		return Path.of(fileText.getText().trim());
	}

	/** Types a file name, as the user would. */
	public void setFile(Path file) {
		fileText.setText(file.toString());
	}

	/** @return the county chosen */
	public Optional<County> county() {
		int index = countyCombo.getSelectionIndex();
		return index < 0 ? Optional.empty() : Optional.of(counties.get(index));
	}

	/** Chooses a county by its code, as the user would in the list. */
	public void selectCounty(String code) {
		for (int i = 0; i < counties.size(); i++) {
			if (counties.get(i).code().equals(code)) {
				countyCombo.select(i);
			}
		}
		validate();
	}

	/** @return the encoding chosen, or null to detect it */
	public Charset encoding() {
		int index = encodingCombo.getSelectionIndex();
		return index <= 0 ? null : ENCODINGS.get(index - 1);
	}

	/** @return the coordinate system chosen (EPSG), or 0 to use what the file declares */
	public int epsg() {
		int index = crsCombo.getSelectionIndex();
		return index <= 0 ? 0 : systems.get(index - 1).epsg();
	}
}
