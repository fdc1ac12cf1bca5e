/**
 * The workbench plug-in itself: its activator, its icons, and the one language injector every editor service
 * and command shares ({@link org.vmmig.dsl.ui.internal.VmigUiPlugin}). Not API: exported to the UI tests only.
 */
package org.vmmig.dsl.ui.internal;
