package org.minplan.ui.viewers;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.minplan.model.edit.PlanLabels;
import org.minplan.model.provider.MinplanEditPlugin;
import org.minplan.ui.UiTexts;

/**
 * Labels and icons of plan elements: texts from {@link PlanLabels} (the same everywhere in the workbench),
 * icons from the item providers, turned into SWT images that are disposed with the viewer.
 */
public class PlanLabelProvider extends LabelProvider {

	private final ComposedAdapterFactory adapterFactory;
	private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());

	public PlanLabelProvider(ComposedAdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		if (element instanceof FeatureGroup group) {
			return PlanLabels.featureName(group.feature()) + " (" + group.elements().size() + ")";
		}
		if (element instanceof CountyGroup countyGroup) {
			return countyGroup.county() == null ? UiTexts.get("explorer.noCounty") : PlanLabels.text(countyGroup.county());
		}
		if (element instanceof EObject eObject) {
			return PlanLabels.text(eObject);
		}
		IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		return provider == null ? String.valueOf(element) : provider.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		Object emfImage;
		if (element instanceof FeatureGroup group) {
			emfImage = MinplanEditPlugin.INSTANCE.getImage("full/obj16/" + group.feature().getEReferenceType().getName());
		} else if (element instanceof CountyGroup) {
			emfImage = MinplanEditPlugin.INSTANCE.getImage("full/obj16/AdministrativeDivision");
		} else {
			IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
			emfImage = provider == null ? null : provider.getImage(element);
		}
		return toSwt(emfImage);
	}

	private Image toSwt(Object emfImage) {
		if (emfImage instanceof URL url) {
			return images.create(ImageDescriptor.createFromURL(url));
		}
		if (emfImage instanceof org.eclipse.emf.edit.provider.ComposedImage composed) {
			List<Object> parts = composed.getImages();
			return parts.isEmpty() ? null : toSwt(parts.get(0));
		}
		return null;
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}
}
