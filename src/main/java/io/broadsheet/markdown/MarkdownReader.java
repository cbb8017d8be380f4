package io.broadsheet.markdown;

/** Reads back a Markdown document that {@link MarkdownWriter} wrote. */
public final class MarkdownReader {
    private MarkdownReader() {}

    /**
     * Reads an article's Markdown document.
     *
     * @throws IllegalArgumentException if the document has no valid front matter
     */
    public static ArchivedArticle read(String markdown) {
        throw new UnsupportedOperationException("TODO markdown");
    }
}
