package io.broadsheet.article;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Guesses the language of a text from the share of each language's stop words in it: function words are the
 * most frequent words of any prose, so a few hundred words are enough, and no model has to be loaded.
 */
public final class LanguageGuesser {
    /** The tag for a text whose language cannot be told. */
    public static final String UNDETERMINED = "und";

    private static final int MIN_HITS = 3;
    /**
     * For each stop word of any language, the languages it belongs to as bits in {@link Lexicon#LANGUAGES} order:
     * one lookup per word of the text instead of one per word and language.
     */
    private static final Map<String, Integer> LANGUAGES_OF_STOPWORD = languagesOfStopword();

    private LanguageGuesser() {}

    /**
     * The BCP 47 tag of the language whose stop words cover most words of the texts, or {@link #UNDETERMINED}
     * when too few words are stop words of any language. A word is a run of letters ({@link Character#isLetter}).
     */
    public static String guess(List<String> texts) {
        int[] hits = new int[Lexicon.LANGUAGES.size()];
        for (String text : texts) {
            int n = text.length();
            int i = 0;
            while (i < n) {
                int c = text.codePointAt(i);
                if (!Character.isLetter(c)) {
                    i += Character.charCount(c);
                    continue;
                }
                int start = i;
                do {
                    i += Character.charCount(c);
                } while (i < n && Character.isLetter(c = text.codePointAt(i)));
                Integer languages = LANGUAGES_OF_STOPWORD.get(text.substring(start, i).toLowerCase(Locale.ROOT));
                if (languages == null) continue;
                for (int bits = languages; bits != 0; bits &= bits - 1) hits[Integer.numberOfTrailingZeros(bits)]++;
            }
        }
        int best = 0;
        for (int i = 1; i < hits.length; i++) if (hits[i] > hits[best]) best = i;
        return hits[best] < MIN_HITS ? UNDETERMINED : Lexicon.LANGUAGES.get(best);
    }

    private static Map<String, Integer> languagesOfStopword() {
        Map<String, Integer> languages = new HashMap<>();
        for (int i = 0; i < Lexicon.LANGUAGES.size(); i++) {
            int bit = 1 << i;
            for (String word : Lexicon.forLanguage(Lexicon.LANGUAGES.get(i)).stopwords()) {
                languages.merge(word, bit, (a, b) -> a | b);
            }
        }
        return Map.copyOf(languages);
    }
}
