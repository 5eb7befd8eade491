/**
 * The mineral catalogue (矿种目录) of a plan: finding the catalogue mineral a printed or submitted name means.
 */
package org.minplan.core.minerals;
