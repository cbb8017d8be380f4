package io.broadsheet.markdown;

import io.broadsheet.article.Metadata;
import io.broadsheet.article.Role;
import io.broadsheet.article.SourceFile;
import java.util.List;
import java.util.Objects;

/**
 * An article as read back from its Markdown file, the archival form from which its page is rendered.
 *
 * @param id       the article's id
 * @param source   the dump it came from
 * @param metadata title, summary, publisher and the rest
 * @param asides   the paragraphs outside the reading view (attribution, furniture, bylines...), grouped by role
 *                 in {@link Role} order, each group in dump order
 * @param body     the reading view as Markdown: lede, crossheads as headings, body paragraphs
 */
public record ArchivedArticle(String id, SourceFile source, Metadata metadata, List<Aside> asides, String body) {
    public ArchivedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(metadata, "metadata");
        asides = List.copyOf(asides);
        Objects.requireNonNull(body, "body");
    }

    /** The asides of one role, as inline Markdown, in dump order. */
    public List<String> asides(Role role) {
        return asides.stream().filter(a -> a.role() == role).map(Aside::markdown).toList();
    }
}
