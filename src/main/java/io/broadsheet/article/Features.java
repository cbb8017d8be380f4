package io.broadsheet.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

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
 * @param picture       whether the paragraph as scraped shows a picture, which its sanitised copy leaves out
 */
public record Features(String text, int words, double linkDensity, boolean wholeBold, boolean sentenceEnd,
                       int sentences, boolean picture) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*");
    /*
     * Every paragraph of every dump is measured, so the three tests below are written by hand rather than as the
     * regexes they answer for (named in each one's comment; FeaturesTest compares them on random text): a regex
     * anchored at the end, or counting matches, is tried from every position.
     */
    /** What may close a sentence after its final mark: quotes and brackets. */
    private static final String CLOSERS_AT_END = "\"'”“»«’)]";
    private static final String CLOSERS_IN_TEXT = "\"'”“»’)";

    /** Measures a sanitised paragraph. */
    public static Features of(String sanitizedHtml) {
        return of(Jsoup.parseBodyFragment(sanitizedHtml).body());
    }

    /** Measures the body of a parsed paragraph. */
    static Features of(Element body) {
        return of(body, null);
    }

    /**
     * An address without a scheme ("/politik/artikel-123.html", "//example.org/x"): a link to another page of the
     * same site, which the sanitised copy cannot keep, since the dump does not say which site it came from.
     */
    private static final Pattern SITE_ADDRESS = Pattern.compile("\\s*+(?![#\\s]|\\p{Alpha}[\\p{Alnum}+.\\-]*+:|$).*",
            Pattern.DOTALL);

    /**
     * A picture in a paragraph as scraped. An emoji drawn as an image ("wp-smiley") stands for a character of the
     * text, and an image of one pixel counts visits; neither is a picture a reader sees.
     */
    private static final Evaluator PICTURE = QueryParser.parse(
            "picture, figure, img:not([class~=(?i)emoji|smiley]):not([width=1]):not([height=1])");
    /** Every paragraph is measured, so its queries are parsed once here rather than at each call. */
    private static final Evaluator LINK = QueryParser.parse("a");
    private static final Evaluator ADDRESSED_LINK = QueryParser.parse("a[href]");
    private static final Evaluator BOLD = QueryParser.parse("b, strong");

    /**
     * Measures a sanitised paragraph, and, from the paragraph as scraped, what sanitising takes away but a reader
     * sees: links to other pages of the same site (a teaser's headline, a list of the site's stories), which count
     * as link text as the links the sanitised copy keeps do, and pictures.
     *
     * @param body    the sanitised paragraph
     * @param scraped the paragraph as scraped, or {@code null} when only the sanitised copy is known
     */
    static Features of(Element body, Element scraped) {
        String text = collapse(body.text());
        int linkChars = 0;
        for (Element a : body.select(LINK)) linkChars += collapse(a.text()).length();
        boolean picture = false;
        if (scraped != null) {
            for (Element a : scraped.select(ADDRESSED_LINK)) {
                if (SITE_ADDRESS.matcher(a.attr("href")).matches()) linkChars += collapse(a.text()).length();
            }
            picture = scraped.selectFirst(PICTURE) != null;
        }
        int boldChars = 0;
        for (Element b : body.select(BOLD)) {
            // Only the outermost bold element counts. Its ancestors are walked, not searched: selecting within them
            // searched the whole paragraph again for each bold element, which a paragraph of thousands made
            // minutes long.
            Element parent = b.parent();
            if (parent == null || parent.closest(BOLD) == null) boldChars += collapse(b.text()).length();
        }
        int length = Math.max(1, text.length());
        return new Features(text, countWords(text), Math.min(1.0, linkChars / (double) length),
                !text.isEmpty() && boldChars >= text.length() - 2, endsLikeSentence(text), sentenceEnds(text), picture);
    }

    /**
     * The text with runs of whitespace turned into single spaces and ends trimmed: no-break spaces become spaces,
     * runs of {@code \\s} one space, then {@link String#strip}.
     */
    public static String collapse(String text) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        boolean inSpace = false;
        boolean changed = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) out.append(' ');
                changed |= inSpace || c != ' ';
                inSpace = true;
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        return (changed ? out.toString() : text).strip();
    }

    /** Java's {@code \\s}, with the no-break space that {@link #collapse} treats as one. */
    private static boolean isSpace(char c) {
        return c == '\u00a0' || isAsciiSpace(c);
    }

    /**
     * Whether the text ends like a sentence: {@code [.!?…:;]["'”“»«’)\\]]*$}, a final mark and any closing quotes or
     * brackets, at the end or before a final line terminator.
     */
    static boolean endsLikeSentence(String text) {
        int end = text.length();
        if (endsWithMarkAt(text, end)) return true;
        if (end >= 2 && text.charAt(end - 2) == '\r' && text.charAt(end - 1) == '\n') {
            return endsWithMarkAt(text, end - 2);
        }
        return end >= 1 && isLineTerminator(text.charAt(end - 1)) && endsWithMarkAt(text, end - 1);
    }

    private static boolean endsWithMarkAt(String text, int end) {
        int i = end;
        while (i > 0 && CLOSERS_AT_END.indexOf(text.charAt(i - 1)) >= 0) i--;
        return i > 0 && ".!?…:;".indexOf(text.charAt(i - 1)) >= 0;
    }

    /**
     * How many sentences end in the text: matches of {@code \\p{L}{2,}[.!?…]["'”“»’)]*(\\s|$)}, a mark after a
     * word of two letters or more, closed by white space or the end. A match ends at white space or the end and the
     * next needs letters of its own, so matches never share a mark: each mark that qualifies counts once.
     */
    static int sentenceEnds(String text) {
        int count = 0;
        int n = text.length();
        for (int p = 0; p < n; p++) {
            if (".!?…".indexOf(text.charAt(p)) < 0 || !twoLettersBefore(text, p)) continue;
            int q = p + 1;
            while (q < n && CLOSERS_IN_TEXT.indexOf(text.charAt(q)) >= 0) q++;
            if (q == n || isAsciiSpace(text.charAt(q)) || atFinalTerminator(text, q)) count++;
        }
        return count;
    }

    private static boolean twoLettersBefore(String text, int p) {
        if (p == 0) return false;
        int last = text.codePointBefore(p);
        if (!Character.isLetter(last)) return false;
        int before = p - Character.charCount(last);
        return before > 0 && Character.isLetter(text.codePointBefore(before));
    }

    /** Where {@code $} matches besides the end: before a line terminator that ends the text. */
    private static boolean atFinalTerminator(String text, int q) {
        int rest = text.length() - q;
        if (rest == 2) return text.charAt(q) == '\r' && text.charAt(q + 1) == '\n';
        return rest == 1 && isLineTerminator(text.charAt(q));
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Java's {@code \\s}: the ASCII white space characters. */
    static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
