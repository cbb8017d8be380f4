package io.broadsheet.generate;

import java.util.List;

/**
 * Writes strings and lists of strings exactly as CPython's {@code repr} does, so that generated dumps look like
 * real ones down to the choice of quote and the escaping of invisible characters.
 */
final class PythonRepr {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PythonRepr() {}

    /** {@code str(list)} of the given strings. */
    static String list(List<String> items) {
        int size = 2;
        for (String item : items) size += item.length() + 4;
        StringBuilder out = new StringBuilder(size + size / 16);
        out.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) out.append(", ");
            appendString(out, items.get(i));
        }
        return out.append(']').toString();
    }

    /** {@code repr(s)}: single quotes unless the text holds a single quote and no double quote. */
    static void appendString(StringBuilder out, String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        out.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                out.append('\\').append((char) cp);
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp >= 0x20 && cp < 0x7f) {
                out.append((char) cp);
            } else if (isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp < 0x100) {
                out.append("\\x").append(HEX[cp >> 4]).append(HEX[cp & 0xf]);
            } else if (cp < 0x10000) {
                out.append("\\u");
                appendHex(out, cp, 4);
            } else {
                out.append("\\U");
                appendHex(out, cp, 8);
            }
        }
        out.append(quote);
    }

    /**
     * Python's {@code str.isprintable} for one non-ASCII code point: everything but the "Other" and "Separator"
     * categories. Java's Unicode tables may be a version apart from Python's; the generator only emits characters
     * whose category has been stable for decades.
     */
    static boolean isPrintable(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    private static void appendHex(StringBuilder out, int value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out.append(HEX[(value >> shift) & 0xf]);
    }
}
