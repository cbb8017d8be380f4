package io.broadsheet.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random strings biased towards what breaks string literals: quotes, backslashes, controls, newlines, astral. */
final class RandomText {
    private static final String TRICKY = "'\"\\\n\r\t\0\u0007\u000b\f #[](),{}uUrRbBfFxN{}0178";

    private RandomText() {}

    static String string(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(8)) {
                case 0, 1 -> out.append(TRICKY.charAt(random.nextInt(TRICKY.length())));
                case 2 -> out.append((char) random.nextInt(0x20));
                case 3 -> out.appendCodePoint(0x10000 + random.nextInt(0x100000 - 0x10000 + 0xFFFF));
                case 4 -> out.append((char) (0xD800 + random.nextInt(0x800))); // lone surrogates are legal str
                case 5 -> out.append((char) (0x80 + random.nextInt(0xFFFF - 0x80)));
                default -> out.append((char) (0x20 + random.nextInt(0x5F)));
            }
        }
        return out.toString();
    }

    static List<String> strings(Random random, int maxItems, int maxLength) {
        int n = random.nextInt(maxItems + 1);
        List<String> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) items.add(string(random, maxLength));
        return items;
    }
}
