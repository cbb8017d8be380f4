package io.broadsheet.parse;

import java.util.List;

/**
 * Python's {@code repr(str)} and {@code str(list)}, rewritten from the CPython rules so the tests can produce
 * dumps the way the scraper did, independently of the parser.
 */
final class PythonRepr {
    private PythonRepr() {}

    /** {@code str(list_of_str)}: {@code '['} + {@code ', '.join(map(repr, items))} + {@code ']'}. */
    static String list(List<String> items) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) out.append(", ");
            out.append(repr(items.get(i)));
        }
        return out.append(']').toString();
    }

    /**
     * CPython picks single quotes unless the text has a single quote and no double quote; it escapes the quote
     * it picked, backslash, tab, newline, carriage return, and every non-printable character.
     */
    static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') out.append('\\').appendCodePoint(cp);
            else if (cp == '\t') out.append("\\t");
            else if (cp == '\n') out.append("\\n");
            else if (cp == '\r') out.append("\\r");
            else if (cp < 0x20 || cp == 0x7F) out.append(String.format("\\x%02x", cp));
            else if (cp < 0x7F || isPrintable(cp)) out.appendCodePoint(cp);
            else if (cp <= 0xFF) out.append(String.format("\\x%02x", cp));
            else if (cp <= 0xFFFF) out.append(String.format("\\u%04x", cp));
            else out.append(String.format("\\U%08x", cp));
        }
        return out.append(quote).toString();
    }

    /** Python's {@code str.isprintable} per character: not Other (C*) and not a separator other than space. */
    private static boolean isPrintable(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> {
                return false;
            }
            case Character.SPACE_SEPARATOR -> {
                return cp == ' ';
            }
            default -> {
                return true;
            }
        }
    }
}
