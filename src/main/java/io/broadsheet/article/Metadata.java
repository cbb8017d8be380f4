package io.broadsheet.article;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about an article besides its paragraphs: derived from the dump, or given by a sidecar file.
 *
 * @param title     a readable headline
 * @param summary   a sentence or two for listings and feeds
 * @param language  BCP 47 language tag of the article's text, such as {@code en}
 * @param publisher who published it, when stated
 * @param year      the copyright or publication year, when stated
 * @param byline    who wrote it, as the page states it
 * @param published publication date (ISO 8601), when known
 * @param url       the address of the original page, when known
 * @param authors   authors' names, when known
 * @param tags      topics given for the article
 * @param wordCount words in the reading view
 */
public record Metadata(
        String title,
        String summary,
        String language,
        Optional<String> publisher,
        Optional<Integer> year,
        Optional<String> byline,
        Optional<String> published,
        Optional<String> url,
        List<String> authors,
        List<String> tags,
        int wordCount) {

    public Metadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(url, "url");
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        if (wordCount < 0) throw new IllegalArgumentException("wordCount must not be negative");
    }
}
