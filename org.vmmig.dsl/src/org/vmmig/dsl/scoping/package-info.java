/**
 * How names resolve: every reference names a top-level element of the file or of the files it imports (only local files a model may name).
 */
package org.vmmig.dsl.scoping;
