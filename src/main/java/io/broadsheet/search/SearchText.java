package io.broadsheet.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An article's reading text as the search page loads it, to check phrases and cut snippets: one file per article,
 * {@code search/x/<id>.js}, holding its lede's and body's paragraphs as a reader sees them. It depends on the
 * article alone, so a build writes it with the article's page instead of keeping the archive's text until the
 * index is written.
 *
 * @param id   the article's id, which names the file
 * @param lede the lede's paragraphs, as plain text
 * @param body the body's paragraphs, as plain text, in order
 */
public record SearchText(String id, List<String> lede, List<String> body) {
    public SearchText {
        Objects.requireNonNull(id, "id");
        if (!IndexEntry.ID.matcher(id).matches()) throw new IllegalArgumentException("bad article id: " + id);
        lede = List.copyOf(lede);
        body = List.copyOf(body);
    }

    /** The reading text of a document's lede and body, rendered from their Markdown as the article page is. */
    public static SearchText of(SearchDocument document) {
        Objects.requireNonNull(document, "document");
        List<List<String>> text = MarkdownText.paragraphs(document.lede(), document.body());
        return new SearchText(document.id(), text.get(0), text.get(1));
    }

    /** The file's path in the site, with {@code /} separators. */
    public String path() {
        return pathOf(id);
    }

    /** The folder of the text files, from the site's top; a file's path is this, an article's id and {@link #SUFFIX}. */
    public static final String FOLDER = "search/x/";
    /** What a text file's path ends with, after the article's id. */
    public static final String SUFFIX = ".js";

    /** The path in the site of the text file of the article with this id. */
    public static String pathOf(String id) {
        return FOLDER + Objects.requireNonNull(id, "id") + SUFFIX;
    }

    /** The file: one {@code BroadsheetSearch.load} call with the paragraphs, lede first. */
    public byte[] script() {
        List<String> paragraphs = new ArrayList<>(lede);
        paragraphs.addAll(body);
        return IndexBuilder.script("x/" + id, paragraphs);
    }
}
