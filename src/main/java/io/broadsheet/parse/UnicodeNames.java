package io.broadsheet.parse;

import java.util.Locale;

/**
 * Resolves the name in a {@code \N{...}} escape the way CPython 3.11 does (Unicode 14).
 *
 * <p>Java's {@link Character#codePointOf} is close but not the same, so it is wrapped:
 * <ul>
 *   <li>Java trims whitespace and accepts any case of non-ASCII letters; Python compares ASCII only, untrimmed.</li>
 *   <li>Java invents names for unnamed code points ({@code "CJK UNIFIED IDEOGRAPHS 4E00"}); Python does not.
 *       Python's own algorithmic names ({@code CJK UNIFIED IDEOGRAPH-4E00}, {@code HANGUL SYLLABLE GA}) are
 *       computed here instead, upper case only, as CPython does.</li>
 *   <li>Java accepts Unicode 1.0 names with a parenthesis ({@code "LINE FEED (LF)"}); Python does not.</li>
 *   <li>Python also accepts the formal aliases ({@code BOM}, {@code LF}) and names added in Unicode 14;
 *       those are in {@link PythonOnlyNames}.</li>
 * </ul>
 */
final class UnicodeNames {
    private static final String CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";
    private static final String HANGUL_PREFIX = "HANGUL SYLLABLE ";
    private static final String[] HANGUL_L = {
        "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
    private static final String[] HANGUL_V = {
        "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
        "YU", "EU", "YI", "I"};
    private static final String[] HANGUL_T = {
        "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS",
        "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    private UnicodeNames() {}

    /** The code point named {@code name}, or -1 if Python would not know it. */
    static int lookup(String name) {
        if (name.isEmpty() || !isPrintableAscii(name)) return -1;
        if (name.startsWith(CJK_PREFIX)) return cjkIdeograph(name.substring(CJK_PREFIX.length()));
        if (name.startsWith(HANGUL_PREFIX)) return hangulSyllable(name.substring(HANGUL_PREFIX.length()));
        String upper = name.toUpperCase(Locale.ROOT);
        int fromTable = PythonOnlyNames.lookup(upper);
        if (fromTable >= 0) return fromTable;
        if (!upper.equals(upper.strip()) || upper.indexOf('(') >= 0) return -1;
        int cp;
        try {
            cp = Character.codePointOf(upper);
        } catch (IllegalArgumentException unknown) {
            return -1;
        }
        return upper.equals(javaFallbackName(cp)) ? -1 : cp;
    }

    private static boolean isPrintableAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E) return false;
        }
        return true;
    }

    /** The name Java makes up for a code point that has none; Python has no such names. */
    private static String javaFallbackName(int cp) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        if (block == null) return null;
        return block.toString().replace('_', ' ') + " " + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
    }

    private static int cjkIdeograph(String hex) {
        if (hex.length() != 4 && hex.length() != 5) return -1;
        int cp = 0;
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0) return -1;
            cp = cp * 16 + digit;
        }
        return isUnifiedIdeograph(cp) ? cp : -1;
    }

    /** The ranges CPython 3.11's {@code is_unified_ideograph} accepts (Unicode 14). */
    private static boolean isUnifiedIdeograph(int cp) {
        return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0x20000 && cp <= 0x2A6DF) || (cp >= 0x2A700 && cp <= 0x2B738)
                || (cp >= 0x2B740 && cp <= 0x2B81D) || (cp >= 0x2B820 && cp <= 0x2CEA1)
                || (cp >= 0x2CEB0 && cp <= 0x2EBE0) || (cp >= 0x30000 && cp <= 0x3134A);
    }

    /** CPython matches each jamo greedily, longest first, and needs the whole name consumed. */
    private static int hangulSyllable(String jamo) {
        int[] pos = {0};
        int l = longestJamo(jamo, pos, HANGUL_L);
        int v = longestJamo(jamo, pos, HANGUL_V);
        int t = longestJamo(jamo, pos, HANGUL_T);
        if (l < 0 || v < 0 || t < 0 || pos[0] != jamo.length()) return -1;
        return 0xAC00 + (l * HANGUL_V.length + v) * HANGUL_T.length + t;
    }

    private static int longestJamo(String name, int[] pos, String[] table) {
        int best = -1;
        int bestLength = -1;
        for (int i = 0; i < table.length; i++) {
            String jamo = table[i];
            if (jamo.length() > bestLength && name.startsWith(jamo, pos[0])) {
                best = i;
                bestLength = jamo.length();
            }
        }
        if (best >= 0) pos[0] += bestLength;
        return best;
    }
}
