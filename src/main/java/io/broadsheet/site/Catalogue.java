package io.broadsheet.site;

import io.broadsheet.article.TopicExtractor;
import io.broadsheet.render.ArticleSummary;
import io.broadsheet.render.SiteIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The archive's articles in archive order, grouped by year, publisher and topic, with the folder of each group's
 * pages. Built from summaries only, so that it stays small for a large archive.
 */
final class Catalogue {
    private final List<ArticleSummary> articles;
    private final SortedMap<Integer, List<ArticleSummary>> years = new TreeMap<>(Comparator.reverseOrder());
    private final SortedMap<String, List<ArticleSummary>> publishers = new TreeMap<>();
    /** Topic key to the positions, in archive order, of the articles about it. */
    private final SortedMap<String, List<Integer>> topics = new TreeMap<>();
    /** Each article's topic keys, by position. */
    private final List<List<String>> topicKeys = new ArrayList<>();
    private final SiteIndex index;

    /** @param articles every article, in archive order */
    Catalogue(List<ArticleSummary> articles) {
        this.articles = List.copyOf(articles);
        // Topic key -> each way it is written -> in how many articles, to show a topic the way most articles do.
        Map<String, SortedMap<String, Integer>> spellings = new HashMap<>();
        for (int i = 0; i < this.articles.size(); i++) {
            ArticleSummary article = this.articles.get(i);
            article.year().ifPresent(y -> years.computeIfAbsent(y, k -> new ArrayList<>()).add(article));
            article.publisher().ifPresent(p -> publishers.computeIfAbsent(p, k -> new ArrayList<>()).add(article));
            Set<String> keys = new LinkedHashSet<>();
            for (String name : article.topics()) {
                String key = TopicExtractor.key(name);
                if (key.isEmpty() || !keys.add(key)) continue;
                topics.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                spellings.computeIfAbsent(key, k -> new TreeMap<>()).merge(name.strip(), 1, Integer::sum);
            }
            topicKeys.add(List.copyOf(keys));
        }
        Map<String, String> topicSlugs = Slugs.assign(topics.keySet(), "topic");
        Map<String, SiteIndex.Topic> topicIndex = new HashMap<>();
        for (String key : topics.keySet()) {
            // The most common spelling; among equally common ones, the first in code point order.
            String name = spellings.get(key).entrySet().stream()
                    .max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue)
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow().getKey();
            topicIndex.put(key, new SiteIndex.Topic(name, topicSlugs.get(key)));
        }
        index = new SiteIndex(Slugs.assign(publishers.keySet(), "publisher"), topicIndex, years.keySet());
    }

    /** Every article in archive order. */
    List<ArticleSummary> articles() {
        return articles;
    }

    /** Where the pages of years, publishers and topics are. */
    SiteIndex index() {
        return index;
    }

    /** Each year's articles in archive order, newest year first. */
    SortedMap<Integer, List<ArticleSummary>> years() {
        return years;
    }

    /** Each publisher's articles in archive order, publishers in code point order of their names. */
    SortedMap<String, List<ArticleSummary>> publishers() {
        return publishers;
    }

    /** Each topic's articles in archive order, topics in order of their keys. */
    SortedMap<String, List<ArticleSummary>> topics() {
        SortedMap<String, List<ArticleSummary>> byTopic = new TreeMap<>();
        topics.forEach((key, positions) -> byTopic.put(key, positions.stream().map(articles::get).toList()));
        return byTopic;
    }

    /**
     * The articles sharing most topics with the article at a position, at most {@code count}; among those
     * sharing as many, the first in archive order.
     */
    List<ArticleSummary> related(int position, int count) {
        Map<Integer, Integer> shared = new HashMap<>();
        for (String key : topicKeys.get(position)) {
            for (int other : topics.get(key)) if (other != position) shared.merge(other, 1, Integer::sum);
        }
        return shared.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Integer, Integer> e) -> -e.getValue())
                        .thenComparingInt(Map.Entry::getKey))
                .limit(count)
                .map(e -> articles.get(e.getKey()))
                .toList();
    }
}
