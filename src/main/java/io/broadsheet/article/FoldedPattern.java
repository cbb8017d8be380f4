package io.broadsheet.article;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code (?iu)} word-list pattern that matches the way Java's case-insensitive matching does, only faster: it
 * runs a case-sensitive copy of the pattern over the text lowercased once, instead of folding every character at
 * every position the regex engine tries (which made these lists most of the classifier's time).
 *
 * <p>The two agree character for character when each character of the text lowercases to one character that
 * folds the way Java's {@code UNICODE_CASE} comparison does ({@code toLowerCase(toUpperCase(c)) ==
 * toLowerCase(c)}) and does not turn an ASCII word character out of a non-ASCII one. Texts holding a character
 * that does not ("İ", "ı", "ſ", the Kelvin sign) are matched with the original pattern, so the answer is always
 * the original's. Matches on a lowered text have the same indices as in the original text.
 */
final class FoldedPattern {
    /** {@link Lexicon#FURNITURE}. */
    static final FoldedPattern FURNITURE = of(Lexicon.FURNITURE);
    /** {@link Lexicon#ABOUT}. */
    static final FoldedPattern ABOUT = of(Lexicon.ABOUT);
    /** {@link Lexicon#READER_PITCH}. */
    static final FoldedPattern READER_PITCH = of(Lexicon.READER_PITCH);
    /** {@link Lexicon#TEASER}. */
    static final FoldedPattern TEASER = of(Lexicon.TEASER);
    /** {@link Lexicon#APPEAL}. */
    static final FoldedPattern APPEAL = of(Lexicon.APPEAL);
    /** {@link Lexicon#CREDIT}. */
    static final FoldedPattern CREDIT = of(Lexicon.CREDIT);

    private final Pattern insensitive;
    private final WordList lower;

    private FoldedPattern(Pattern insensitive, WordList lower) {
        this.insensitive = insensitive;
        this.lower = lower;
    }

    /**
     * The fast twin of a pattern written as {@code (?iu)} followed by lowercase words; letters in escapes such as
     * {@code \p{L}} or {@code \S} are left as they are.
     */
    static FoldedPattern of(Pattern caseInsensitive) {
        String regex = caseInsensitive.pattern();
        if (!regex.startsWith("(?iu)")) throw new IllegalArgumentException("not a (?iu) pattern: " + regex);
        String body = regex.substring("(?iu)".length());
        String words = body.replaceAll("\\\\p\\{\\w+\\}|\\\\[A-Za-z]", "");
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (Character.toLowerCase(Character.toUpperCase(c)) != c) {
                throw new IllegalArgumentException("not a lowercase word list at '" + c + "': " + regex);
            }
        }
        return new FoldedPattern(caseInsensitive, WordList.of(body));
    }

    /**
     * The text lowercased character by character, or {@code null} when a character in it would make the
     * lowercase pattern answer differently from the case-insensitive one.
     */
    static String lower(String text) {
        int n = text.length();
        char[] out = null;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char l;
            if (c < 0x80) {
                l = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else if (Character.isSurrogate(c)) {
                // Characters outside the BMP: emoji and the like have no case; the few cased scripts take the
                // slow path rather than have their pairs split.
                int cp = text.codePointAt(i);
                if (Character.toLowerCase(cp) != cp || Character.toUpperCase(cp) != cp) return null;
                l = c;
            } else {
                l = Character.toLowerCase(c);
                if (Character.toLowerCase(Character.toUpperCase(c)) != l || l < 0x80) return null;
            }
            if (l != c && out == null) out = text.toCharArray();
            if (out != null) out[i] = l;
        }
        return out == null ? text : new String(out);
    }

    /**
     * The first match in the text as {start, end}, or {@code null}; {@code lowered} is the text's {@link #lower
     * lowered} form, computed once for several patterns, or {@code null} when the text needs the original pattern.
     */
    int[] first(String text, String lowered) {
        Objects.requireNonNull(text, "text");
        if (lowered != null) return lower.first(lowered);
        Matcher m = insensitive.matcher(text);
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }

    /** Whether the pattern occurs in the text. */
    boolean find(String text) {
        return find(text, lower(text));
    }

    /** Whether the pattern occurs in a text given with its {@link #lower lowered} form. */
    boolean find(String text, String lowered) {
        Objects.requireNonNull(text, "text");
        return lowered == null ? insensitive.matcher(text).find() : lower.find(lowered);
    }

    /** How many times the pattern occurs in a text given with its {@link #lower lowered} form. */
    int count(String text, String lowered) {
        Objects.requireNonNull(text, "text");
        if (lowered != null) return lower.count(lowered);
        Matcher m = insensitive.matcher(text);
        int c = 0;
        while (m.find()) c++;
        return c;
    }
}
