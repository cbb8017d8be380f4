package io.broadsheet.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits text into the folded words the index is made of.
 *
 * <p>A word is a run of letters and digits; anything else, apostrophes included, separates words, so that
 * {@code l'homme}, {@code d'Alembert} and {@code Ukraine's} give {@code homme}, {@code alembert} and
 * {@code ukraine}. One-letter words are dropped (they are the elided articles and possessive endings of the
 * languages the archive holds, and would only bloat the index), except in scripts written without spaces, where
 * each ideograph or syllable is a word of its own. {@code assets/search.js} splits queries by the same rules.
 */
public final class Tokenizer {
    private Tokenizer() {}

    /**
     * The words of a text, folded, in order.
     *
     * @param text     any text
     * @param language the BCP 47 tag of its language; in Chinese, Japanese and Korean text each character is a word,
     *                 which characters of those scripts also are in text of any other language
     */
    public static List<String> words(String text, String language) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        String folded = Folding.fold(text);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); ) {
            int c = i < folded.length() ? folded.codePointAt(i) : ' ';
            int width = Character.charCount(c);
            if (unspaced(c)) {
                end(folded, start, i, words);
                start = -1;
                words.add(new String(Character.toChars(c)));
            } else if (Character.isLetterOrDigit(c)) {
                if (start < 0) start = i;
            } else {
                end(folded, start, i, words);
                start = -1;
            }
            i += width;
        }
        return words;
    }

    /**
     * The other spellings under which an article's words are indexed, by the conventions of its language, in the
     * order of {@link #words}: in German text, {@code ä}, {@code ö} and {@code ü} are also written {@code ae},
     * {@code oe} and {@code ue} (so {@code mueller} finds {@code Müller}, as {@code muller} does), and words without
     * those letters have no other spelling. Empty for other languages.
     */
    public static List<String> variants(String text, String language) {
        Objects.requireNonNull(text, "text");
        if (!isGerman(Objects.requireNonNull(language, "language"))) return List.of();
        List<String> plain = words(text, language);
        List<String> spelled = words(spellUmlauts(text), language);
        List<String> variants = new ArrayList<>();
        // Spelling an umlaut out keeps every word boundary, so the two lists pair up word by word.
        for (int i = 0; i < Math.min(plain.size(), spelled.size()); i++) {
            if (!plain.get(i).equals(spelled.get(i))) variants.add(spelled.get(i));
        }
        return variants;
    }

    private static boolean isGerman(String language) {
        return language.equals("de") || language.startsWith("de-") || language.equals("gsw")
                || language.startsWith("gsw-");
    }

    private static String spellUmlauts(String text) {
        return text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue");
    }

    private static void end(String text, int start, int end, List<String> words) {
        if (start < 0) return;
        String word = text.substring(start, end);
        if (word.codePointCount(0, word.length()) > 1 || Character.isDigit(word.codePointAt(0))) words.add(word);
    }

    /**
     * The first code point of the scripts {@link #unspaced} names (Thai's block); every character of a text is asked,
     * and most are below it, where looking the script up in the JDK's table would only say no.
     */
    static final int FIRST_UNSPACED = 0x0E00;

    /** Whether the character is of a script written without spaces between words. */
    static boolean unspaced(int c) {
        if (c < FIRST_UNSPACED) return false;
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.THAI;
    }
}
