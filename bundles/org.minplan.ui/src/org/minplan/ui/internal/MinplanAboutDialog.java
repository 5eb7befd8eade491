package org.minplan.ui.internal;

import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.minplan.core.MinplanVersion;
import org.minplan.ui.UiTexts;

/**
 * The About dialog: product name in Chinese and English, the exact version (with build qualifier), and
 * the facts a support request needs (Java, platform, where the log is). The facts are in a read-only
 * text field so they can be selected and copied.
 */
public class MinplanAboutDialog extends Dialog {

	private Image logo;
	private Text details;

	public MinplanAboutDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(UiTexts.get("about.title"));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(16, 8).applyTo(area);

		Label icon = new Label(area, SWT.NONE);
		Optional<Image> image = ResourceLocator.imageDescriptorFromBundle(getClass(), "icons/minplan48.png")
				.map(d -> d.createImage());
		image.ifPresent(i -> {
			logo = i;
			icon.setImage(i);
		});
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).span(1, 3).applyTo(icon);

		Label name = new Label(area, SWT.NONE);
		name.setText(MinplanVersion.PRODUCT_NAME_ZH + "  " + MinplanVersion.PRODUCT_NAME);
		name.setFont(JFaceResources.getHeaderFont());

		Label version = new Label(area, SWT.NONE);
		version.setText(UiTexts.get("about.version", MinplanVersion.full()));
		version.setData("org.minplan.test.id", "about.version");

		Label blurb = new Label(area, SWT.WRAP);
		blurb.setText(UiTexts.get("about.blurb"));
		GridDataFactory.swtDefaults().hint(480, SWT.DEFAULT).applyTo(blurb);

		details = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL);
		details.setText(UiTexts.get("about.details", System.getProperty("java.version"),
				System.getProperty("java.vendor"), Platform.getOS() + "/" + Platform.getWS() + "/" + Platform.getOSArch(),
				Platform.getInstallLocation() == null ? "-" : Platform.getInstallLocation().getURL().getPath(),
				Platform.getLogFileLocation().toOSString()));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(560, 90).applyTo(details);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
	}

	@Override
	public boolean close() {
		if (logo != null) {
			logo.dispose();
			logo = null;
		}
		return super.close();
	}
}
