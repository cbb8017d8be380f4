package io.broadsheet.site;

import io.broadsheet.render.ArticleSummary;
import java.util.Comparator;

/**
 * The order of the archive, newest first: by year (the date's year where the date is known), within a year
 * dated articles by date, then the rest; articles of unknown year last; ties by id. It depends only on the
 * articles, never on the order the file system lists them in.
 */
final class ArchiveOrder {
    /** Written out rather than chained from key extractors: a large archive is sorted with millions of comparisons. */
    static final Comparator<ArticleSummary> NEWEST_FIRST = ArchiveOrder::compare;

    private ArchiveOrder() {}

    private static int compare(ArticleSummary a, ArticleSummary b) {
        int byYear = Integer.compare(year(b), year(a));
        if (byYear != 0) return byYear;
        int byDate = Long.compare(day(b), day(a));
        return byDate != 0 ? byDate : a.id().compareTo(b.id());
    }

    private static int year(ArticleSummary a) {
        return a.year().isPresent() ? a.year().get() : Integer.MIN_VALUE;
    }

    /** The date as a day number; an article without one comes after every dated one. */
    private static long day(ArticleSummary a) {
        return a.date().isPresent() ? a.date().get().toEpochDay() : Long.MIN_VALUE;
    }
}
