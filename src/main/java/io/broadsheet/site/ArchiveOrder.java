package io.broadsheet.site;

import io.broadsheet.render.ArticleSummary;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The order of the archive, newest first: by year (the date's year where the date is known), within a year
 * dated articles by date, then the rest; articles of unknown year last; ties by id. It depends only on the
 * articles, never on the order the file system lists them in.
 */
final class ArchiveOrder {
    /** Written out rather than chained from key extractors: a large archive is sorted with millions of comparisons. */
    static final Comparator<ArticleSummary> NEWEST_FIRST = ArchiveOrder::compare;

    private ArchiveOrder() {}

    /** Sorts articles {@linkplain #NEWEST_FIRST newest first}, working out each one's year and day once. */
    static void sort(List<ArticleSummary> articles) {
        record Keyed(int year, long day, ArticleSummary article) {}
        Keyed[] keyed = new Keyed[articles.size()];
        for (int i = 0; i < keyed.length; i++) {
            ArticleSummary a = articles.get(i);
            keyed[i] = new Keyed(year(a), day(a), a);
        }
        Arrays.sort(keyed, (a, b) -> {
            int byYear = Integer.compare(b.year(), a.year());
            if (byYear != 0) return byYear;
            int byDate = Long.compare(b.day(), a.day());
            return byDate != 0 ? byDate : a.article().id().compareTo(b.article().id());
        });
        for (int i = 0; i < keyed.length; i++) articles.set(i, keyed[i].article());
    }

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
