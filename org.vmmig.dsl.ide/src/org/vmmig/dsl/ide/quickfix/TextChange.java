package org.vmmig.dsl.ide.quickfix;

/** One change of a text: replace {@code length} characters at {@code offset} with {@code text}. */
public record TextChange(int offset, int length, String text) {
}
