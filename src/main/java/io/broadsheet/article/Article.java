package io.broadsheet.article;

import java.util.List;
import java.util.Objects;

/**
 * A classified article: every paragraph of its dump, each with one role, and what is known about it.
 *
 * @param id         the article's id, which names its folder in the site ({@code [a-z0-9_-]+})
 * @param source     the dump it came from
 * @param metadata   title, summary, publisher and the rest
 * @param paragraphs every paragraph of the dump, in dump order
 */
public record Article(String id, SourceFile source, Metadata metadata, List<Paragraph> paragraphs) {
    public Article {
        Objects.requireNonNull(id, "id");
        if (!isId(id)) throw new IllegalArgumentException("bad article id: " + id);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(metadata, "metadata");
        paragraphs = List.copyOf(paragraphs);
    }

    /**
     * Whether a text is an article id, {@code [a-z0-9_-]+}: what may name an article's folder. A loop, not a regex,
     * since the ids of a large archive's cache are checked as it is read.
     */
    public static boolean isId(String text) {
        if (text.isEmpty()) return false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-')) return false;
        }
        return true;
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
