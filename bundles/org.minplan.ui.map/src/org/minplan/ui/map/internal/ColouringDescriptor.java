package org.minplan.ui.map.internal;

import org.minplan.ui.map.MapColouring;

/**
 * A conditional style as contributed to {@code org.minplan.ui.map.layers} ({@code colouring}).
 *
 * @param id          unique id, e.g. {@code org.minplan.ui.map.colouring.mineral}
 * @param name        name shown in the map's "colour by" list
 * @param contributor symbolic name of the contributing bundle
 * @param order       position in the list
 * @param colouring   the contributed implementation
 */
public record ColouringDescriptor(String id, String name, String contributor, int order, MapColouring colouring) {
}
