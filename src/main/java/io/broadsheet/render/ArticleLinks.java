package io.broadsheet.render;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The other articles an article page links to.
 *
 * @param previous the article before it in archive order (newer), if any
 * @param next     the article after it in archive order (older), if any
 * @param related  articles sharing its topics, most shared first
 */
public record ArticleLinks(Optional<ArticleSummary> previous, Optional<ArticleSummary> next,
                           List<ArticleSummary> related) {
    /** No links, for rendering an article on its own. */
    public static final ArticleLinks NONE = new ArticleLinks(Optional.empty(), Optional.empty(), List.of());

    public ArticleLinks {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(next, "next");
        related = List.copyOf(related);
    }
}
