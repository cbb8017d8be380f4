package io.broadsheet.markdown;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns a paragraph's sanitised inline HTML into inline Markdown whose rendering shows exactly the same text.
 *
 * <p>The HTML is first flattened into {@link InlineRun runs} of uniformly formatted text, so that nesting and
 * adjacency in the HTML cannot produce delimiter runs that CommonMark would read differently. Each run is then
 * written as {@code **bold**} / {@code *italic*} where CommonMark's flanking rules guarantee that reading, and as
 * the equivalent generated {@code <strong>} / {@code <em>} tags where they do not. Text is escaped only where it
 * could be read as Markdown where it stands.
 */
public final class InlineMarkdown {
    private InlineMarkdown() {}

    /**
     * Converts sanitised inline HTML (bold, italic, links, line breaks) to Markdown.
     *
     * @param html inline HTML as {@link io.broadsheet.article.HtmlSanitizer} leaves it
     * @return Markdown whose rendered text equals the HTML's text; never contains a blank line
     */
    public static String fromHtml(String html) {
        return new InlineEmitter(false).emit(flatten(html));
    }

    /**
     * Converts sanitised inline HTML to the content of an ATX heading: one line, line breaks as generated
     * {@code <br />} tags, and every {@code #} escaped so that none can be read as a closing sequence.
     */
    static String headingFromHtml(String html) {
        return new InlineEmitter(true).emit(flatten(html));
    }

    /** The paragraph as runs in document order, with leading and trailing breaks and blank text dropped. */
    private static List<InlineRun> flatten(String html) {
        if (html == null) throw new IllegalArgumentException("html must not be null");
        Element body = Jsoup.parseBodyFragment(html).body();
        List<InlineRun> runs = new ArrayList<>();
        collect(body, false, false, null, new int[] {0}, runs);
        return trimEnds(runs);
    }

    private static void collect(Node node, boolean bold, boolean italic, InlineRun.Link link, int[] linkCount,
                                List<InlineRun> out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                out.add(InlineRun.text(text.getWholeText(), bold, italic, link));
            } else if (child instanceof Element el) {
                switch (el.normalName()) {
                    case "br" -> out.add(InlineRun.lineBreak(link));
                    case "b", "strong" -> collect(el, true, italic, link, linkCount, out);
                    case "i", "em" -> collect(el, bold, true, link, linkCount, out);
                    case "a" -> {
                        if (el.hasAttr("href")) {
                            InlineRun.Link own = new InlineRun.Link(linkCount[0]++, el.attr("href"));
                            // An empty link still shows (and keeps its href), so it gets a placeholder run.
                            out.add(InlineRun.text("", bold, italic, own));
                            collect(el, bold, italic, own, linkCount, out);
                        } else {
                            collect(el, bold, italic, link, linkCount, out);
                        }
                    }
                    // Any other element is only its text, as the sanitiser's contract promises.
                    default -> collect(el, bold, italic, link, linkCount, out);
                }
            }
            // Comments and data nodes show no text.
        }
    }

    /** Breaks and blank text at either end of a paragraph show nothing and could only confuse CommonMark. */
    private static List<InlineRun> trimEnds(List<InlineRun> runs) {
        int from = 0;
        int to = runs.size();
        while (from < to && runs.get(from).isInvisibleOutsideLink()) from++;
        while (to > from && runs.get(to - 1).isInvisibleOutsideLink()) to--;
        return runs.subList(from, to);
    }
}
