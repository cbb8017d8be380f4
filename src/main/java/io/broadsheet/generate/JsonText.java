package io.broadsheet.generate;

import java.util.List;

/** Writes the few JSON shapes a sidecar needs, with fields in a fixed order so the bytes never vary. */
final class JsonText {
    private JsonText() {}

    static void appendString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append("\\u");
                        String hex = Integer.toHexString(c);
                        out.append("0000", hex.length(), 4).append(hex);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    static void appendArray(StringBuilder out, List<String> items) {
        out.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) out.append(", ");
            appendString(out, items.get(i));
        }
        out.append(']');
    }
}
