package io.broadsheet.article;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the language of a text from the share of each language's stop words in it: function words are the
 * most frequent words of any prose, so a few hundred words are enough, and no model has to be loaded.
 */
public final class LanguageGuesser {
    /** The tag for a text whose language cannot be told. */
    public static final String UNDETERMINED = "und";

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int MIN_HITS = 3;
    /** The lexicons in {@link Lexicon#LANGUAGES} order, looked up once rather than for every word. */
    private static final List<Lexicon> LEXICONS = Lexicon.LANGUAGES.stream().map(Lexicon::forLanguage).toList();

    private LanguageGuesser() {}

    /**
     * The BCP 47 tag of the language whose stop words cover most words of the texts, or {@link #UNDETERMINED}
     * when too few words are stop words of any language.
     */
    public static String guess(List<String> texts) {
        int[] hits = new int[Lexicon.LANGUAGES.size()];
        for (String text : texts) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                String word = m.group().toLowerCase(Locale.ROOT);
                for (int i = 0; i < hits.length; i++) {
                    if (LEXICONS.get(i).isStopword(word)) hits[i]++;
                }
            }
        }
        int best = 0;
        for (int i = 1; i < hits.length; i++) if (hits[i] > hits[best]) best = i;
        return hits[best] < MIN_HITS ? UNDETERMINED : Lexicon.LANGUAGES.get(best);
    }
}
