package io.broadsheet.site;

import io.broadsheet.render.ArticleSummary;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * The order of the archive, newest first: by year (the date's year where the date is known), within a year
 * dated articles by date, then the rest; articles of unknown year last; ties by id. It depends only on the
 * articles, never on the order the file system lists them in.
 */
final class ArchiveOrder {
    static final Comparator<ArticleSummary> NEWEST_FIRST = Comparator
            .comparing((ArticleSummary a) -> a.year().orElse(Integer.MIN_VALUE), Comparator.reverseOrder())
            .thenComparing(a -> a.date().orElse(LocalDate.MIN), Comparator.reverseOrder())
            .thenComparing(ArticleSummary::id);

    private ArchiveOrder() {}
}
