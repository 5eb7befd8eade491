/**
 * Helpers for rule writers: model geometries as JTS ({@link org.minplan.validation.support.Shapes}), printed
 * numbers and Chinese units ({@link org.minplan.validation.support.Quantities}), mineral names
 * ({@link org.minplan.validation.support.Minerals}) and localised labels for messages
 * ({@link org.minplan.validation.support.ElementLabels}).
 */
package org.minplan.validation.support;
