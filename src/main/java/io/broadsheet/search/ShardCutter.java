package io.broadsheet.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Cuts the words of the index that share shards, given in order with their encoded postings, into shard files by
 * the {@link IndexLayout}'s rules: a new shard at every boundary word, and where the current one would grow past the
 * target. Started at a boundary word, it cuts a run of words exactly as a whole build would.
 */
final class ShardCutter {
    private final IndexLayout layout;
    private final int segmentWords;
    private final BiConsumer<String, Map<String, String>> sink;
    private final List<List<String>> shards = new ArrayList<>();
    private Map<String, String> current = new LinkedHashMap<>();
    private int size;

    /**
     * @param sink takes each shard as it is cut: its file name ({@code t/…}) and its words with their postings
     */
    ShardCutter(IndexLayout layout, int segmentWords, BiConsumer<String, Map<String, String>> sink) {
        this.layout = layout;
        this.segmentWords = segmentWords;
        this.sink = sink;
    }

    void add(String word, String postings) {
        int entry = word.length() + postings.length() + 6;
        if (!current.isEmpty() && (IndexLayout.boundary(word, segmentWords) || size + entry > layout.shardTarget())) {
            flush();
        }
        current.put(word, postings);
        size += entry;
    }

    /** Cuts the last shard; returns every shard cut, as its first word and its file name, in order. */
    List<List<String>> finish() {
        if (!current.isEmpty()) flush();
        return shards;
    }

    private void flush() {
        String first = current.keySet().iterator().next();
        String name = IndexLayout.fileName(first);
        sink.accept(name, current);
        shards.add(List.of(first, name));
        current = new LinkedHashMap<>();
        size = 0;
    }
}
