package io.broadsheet.site;

/**
 * Makes untrusted text, such as a dump's file name, safe to print on a terminal: control characters become
 * visible escapes instead of moving the cursor or changing colours.
 */
final class DisplayName {
    private DisplayName() {}

    static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x202E) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
