package io.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.render.ArticleSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The archive order, newest first, against its definition, on seeded random archives. */
class ArchiveOrderTest {
    /**
     * The order as documented: by year, newest first, the date's year where the date is known; within a year, dated
     * articles by date, newest first, then undated ones; articles of unknown year last; ties by id.
     */
    private static int byDefinition(ArticleSummary a, ArticleSummary b) {
        if (a.year().isPresent() != b.year().isPresent()) return a.year().isPresent() ? -1 : 1;
        if (a.year().isPresent() && !a.year().get().equals(b.year().get())) return b.year().get() - a.year().get();
        if (a.date().isPresent() != b.date().isPresent()) return a.date().isPresent() ? -1 : 1;
        if (a.date().isPresent() && !a.date().get().equals(b.date().get())) return b.date().get().compareTo(a.date().get());
        return a.id().compareTo(b.id());
    }

    @Test
    void newestFirstAndSortOrderAsDefined() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            List<ArticleSummary> articles = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                Optional<LocalDate> date = random.nextInt(3) == 0 ? Optional.empty()
                        : Optional.of(LocalDate.of(1998 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28)));
                // A year without a date, a date's year, or neither; ids clash with dates so that ties are met.
                Optional<Integer> year = date.isPresent() ? date.map(LocalDate::getYear)
                        : random.nextBoolean() ? Optional.of(1998 + random.nextInt(4)) : Optional.empty();
                articles.add(new ArticleSummary("a" + random.nextInt(1000), "Title", "Summary.", Optional.empty(),
                        year, date, "en", List.of(), ""));
            }
            List<ArticleSummary> expected = new ArrayList<>(articles);
            expected.sort(ArchiveOrderTest::byDefinition);
            Collections.shuffle(articles, random);
            List<ArticleSummary> sorted = new ArrayList<>(articles);
            ArchiveOrder.sort(sorted);
            assertThat(sorted).as("seed %d", seed).isEqualTo(expected);
            articles.sort(ArchiveOrder.NEWEST_FIRST);
            assertThat(articles).as("seed %d", seed).isEqualTo(expected);
            assertThat(articles.get(0).year()).isPresent();
            assertThat(articles.get(articles.size() - 1).year()).isEmpty();
        }
    }
}
