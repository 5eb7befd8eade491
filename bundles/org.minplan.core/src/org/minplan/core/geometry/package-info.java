/**
 * Geometry and coordinate reference service (几何与坐标服务) of a Chinese mineral resources master plan
 * (矿产资源总体规划).
 * <ul>
 * <li>{@link org.minplan.core.geometry.Crs} — the CGCS2000 systems plans use: longitude/latitude
 * (EPSG:4490) and 3° Gauss–Krüger zones with or without zone prefix (EPSG:4513–4554).</li>
 * <li>{@link org.minplan.core.geometry.CrsTransformer} — JTS coordinates and geometries from one system to
 * another (proj4j).</li>
 * <li>{@link org.minplan.core.geometry.AreaCalculator} — area in m², km², hectares, and length.</li>
 * <li>{@link org.minplan.core.geometry.CoordinateText} — the corner-point text counties submit (拐点坐标
 * {@code "X1,Y1;X2,Y2;…"}), read with precise errors ({@link org.minplan.core.geometry.CoordinateFormatException})
 * and written back; {@link org.minplan.core.geometry.PolygonBuilder} makes a closed polygon of it.</li>
 * <li>{@link org.minplan.core.geometry.GeometryChecks} — closed ring, enough vertices, self-intersection,
 * zone and extent, as {@link org.minplan.core.geometry.GeometryFinding}s for validation rules.</li>
 * </ul>
 * Axis order everywhere in this API: x = easting or longitude, y = northing or latitude (as JTS and
 * proj4j). The surveying convention X = northing, Y = easting belongs to coordinate text only.
 * Geometries carry no system of their own: every method takes the {@code Crs} they are in.
 */
package org.minplan.core.geometry;
