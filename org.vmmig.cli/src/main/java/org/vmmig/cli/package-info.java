/**
 * The command line ({@code vmmig validate|simulate|report|compare|calibrate|planetlab|lab}): reads the files, prints diagnostics
 * in the formats CI reads (text, JSON, SARIF, JUnit XML), runs scenarios through the one path and writes reports. Only presents; computes nothing.
 */
package org.vmmig.cli;
