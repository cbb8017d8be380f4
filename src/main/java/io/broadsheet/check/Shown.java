package io.broadsheet.check;

/** Makes text from the site safe to print on a terminal: a page may hold any characters in its links. */
final class Shown {
    private Shown() {}

    static String quoted(String text) {
        return "\"" + safe(text) + "\"";
    }

    /** Control characters (which could move the cursor or recolour the terminal) become {@code \\uXXXX}. */
    static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
