package io.broadsheet.site;

import io.broadsheet.article.TopicExtractor;
import io.broadsheet.render.ArticleSummary;
import io.broadsheet.render.SiteIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /**
     * Related articles are looked for only among this many articles of each topic, those nearest in archive order
     * to the article, so that the work per article stays the same however large a topic grows.
     */
    static final int CANDIDATES_PER_TOPIC = 256;

    /** Topic key to the positions, in archive order, of the articles about it. */
    private final SortedMap<String, int[]> topics = new TreeMap<>();
    /** Each article's topic keys, by position. */
    private final List<List<String>> topicKeys = new ArrayList<>();
    private final SiteIndex index;

    /** @param articles every article, in archive order */
    Catalogue(List<ArticleSummary> articles) {
        this.articles = List.copyOf(articles);
        // A large archive mentions a few thousand topic names hundreds of thousands of times: each name is folded
        // into its key, and its key's topic found, once; each mention is then one lookup, and the positions are
        // gathered unboxed. How often each name was written is counted on the name and summed per key at the end.
        Map<String, Name> names = new HashMap<>();
        Map<String, Topic> topicsByKey = new HashMap<>();
        Topic[] mine = new Topic[0];
        for (int i = 0; i < this.articles.size(); i++) {
            ArticleSummary article = this.articles.get(i);
            // Not as lambdas: without the optimising compiler (a quick rebuild's setting) each would be made anew
            // for every article.
            if (article.year().isPresent()) {
                years.computeIfAbsent(article.year().get(), k -> new ArrayList<>()).add(article);
            }
            if (article.publisher().isPresent()) {
                publishers.computeIfAbsent(article.publisher().get(), k -> new ArrayList<>()).add(article);
            }
            List<String> topicNames = article.topics();
            if (mine.length < topicNames.size()) mine = new Topic[topicNames.size()];
            int count = 0;
            for (String written : topicNames) {
                Name name = names.get(written);
                if (name == null) {
                    String key = TopicExtractor.key(written);
                    name = new Name(key, key.isEmpty() ? null : topicsByKey.computeIfAbsent(key, Topic::new));
                    names.put(written, name);
                }
                if (name.topic == null || contains(mine, count, name.topic)) continue;
                mine[count++] = name.topic;
                name.uses++;
                name.topic.add(i);
            }
            String[] keys = new String[count];
            for (int k = 0; k < count; k++) keys[k] = mine[k].key;
            topicKeys.add(List.of(keys));
        }
        new TreeMap<>(topicsByKey).forEach((key, topic) -> topics.put(key, topic.positions()));
        // Topic key -> each way it is written -> in how many articles, to show a topic the way most articles do.
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        Map<String, String> keyOf = new HashMap<>(HashCapacity.forSize(names.size()));
        names.forEach((written, name) -> {
            keyOf.put(written, name.key);
            if (name.uses > 0) {
                spellings.computeIfAbsent(name.key, k -> new HashMap<>()).merge(written.strip(), name.uses, Integer::sum);
            }
        });
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
        index = new SiteIndex(Slugs.assign(publishers.keySet(), "publisher"), topicIndex, years.keySet(), keyOf);
    }

    /**
     * A topic name as articles write it: its key, the topic of that key (null for a name without one), and in how
     * many articles it gave the article that topic.
     */
    private static final class Name {
        final String key;
        final Topic topic;
        int uses;

        Name(String key, Topic topic) {
            this.key = key;
            this.topic = topic;
        }
    }

    /** A topic's key and the positions of its articles, in the order they are added. */
    private static final class Topic {
        final String key;
        private int[] positions = new int[4];
        private int size;

        Topic(String key) {
            this.key = key;
        }

        void add(int position) {
            if (size == positions.length) positions = Arrays.copyOf(positions, 2 * size);
            positions[size++] = position;
        }

        int[] positions() {
            return Arrays.copyOf(positions, size);
        }
    }

    /** Whether one of the first {@code count} topics is {@code topic}: an article names a handful of topics. */
    private static boolean contains(Topic[] topics, int count, Topic topic) {
        for (int k = 0; k < count; k++) if (topics[k] == topic) return true;
        return false;
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
        topics.forEach((key, positions) ->
                byTopic.put(key, Arrays.stream(positions).mapToObj(articles::get).toList()));
        return byTopic;
    }

    /**
     * Marks the positions of the articles whose {@link #related} articles may include the one at a position: of
     * each of its topics, the articles within {@link #CANDIDATES_PER_TOPIC} of it in the topic's archive order, as
     * no article weighs candidates farther from it than that.
     */
    void mayListAsRelated(int position, BitSet out) {
        for (String key : topicKeys.get(position)) {
            int[] members = topics.get(key);
            int at = Arrays.binarySearch(members, position);
            int from = Math.max(0, at - CANDIDATES_PER_TOPIC);
            int to = Math.min(members.length, at + CANDIDATES_PER_TOPIC + 1);
            for (int j = from; j < to; j++) out.set(members[j]);
        }
    }

    /**
     * The articles sharing most topics with the article at a position, at most {@code count}; among those
     * sharing as many, the first in archive order. Of a topic with more than {@link #CANDIDATES_PER_TOPIC}
     * articles only those nearest the article in archive order are weighed.
     */
    List<ArticleSummary> related(int position, int count) {
        List<String> keys = topicKeys.get(position);
        int[] candidates = new int[keys.size() * CANDIDATES_PER_TOPIC];
        int n = 0;
        for (String key : keys) {
            int[] members = topics.get(key);
            int from = 0;
            if (members.length > CANDIDATES_PER_TOPIC) {
                int at = Arrays.binarySearch(members, position);
                from = Math.max(0, Math.min(members.length - CANDIDATES_PER_TOPIC, at - CANDIDATES_PER_TOPIC / 2));
            }
            int to = Math.min(members.length, from + CANDIDATES_PER_TOPIC);
            for (int j = from; j < to; j++) if (members[j] != position) candidates[n++] = members[j];
        }
        Arrays.sort(candidates, 0, n);
        // Each run of one position is one related article, its length the number of topics shared; the ranking
        // key puts more shared topics first, then the earlier position.
        long[] ranked = new long[n];
        int runs = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && candidates[j] == candidates[i]) j++;
            ranked[runs++] = (long) (Integer.MAX_VALUE - (j - i)) << 32 | candidates[i];
            i = j;
        }
        Arrays.sort(ranked, 0, runs);
        List<ArticleSummary> out = new ArrayList<>();
        for (int i = 0; i < Math.min(runs, count); i++) out.add(articles.get((int) ranked[i]));
        return List.copyOf(out);
    }
}
