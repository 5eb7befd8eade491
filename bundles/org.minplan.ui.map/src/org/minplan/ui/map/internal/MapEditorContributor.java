package org.minplan.ui.map.internal;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Puts the map's coordinate read-out in the status line while a map editor is active. */
public class MapEditorContributor extends EditorActionBarContributor {

	private final CoordinateReadout readout = new CoordinateReadout();

	@Override
	public void contributeToStatusLine(IStatusLineManager statusLine) {
		statusLine.add(readout);
	}

	/** @return the read-out of the active map */
	public CoordinateReadout readout() {
		return readout;
	}
}
