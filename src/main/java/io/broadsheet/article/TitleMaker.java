package io.broadsheet.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Makes headline-length titles and short summaries out of an article's opening text. */
public final class TitleMaker {
    /** Longest title, in characters, ellipsis included. */
    public static final int TITLE_LENGTH = 100;
    /** Longest summary, in characters, ellipsis included. */
    public static final int SUMMARY_LENGTH = 300;

    /**
     * A sentence end: not after a short capitalised word, which is more often an abbreviation ("Dr.", "Rt.",
     * "Hon.") than the last word of a sentence. Words are read whole from their first letter, possessively: read
     * from each of its letters, a word of a hundred thousand letters took minutes.
     */
    static final Pattern SENTENCE_END = Pattern.compile(
            "(?:(?<!\\p{L})\\p{Ll}{2,}+|(?<!\\p{L})\\p{L}{4,}+|\\p{N}|[)\"”»])[.!?…](?=\\s+\\p{Lu}|$)");
    private static final Pattern TRAILING = Pattern.compile("[\\s\\p{Punct}–—«»„“”‘’]+$");
    private static final Pattern TRAILING_KEEP = Pattern.compile("[!?]$");

    private TitleMaker() {}

    /**
     * A title from the opening text: its first sentence when that fits, otherwise the text cut at a word boundary
     * with an ellipsis. Trailing punctuation other than {@code ?} and {@code !} is dropped.
     */
    public static String title(String text) {
        String t = Features.collapse(text);
        Matcher end = SENTENCE_END.matcher(t);
        String first = end.find() ? t.substring(0, end.end()) : t;
        return cut(first, TITLE_LENGTH, true);
    }

    /** A summary: the opening text, cut after whole sentences or, failing that, at a word boundary. */
    public static String summary(String text) {
        String t = Features.collapse(text);
        if (t.length() <= SUMMARY_LENGTH) return t;
        Matcher end = SENTENCE_END.matcher(t);
        int cut = -1;
        while (end.find() && end.end() <= SUMMARY_LENGTH) cut = end.end();
        return cut > 0 ? t.substring(0, cut) : cut(t, SUMMARY_LENGTH, false);
    }

    private static String cut(String t, int max, boolean tidyEnd) {
        if (t.length() <= max) {
            return tidyEnd && !TRAILING_KEEP.matcher(t).find() ? TRAILING.matcher(t).replaceAll("") : t;
        }
        int limit = max - 1;
        int space = t.lastIndexOf(' ', limit);
        // A single word longer than the limit is cut inside, at a code point boundary.
        String head = space > 0 ? t.substring(0, space) : t.substring(0, t.offsetByCodePoints(0,
                t.codePointCount(0, limit)));
        return dropDanglingWords(TRAILING.matcher(head).replaceAll("")) + "…";
    }

    /** A cut title should not end on "of" or "the": drop short function words left hanging before the ellipsis. */
    private static String dropDanglingWords(String head) {
        String out = head;
        while (true) {
            int space = out.lastIndexOf(' ');
            if (space <= 0) return out;
            String last = out.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
            if (last.length() > 4 || !isFunctionWord(last)) return out;
            out = TRAILING.matcher(out.substring(0, space)).replaceAll("");
        }
    }

    private static boolean isFunctionWord(String word) {
        for (String language : Lexicon.LANGUAGES) if (Lexicon.forLanguage(language).isStopword(word)) return true;
        return false;
    }
}
