package io.broadsheet.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Folds text for matching: lower case without diacritics, so that {@code jurgen} finds {@code Jürgen}.
 *
 * <p>{@code assets/search.js} folds queries with the same steps (lower case, canonical decomposition, combining marks
 * dropped, then the few letters that do not decompose spelled out), so a word folds the same way on both sides.
 */
public final class Folding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {}

    /** The folded form of the text. */
    public static String fold(String text) {
        Objects.requireNonNull(text, "text");
        String lower = text.toLowerCase(Locale.ROOT);
        String bare = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        if (bare.chars().allMatch(c -> c < 0x80)) return bare;
        StringBuilder out = new StringBuilder(bare.length());
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            // Letters that are not a base letter plus a mark, and so survive decomposition.
            switch (c) {
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ø' -> out.append('o');
                case 'đ', 'ð' -> out.append('d');
                case 'ł' -> out.append('l');
                case 'ı' -> out.append('i');
                case 'þ' -> out.append("th");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
