/**
 * The canonical layout of .vmig files (Xtext's formatter API).
 */
package org.vmmig.dsl.formatting2;
