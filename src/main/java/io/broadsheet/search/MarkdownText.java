package io.broadsheet.search;

import io.broadsheet.markdown.MarkdownHtml;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The reading text of a piece of Markdown, one string per paragraph, as a reader sees it on the page: without link
 * addresses, emphasis marks, escapes or entity references. Phrases are matched and snippets cut in this text, so it
 * is made by rendering the Markdown as the article page does rather than by guessing at its syntax.
 */
final class MarkdownText {
    /** Immutable and thread-safe, so one serves every article. */
    private static final MarkdownHtml MARKDOWN = new MarkdownHtml();
    /** Compiled once rather than for every block; jsoup's evaluators are thread-safe. */
    private static final Evaluator LIST = QueryParser.parse("ul, ol");

    private MarkdownText() {}

    /** The text of each block, in order, with white space collapsed; blank blocks are left out. */
    static List<String> paragraphs(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        return markdown.isBlank() ? new ArrayList<>() : paragraphsOfHtml(MARKDOWN.render(markdown));
    }

    /**
     * {@link #paragraphs} of an article's lede and of the rest of its reading view, in that order, rendered
     * together when that gives the same text, since a flexmark document costs more than a lede.
     */
    static List<List<String>> paragraphs(String lede, String body) {
        Objects.requireNonNull(lede, "lede");
        Objects.requireNonNull(body, "body");
        if (lede.isBlank() || body.isBlank()) return List.of(paragraphs(lede), paragraphs(body));
        List<String> html = MARKDOWN.renderLineThenRest(lede, body);
        return List.of(paragraphsOfHtml(html.get(0)), paragraphsOfHtml(html.get(1)));
    }

    private static List<String> paragraphsOfHtml(String html) {
        List<String> paragraphs = new ArrayList<>();
        for (Element block : Jsoup.parseBodyFragment(html).body().children()) {
            // A list's items are separate passages: a phrase must not run from one item into the next.
            List<Element> parts = block.is(LIST) ? block.children() : List.of(block);
            for (Element part : parts) {
                String text = part.text().strip();
                if (!text.isEmpty()) paragraphs.add(text);
            }
        }
        return paragraphs;
    }
}
