package io.broadsheet.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one paragraph shows on its own: its text and the measures the classifier weighs.
 *
 * @param text          the paragraph's text, whitespace collapsed
 * @param words         number of words
 * @param linkDensity   share of the text's characters inside links, 0 to 1
 * @param wholeBold     whether all of the text is bold
 * @param sentenceEnd   whether the text ends like a sentence
 * @param sentences     number of sentence ends inside the text
 */
public record Features(String text, int words, double linkDensity, boolean wholeBold, boolean sentenceEnd,
                       int sentences) {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*");
    private static final Pattern END = Pattern.compile("[.!?…:;][\"'”“»«’)\\]]*$");
    private static final Pattern SENTENCE = Pattern.compile("\\p{L}{2,}[.!?…][\"'”“»’)]*(\\s|$)");

    /** Measures a sanitised paragraph. */
    public static Features of(String sanitizedHtml) {
        return of(Jsoup.parseBodyFragment(sanitizedHtml).body());
    }

    /** Measures the body of a parsed paragraph. */
    static Features of(Element body) {
        String text = collapse(body.text());
        int linkChars = 0;
        for (Element a : body.select("a")) linkChars += collapse(a.text()).length();
        int boldChars = 0;
        for (Element b : body.select("b, strong")) {
            if (b.parents().select("b, strong").isEmpty()) boldChars += collapse(b.text()).length();
        }
        int length = Math.max(1, text.length());
        return new Features(text, countWords(text), Math.min(1.0, linkChars / (double) length),
                !text.isEmpty() && boldChars >= text.length() - 2, END.matcher(text).find(),
                countMatches(SENTENCE.matcher(text)));
    }

    /** The text with runs of whitespace turned into single spaces and ends trimmed. */
    public static String collapse(String text) {
        return WHITESPACE.matcher(text.replace('\u00a0', ' ')).replaceAll(" ").strip();
    }

    /** Number of words in a text. */
    public static int countWords(String text) {
        return countMatches(WORD.matcher(text));
    }

    /** Share of the text's words that are stop words of the lexicon. */
    public double stopwordShare(Lexicon lexicon) {
        Matcher m = WORD.matcher(text);
        int all = 0;
        int stop = 0;
        while (m.find()) {
            all++;
            if (lexicon.isStopword(m.group().toLowerCase(Locale.ROOT))) stop++;
        }
        return all == 0 ? 0 : stop / (double) all;
    }

    private static int countMatches(Matcher m) {
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
