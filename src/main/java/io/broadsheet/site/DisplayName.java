package io.broadsheet.site;

/**
 * Makes untrusted text, such as a dump's file name, safe to print on a terminal: control characters become
 * visible escapes instead of moving the cursor or changing colours.
 */
final class DisplayName {
    private DisplayName() {}

    static String of(String text) {
        // Nearly every name is printable as it is: a large archive has a hundred thousand of them.
        if (text.codePoints().noneMatch(DisplayName::needsEscape)) return text;
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

    private static boolean needsEscape(int c) {
        return Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x202E;
    }
}
