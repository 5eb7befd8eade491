/**
 * The map diagram editor's extension API (地图编辑器扩展接口).
 * <ul>
 * <li>{@link org.minplan.ui.map.MapLayerProvider} — a layer: which plan elements it draws, their
 * {@link org.minplan.ui.map.MapStyle}, labels and {@link org.minplan.ui.map.LegendEntry legend}; contributed
 * through the extension point {@code org.minplan.ui.map.layers} ({@code layer}).</li>
 * <li>{@link org.minplan.ui.map.MapColouring} — a conditional style that recolours elements by a property;
 * contributed through the same extension point ({@code colouring}).</li>
 * <li>{@link org.minplan.ui.findings.ElementFindings} — the hook validation implements (as an OSGi service) to put
 * badges on elements with findings and to colour by {@link org.minplan.ui.findings.FindingSeverity}.</li>
 * <li>{@link org.minplan.ui.map.MapEditors} — opens the map and the layout diagram.</li>
 * </ul>
 */
package org.minplan.ui.map;
