package org.minplan.ui.findings;

import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** How serious a validation finding on an element is, least serious first. */
public enum FindingSeverity {
	/** A remark (提示). */
	INFO,
	/** A warning (警告). */
	WARNING,
	/** An error (错误). */
	ERROR;

	/** @return the workbench's icon of the severity (the Problems view's), shared: do not dispose */
	public Image image() {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		return images.getImage(switch (this) {
		case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
		case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
		case INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
		});
	}

	/** @return the severity of that name (ERROR, WARNING, INFO, as validation names them) */
	public static FindingSeverity named(String name) {
		return valueOf(name);
	}
}
