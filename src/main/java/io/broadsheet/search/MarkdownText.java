package io.broadsheet.search;

import io.broadsheet.markdown.MarkdownHtml;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The reading text of a piece of Markdown, one string per paragraph, as a reader sees it on the page: without link
 * addresses, emphasis marks, escapes or entity references. Phrases are matched and snippets cut in this text, so it
 * is made by rendering the Markdown as the article page does rather than by guessing at its syntax.
 */
final class MarkdownText {
    /** Immutable and thread-safe, so one serves every article. */
    private static final MarkdownHtml MARKDOWN = new MarkdownHtml();

    private MarkdownText() {}

    /** The text of each block, in order, with white space collapsed; blank blocks are left out. */
    static List<String> paragraphs(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        List<String> paragraphs = new ArrayList<>();
        if (markdown.isBlank()) return paragraphs;
        for (Element block : Jsoup.parseBodyFragment(MARKDOWN.render(markdown)).body().children()) {
            // A list's items are separate passages: a phrase must not run from one item into the next.
            List<Element> parts = block.is("ul, ol") ? block.children() : List.of(block);
            for (Element part : parts) {
                String text = part.text().strip();
                if (!text.isEmpty()) paragraphs.add(text);
            }
        }
        return paragraphs;
    }
}
