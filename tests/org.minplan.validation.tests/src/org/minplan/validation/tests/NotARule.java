package org.minplan.validation.tests;

/** Contributed as a rule in plugin.xml although it is none: the registry must skip it. */
public class NotARule {
}
