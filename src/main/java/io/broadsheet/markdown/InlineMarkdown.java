package io.broadsheet.markdown;

/**
 * Turns a paragraph's sanitised inline HTML into inline Markdown whose rendering shows exactly the same text.
 */
public final class InlineMarkdown {
    private InlineMarkdown() {}

    /**
     * Converts sanitised inline HTML (bold, italic, links, line breaks) to Markdown.
     *
     * @param html inline HTML as {@link io.broadsheet.article.HtmlSanitizer} leaves it
     * @return Markdown whose rendered text equals the HTML's text
     */
    public static String fromHtml(String html) {
        throw new UnsupportedOperationException("TODO markdown");
    }
}
