package io.broadsheet.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Brings a written search index up to date with edits of some of its articles by rewriting only the files the edits
 * touch: the files of the edited articles' words (before and after), their rows of the documents table and the meta
 * file. The result is byte for byte what {@link IndexBuilder} writes for the edited archive; when the edits move
 * something every file depends on (the rounded average length, the run length of shards, an article's year or
 * publisher) or a file of the previous index is missing or unreadable, there is no patch and the index is remade.
 *
 * <p>Pure: the previous files are read through a function, and nothing is written.
 */
public final class IndexPatch {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> SHARD = new TypeReference<>() {};
    private static final TypeReference<List<Object>> ROWS = new TypeReference<>() {};

    /**
     * An article whose entry changed while it kept its place.
     *
     * @param number its place in the archive
     * @param before its entry in the previous index, as {@link IndexEntry#toBytes} wrote it
     * @param after  its entry now
     */
    public record Change(int number, byte[] before, byte[] after) {
        public Change {
            if (number < 0) throw new IllegalArgumentException("number must not be negative: " + number);
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    /**
     * What a patch does to the index's files.
     *
     * @param written files to write, by path from the site's top ({@code search/…}), perhaps with unchanged bytes
     * @param removed files of the previous index that are no longer part of it
     */
    public record Result(SortedMap<String, byte[]> written, SortedSet<String> removed) {}

    private final IndexLayout layout;
    private final Function<String, byte[]> previous;
    private final Map<Integer, Map<String, String>> loaded = new HashMap<>();
    private String[] shardNames;

    private IndexPatch(IndexLayout layout, Function<String, byte[]> previous) {
        this.layout = layout;
        this.previous = previous;
    }

    /**
     * The patch of an index for the given edits, or empty when the index is to be remade.
     *
     * @param previous the previous index's file at a path ({@code search/…}), or null if it is missing or cannot be
     *                 trusted
     * @param articles how many articles the index holds, before the edits as after, numbered from 0 without gaps: a
     *                 previous index with another count or with gaps (an article that failed to render) is remade
     * @param changes  the edited articles, each once
     */
    public static Optional<Result> of(Function<String, byte[]> previous, int articles, List<Change> changes) {
        return of(IndexLayout.DEFAULT, previous, articles, changes);
    }

    static Optional<Result> of(IndexLayout layout, Function<String, byte[]> previous, int articles,
                               List<Change> changes) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(changes, "changes");
        try {
            return Optional.of(new IndexPatch(layout, previous).patch(articles, changes));
        } catch (Remake e) {
            return Optional.empty();
        }
    }

    /** Thrown where the edits cannot be patched in. */
    private static final class Remake extends RuntimeException {
        Remake(String why) {
            super(why, null, false, false);
        }
    }

    private Result patch(int articles, List<Change> changes) {
        Meta meta = meta();
        if (meta.count() != articles || meta.articles() != articles) throw new Remake("another count of articles");
        shardNames = meta.shards().stream().map(pair -> pair.get(1)).toArray(String[]::new);
        SortedMap<String, byte[]> written = new TreeMap<>();
        SortedSet<String> removed = new TreeSet<>();

        long totalLength = meta.totalLength();
        int[] numbers = new int[changes.size()];
        IndexEntry.Decoded[] before = new IndexEntry.Decoded[changes.size()];
        IndexEntry.Decoded[] after = new IndexEntry.Decoded[changes.size()];
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            numbers[i] = change.number();
            before[i] = IndexEntry.decode(change.before());
            after[i] = IndexEntry.decode(change.after());
            if (change.number() >= meta.count() || !before[i].id().equals(after[i].id())
                    || !Objects.equals(before[i].publisher(), after[i].publisher())
                    || !Objects.equals(before[i].year(), after[i].year())) {
                throw new Remake("an article moved, or its year or publisher changed");
            }
            totalLength += after[i].length() - before[i].length();
        }
        double averageLength = IndexLayout.averageLength(meta.totalLength(), meta.articles());
        if (IndexLayout.averageLength(totalLength, meta.articles()) != averageLength) {
            throw new Remake("the average length moved to another step");
        }
        int[] sortedNumbers = numbers.clone();
        Arrays.sort(sortedNumbers);
        for (int i = 1; i < sortedNumbers.length; i++) {
            if (sortedNumbers[i] == sortedNumbers[i - 1]) throw new IllegalArgumentException("an article changed twice");
        }

        // Every word an edited article had or has, with the edited articles' new postings of it.
        TreeMap<String, List<int[]>> added = new TreeMap<>();
        for (int i = 0; i < changes.size(); i++) {
            for (String word : before[i].words()) added.computeIfAbsent(word, w -> new ArrayList<>());
            String[] words = after[i].words();
            int[] weights = after[i].weights();
            for (int k = 0; k < words.length; k++) {
                added.computeIfAbsent(words[k], w -> new ArrayList<>())
                        .add(new int[] {numbers[i], IndexLayout.score(weights[k], after[i].length(), averageLength)});
            }
        }

        Map<String, String> alone = new TreeMap<>();
        meta.alone().forEach(pair -> alone.put(pair.get(0), pair.get(1)));
        String[] firsts = meta.shards().stream().map(pair -> pair.get(0)).toArray(String[]::new);
        long shardWords = meta.shardWords();
        long shardPostings = meta.shardPostings();
        Map<String, String> shardUpdates = new HashMap<>();
        TreeSet<Integer> touched = new TreeSet<>();
        for (Map.Entry<String, List<int[]>> entry : added.entrySet()) {
            String word = entry.getKey();
            boolean wasAlone = alone.containsKey(word);
            String old = wasAlone ? aloneWord(word, alone.get(word))
                    : firsts.length == 0 ? null : shard(shardOf(firsts, word)).get(word);
            int oldCount = 0;
            Postings postings = new Postings(entry.getValue().size());
            if (old != null) {
                // Common words have tens of thousands of postings: read into arrays, merged, never boxed.
                long[] values = Base32Varint.read(old);
                if (values.length % 2 != 0) throw new Remake("postings of " + word + " are cut short");
                oldCount = values.length / 2;
                postings = new Postings(oldCount + entry.getValue().size());
                List<int[]> additions = entry.getValue();
                additions.sort((a, b) -> Integer.compare(a[0], b[0]));
                int next = 0;
                int number = -1;
                for (int k = 0; k < values.length; k += 2) {
                    number += (int) values[k] + 1;
                    while (next < additions.size() && additions.get(next)[0] < number) postings.add(additions.get(next++));
                    if (Arrays.binarySearch(sortedNumbers, number) < 0) postings.add(number, (int) values[k + 1]);
                }
                while (next < additions.size()) postings.add(additions.get(next++));
                if (!wasAlone) {
                    shardWords--;
                    shardPostings -= oldCount;
                    touched.add(shardOf(firsts, word));
                }
            } else {
                List<int[]> additions = entry.getValue();
                additions.sort((a, b) -> Integer.compare(a[0], b[0]));
                additions.forEach(postings::add);
            }
            String encoded = postings.size == 0 ? null
                    : IndexBuilder.encodePostings(postings.numbers, postings.scores, postings.size);
            boolean isAlone = encoded != null && layout.alone(postings.size);
            if (wasAlone && !isAlone) {
                removed.add(path(alone.remove(word)));
            }
            if (isAlone) {
                String name = IndexLayout.fileName(word);
                alone.put(word, name);
                written.put(path(name), IndexBuilder.script(name, Map.of(word, encoded)));
            } else if (encoded != null) {
                shardWords++;
                shardPostings += postings.size;
                if (firsts.length == 0) throw new Remake("the first word of a shard");
                touched.add(shardOf(firsts, word));
            }
            shardUpdates.put(word, isAlone ? null : encoded);
        }
        int segmentWords = layout.segmentWords(meta.shardWords(), meta.shardPostings());
        if (layout.segmentWords(shardWords, shardPostings) != segmentWords) {
            throw new Remake("the shards' run length changed");
        }

        List<List<String>> shards = cutAgain(meta.shards(), firsts, touched, shardUpdates, segmentWords, written, removed);

        for (int i = 0; i < changes.size(); i++) {
            int number = numbers[i];
            String name = "d/" + number / IndexBuilder.DOCUMENTS_PER_SHARD;
            List<Object> rows = documents(name, written);
            int at = number % IndexBuilder.DOCUMENTS_PER_SHARD;
            if (at >= rows.size() || !(rows.get(at) instanceof List<?> row) || row.size() != 6
                    || !before[i].id().equals(row.get(0)) || !(row.get(3) instanceof Integer publisher)) {
                throw new Remake("the documents table does not hold " + before[i].id());
            }
            IndexEntry.Decoded d = after[i];
            rows.set(at, IndexBuilder.row(d.id(), d.title(), d.summary(), publisher, d.year(), d.language()));
            written.put(path(name), IndexBuilder.script(name, rows));
        }

        List<List<String>> aloneList = new ArrayList<>();
        alone.forEach((word, name) -> aloneList.add(List.of(word, name)));
        Meta next = new Meta(meta.count(), meta.articles(), totalLength, shardWords, shardPostings, shards, aloneList,
                meta.years(), meta.publishers());
        written.put(path("meta"), IndexBuilder.script("meta", next.toMap()));
        removed.removeAll(written.keySet());
        return new Result(written, removed);
    }

    /**
     * Cuts the touched shards again, grown to whole runs between boundary words so that they are cut as a whole
     * build cuts them; returns the new list of shards.
     */
    private List<List<String>> cutAgain(List<List<String>> oldShards, String[] firsts, TreeSet<Integer> touched,
                                        Map<String, String> updates, int segmentWords,
                                        SortedMap<String, byte[]> written, SortedSet<String> removed) {
        // Each touched shard's words as they are now, by shard; grown until every run of touched shards starts at
        // the first shard or a boundary word and ends before a shard starting at a boundary word.
        TreeSet<Integer> runs = new TreeSet<>(touched);
        while (true) {
            Integer grow = null;
            for (int[] run : runsOf(runs)) {
                TreeMap<String, String> words = wordsOf(run, firsts, updates);
                boolean startsRun = run[0] == 0 || words.isEmpty() || IndexLayout.boundary(words.firstKey(), segmentWords);
                boolean endsRun = run[1] == firsts.length - 1 || IndexLayout.boundary(firsts[run[1] + 1], segmentWords);
                if (!startsRun) grow = run[0] - 1;
                else if (!endsRun) grow = run[1] + 1;
                if (grow != null) break;
            }
            if (grow == null) break;
            runs.add(grow);
        }
        List<List<String>> shards = new ArrayList<>();
        int next = 0;
        for (int[] run : runsOf(runs)) {
            shards.addAll(oldShards.subList(next, run[0]));
            for (int j = run[0]; j <= run[1]; j++) removed.add(path(oldShards.get(j).get(1)));
            ShardCutter cutter = new ShardCutter(layout, segmentWords,
                    (name, shard) -> written.put(path(name), IndexBuilder.script(name, shard)));
            wordsOf(run, firsts, updates).forEach(cutter::add);
            shards.addAll(cutter.finish());
            next = run[1] + 1;
        }
        shards.addAll(oldShards.subList(next, oldShards.size()));
        return shards;
    }

    /** Maximal runs of consecutive shard numbers, as first and last. */
    private static List<int[]> runsOf(TreeSet<Integer> shards) {
        List<int[]> runs = new ArrayList<>();
        for (int shard : shards) {
            if (!runs.isEmpty() && runs.get(runs.size() - 1)[1] == shard - 1) runs.get(runs.size() - 1)[1] = shard;
            else runs.add(new int[] {shard, shard});
        }
        return runs;
    }

    /** The words a run of shards holds after the edits, in order, with their postings. */
    private TreeMap<String, String> wordsOf(int[] run, String[] firsts, Map<String, String> updates) {
        TreeMap<String, String> words = new TreeMap<>();
        for (int j = run[0]; j <= run[1]; j++) words.putAll(shard(j));
        updates.forEach((word, postings) -> {
            int shard = shardOf(firsts, word);
            if (shard < run[0] || shard > run[1]) return;
            if (postings == null) words.remove(word);
            else words.put(word, postings);
        });
        return words;
    }

    /** The shard a word is in, or would be put in: the last starting at or before it, or the first. */
    private static int shardOf(String[] firsts, String word) {
        int at = Arrays.binarySearch(firsts, word);
        return at >= 0 ? at : Math.max(0, -at - 2);
    }

    private Map<String, String> shard(int number) {
        return loaded.computeIfAbsent(number, j -> read(shardNames[j], SHARD));
    }

    private String aloneWord(String word, String name) {
        Map<String, String> file = read(name, SHARD);
        if (file.size() != 1 || !file.containsKey(word)) throw new Remake(name + " does not hold " + word);
        return file.get(word);
    }

    private List<Object> documents(String name, SortedMap<String, byte[]> written) {
        byte[] patched = written.get(path(name));
        return patched != null ? parse(name, patched, ROWS) : read(name, ROWS);
    }

    private Meta meta() {
        try {
            return Meta.of(read("meta", new TypeReference<JsonNode>() {}));
        } catch (IllegalArgumentException e) {
            throw new Remake("meta: " + e.getMessage());
        }
    }

    private <T> T read(String name, TypeReference<T> type) {
        byte[] bytes = previous.apply(path(name));
        if (bytes == null) throw new Remake("no " + name);
        return parse(name, bytes, type);
    }

    /** The data of a script file that loads itself by the given name. */
    private static <T> T parse(String name, byte[] bytes, TypeReference<T> type) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String start = new String(IndexBuilder.script(name, List.of()), StandardCharsets.UTF_8);
        String head = start.substring(0, start.indexOf('['));
        String tail = ");\n";
        if (!text.startsWith(head) || !text.endsWith(tail)) throw new Remake(name + " is not an index file");
        try {
            return JSON.readValue(text.substring(head.length(), text.length() - tail.length()), type);
        } catch (IOException e) {
            throw new Remake(name + ": " + e.getMessage());
        }
    }

    /** A word's postings in order of article number, as two arrays. */
    private static final class Postings {
        final int[] numbers;
        final int[] scores;
        int size;

        Postings(int capacity) {
            numbers = new int[capacity];
            scores = new int[capacity];
        }

        void add(int number, int score) {
            numbers[size] = number;
            scores[size++] = score;
        }

        void add(int[] posting) {
            add(posting[0], posting[1]);
        }
    }

    private static String path(String name) {
        return "search/" + name + ".js";
    }
}
