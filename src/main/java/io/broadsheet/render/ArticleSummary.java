package io.broadsheet.render;

import io.broadsheet.article.Article;
import io.broadsheet.article.Role;
import io.broadsheet.markdown.ArchivedArticle;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/**
 * What listings, feeds and links need of an article: small enough to keep for every article of a large archive
 * while the full articles are rendered one at a time.
 *
 * @param id          the article's id ({@code [a-z0-9_-]+})
 * @param title       its headline
 * @param summary     a sentence or two
 * @param publisher   who published it, when known
 * @param year        the year it belongs to: its date's year where the date is known, else its stated year
 * @param date        its publication date, when known
 * @param language    BCP 47 tag of its text
 * @param topics      the people, places and organisations it is about, as named in the article
 * @param attribution its credit lines as plain text, empty when it has none
 */
public record ArticleSummary(String id, String title, String summary, Optional<String> publisher,
                             Optional<Integer> year, Optional<LocalDate> date, String language, List<String> topics,
                             String attribution) {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    /** Immutable and thread-safe, so one serves every summary. */
    private static final SafeHtml HTML = new SafeHtml();

    public ArticleSummary {
        Objects.requireNonNull(id, "id");
        if (!Article.isId(id)) throw new IllegalArgumentException("bad article id: " + id);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(language, "language");
        topics = List.copyOf(topics);
        Objects.requireNonNull(attribution, "attribution");
    }

    /** The summary of an archived article; its topics are its tags. */
    public static ArticleSummary of(ArchivedArticle article) {
        Objects.requireNonNull(article, "article");
        var metadata = article.metadata();
        Optional<LocalDate> date = metadata.published().flatMap(ArticleSummary::isoDate);
        Optional<Integer> year = date.map(LocalDate::getYear).or(metadata::year);
        String attribution = HTML.inline(article.asides(Role.ATTRIBUTION)).stream()
                .map(line -> Jsoup.parseBodyFragment(line).text())
                .filter(line -> !line.isBlank())
                .collect(Collectors.joining(" "));
        return new ArticleSummary(article.id(), metadata.title(), metadata.summary(), metadata.publisher(), year,
                date, metadata.language(), metadata.tags(), attribution);
    }

    /** The calendar date an ISO 8601 date or date-time starts with, if it is a real date. */
    static Optional<LocalDate> isoDate(String value) {
        if (!ISO_DATE.matcher(value).matches()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(value.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The folder of every article's files, from the site's top: the article's own is this, its id and a slash. */
    public static final String FOLDER = "articles/";
    /** The article's page in its folder, after its id. */
    public static final String PAGE = "/index.html";

    /** Where the article's page is, from the site's top. */
    public String path() {
        // Not "+": without the optimising compiler (a quick rebuild's setting) each concatenation goes through
        // method handles, and a large archive's hundred thousand paths were a visible part of a small rebuild.
        return FOLDER.concat(id).concat(PAGE);
    }
}
