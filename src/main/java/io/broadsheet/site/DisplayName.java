package io.broadsheet.site;

/**
 * Makes untrusted text, such as a dump's file name, safe to print on a terminal: control characters become
 * visible escapes instead of moving the cursor or changing colours.
 */
final class DisplayName {
    private DisplayName() {}

    static String of(String text) {
        // Nearly every name is printable as it is: a large archive has a hundred thousand of them, looked at by a
        // loop (a stream of code points was a visible cost of a rebuild without the optimising compiler). Only
        // characters of the basic plane need escaping, so a surrogate half never does.
        if (!anyNeedsEscape(text)) return text;
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (needsEscape(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static boolean anyNeedsEscape(String text) {
        for (int i = 0; i < text.length(); i++) if (needsEscape(text.charAt(i))) return true;
        return false;
    }

    private static boolean needsEscape(int c) {
        return Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x202E;
    }
}
