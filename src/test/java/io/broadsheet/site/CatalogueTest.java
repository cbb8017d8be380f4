package io.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.render.ArticleSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Related articles: most shared topics first, ties by archive order, and bounded work for huge topics. */
class CatalogueTest {
    private static ArticleSummary article(int n, List<String> topics) {
        return new ArticleSummary("a" + n, "Title " + n, "Summary.", Optional.empty(), Optional.empty(),
                Optional.empty(), "en", topics, "");
    }

    /** Brute force over every pair: the definition the catalogue's answer is checked against. */
    private static List<String> relatedByDefinition(List<ArticleSummary> articles, int position, int count) {
        Set<String> mine = new HashSet<>(articles.get(position).topics());
        List<int[]> shared = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            if (i == position) continue;
            int n = (int) articles.get(i).topics().stream().distinct().filter(mine::contains).count();
            if (n > 0) shared.add(new int[] {i, n});
        }
        shared.sort(Comparator.comparingInt((int[] e) -> -e[1]).thenComparingInt(e -> e[0]));
        return shared.stream().limit(count).map(e -> articles.get(e[0]).id()).toList();
    }

    @Test
    void relatedArticlesShareMostTopicsThenComeFirstInArchiveOrder() {
        long seed = 4242L;
        Random random = new Random(seed);
        List<String> names = List.of("Berlin", "Paris", "Nato", "Angela Merkel", "Emmanuel Macron", "Kyiv", "Oslo",
                "Lisbon", "Unesco", "Warsaw");
        List<ArticleSummary> articles = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            List<String> topics = new ArrayList<>();
            for (int t = random.nextInt(5); t > 0; t--) topics.add(names.get(random.nextInt(names.size())));
            articles.add(article(i, topics));
        }
        Catalogue catalogue = new Catalogue(articles);
        for (int i = 0; i < articles.size(); i++) {
            for (int count : new int[] {0, 1, 5, 50}) {
                assertThat(catalogue.related(i, count).stream().map(ArticleSummary::id).toList())
                        .as("seed %d, article %d, count %d", seed, i, count)
                        .isEqualTo(relatedByDefinition(articles, i, count));
            }
        }
    }

    @Test
    void aHugeTopicOffersOnlyTheArticlesNearestInArchiveOrder() {
        int size = Catalogue.CANDIDATES_PER_TOPIC * 4;
        List<ArticleSummary> articles = new ArrayList<>();
        for (int i = 0; i < size; i++) articles.add(article(i, List.of("Berlin")));
        Catalogue catalogue = new Catalogue(articles);
        int middle = size / 2;

        List<ArticleSummary> related = catalogue.related(middle, 3);

        // All share one topic, so the first in archive order wins among those weighed: the window's start.
        assertThat(related).extracting(ArticleSummary::id)
                .containsExactly("a" + (middle - Catalogue.CANDIDATES_PER_TOPIC / 2),
                        "a" + (middle - Catalogue.CANDIDATES_PER_TOPIC / 2 + 1),
                        "a" + (middle - Catalogue.CANDIDATES_PER_TOPIC / 2 + 2));
        assertThat(catalogue.related(0, 3)).extracting(ArticleSummary::id).containsExactly("a1", "a2", "a3");
        assertThat(catalogue.related(size - 1, 1)).extracting(ArticleSummary::id)
                .containsExactly("a" + (size - Catalogue.CANDIDATES_PER_TOPIC));
    }

    @Test
    void everyArticleListingOneAsRelatedIsAmongThoseMarkedForIt() {
        // Topics larger than the candidate window, so that the window's edges are crossed.
        long seed = 20261128L;
        Random random = new Random(seed);
        List<String> names = List.of("Berlin", "Paris", "Nato", "Kyiv", "Oslo");
        List<ArticleSummary> articles = new ArrayList<>();
        for (int n = 0; n < 1500; n++) {
            List<String> topics = new ArrayList<>();
            for (String name : names) if (random.nextInt(3) == 0) topics.add(name);
            articles.add(article(n, topics));
        }
        Catalogue catalogue = new Catalogue(articles);
        int listings = 0;
        for (int trial = 0; trial < 40; trial++) {
            int position = random.nextInt(articles.size());
            java.util.BitSet marked = new java.util.BitSet();
            catalogue.mayListAsRelated(position, marked);
            String id = articles.get(position).id();
            for (int i = 0; i < articles.size(); i++) {
                boolean lists = catalogue.related(i, 5).stream().anyMatch(s -> s.id().equals(id));
                if (lists) {
                    assertThat(marked.get(i)).as("seed %d: article %d lists %d as related", seed, i, position)
                            .isTrue();
                }
            }
            listings += marked.cardinality() > 0 ? 1 : 0;
        }
        assertThat(listings).as("seed %d: the trials marked some articles", seed).isPositive();
    }
}
