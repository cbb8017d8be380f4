package io.broadsheet.markdown;

import io.broadsheet.article.Article;

/** Writes an article as a Markdown document with YAML front matter: the archival form of the article. */
public final class MarkdownWriter {
    private MarkdownWriter() {}

    /** The article as Markdown with front matter. */
    public static String write(Article article) {
        throw new UnsupportedOperationException("TODO markdown");
    }
}
