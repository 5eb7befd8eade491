/**
 * Helpers for rule writers: model geometries as JTS ({@link org.minplan.core.geometry.Shapes}), printed
 * numbers and Chinese units ({@link org.minplan.validation.support.Quantities}), mineral names
 * ({@link org.minplan.validation.support.Minerals}) and localised labels for messages
 * ({@link org.minplan.validation.support.ElementLabels}).
 */
package org.minplan.validation.support;
