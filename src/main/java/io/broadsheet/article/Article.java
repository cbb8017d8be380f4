package io.broadsheet.article;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A classified article: every paragraph of its dump, each with one role, and what is known about it.
 *
 * @param id         the article's id, which names its folder in the site ({@code [a-z0-9_-]+})
 * @param source     the dump it came from
 * @param metadata   title, summary, publisher and the rest
 * @param paragraphs every paragraph of the dump, in dump order
 */
public record Article(String id, SourceFile source, Metadata metadata, List<Paragraph> paragraphs) {
    private static final Pattern ID = Pattern.compile("[a-z0-9_-]+");

    public Article {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) throw new IllegalArgumentException("bad article id: " + id);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(metadata, "metadata");
        paragraphs = List.copyOf(paragraphs);
    }

    /** The paragraphs of the given role, in dump order. */
    public List<Paragraph> withRole(Role role) {
        return paragraphs.stream().filter(p -> p.role() == role).toList();
    }

    /** The paragraphs of the reading view (lede, crossheads, body), in dump order. */
    public List<Paragraph> readingView() {
        return paragraphs.stream().filter(p -> p.role().isReadingView()).toList();
    }
}
