package io.broadsheet.search;

import io.broadsheet.markdown.ArchivedArticle;
import io.broadsheet.render.ArticleSummary;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the search index takes of one article.
 *
 * @param number    its place in the archive, from 0, newest first: results tie-break on it and documents are
 *                  stored in shards by it
 * @param id        the article's id; its page is {@code articles/<id>/index.html}
 * @param title     its headline
 * @param summary   a sentence or two, shown as the result's snippet when its text has none of the query's words
 * @param lede      its first paragraph, as plain text or Markdown
 * @param body      the rest of its reading view, as plain text or Markdown
 * @param publisher who published it, when known
 * @param year      the year it is listed under, when known
 * @param topics    the people, places and organisations it is about
 * @param language  the BCP 47 tag of its text
 */
public record SearchDocument(int number, String id, String title, String summary, String lede, String body,
                             Optional<String> publisher, Optional<Integer> year, List<String> topics,
                             String language) {
    public SearchDocument {
        if (number < 0) throw new IllegalArgumentException("number must not be negative: " + number);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(lede, "lede");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(year, "year");
        topics = List.copyOf(topics);
        Objects.requireNonNull(language, "language");
    }

    /**
     * The document of an archived article, with the year and topics of its summary.
     *
     * @param number its place in the archive, newest first
     */
    public static SearchDocument of(int number, ArticleSummary summary, ArchivedArticle article) {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(article, "article");
        String body = article.body();
        // The lede is the first paragraph that is not a crosshead.
        String lede = "";
        int start = 0;
        while (start < body.length()) {
            int end = body.indexOf("\n\n", start);
            if (end < 0) end = body.length();
            String paragraph = body.substring(start, end).strip();
            if (!paragraph.isEmpty() && !paragraph.startsWith("#")) {
                lede = paragraph;
                body = body.substring(0, start) + body.substring(end);
                break;
            }
            start = end + 2;
        }
        return new SearchDocument(number, summary.id(), summary.title(), summary.summary(), lede, body,
                summary.publisher(), summary.year(), summary.topics(), summary.language());
    }
}
