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

        // Each word an edited article had or has, with each edited article's score for it before and after (0 where
        // it has none): only words whose scores changed have other postings now.
        TreeMap<String, int[][]> scores = new TreeMap<>();
        for (int i = 0; i < changes.size(); i++) {
            int at = i;
            IndexEntry.Decoded[] sides = {before[i], after[i]};
            for (int side = 0; side < 2; side++) {
                String[] words = sides[side].words();
                int[] weights = sides[side].weights();
                for (int k = 0; k < words.length; k++) {
                    int[][] pair = scores.computeIfAbsent(words[k], w -> new int[2][changes.size()]);
                    pair[side][at] = IndexLayout.score(weights[k], sides[side].length(), averageLength);
                }
            }
        }

        Map<String, String> alone = new TreeMap<>();
        meta.alone().forEach(pair -> alone.put(pair.get(0), pair.get(1)));
        String[] firsts = meta.shards().stream().map(pair -> pair.get(0)).toArray(String[]::new);
        long shardWords = meta.shardWords();
        long shardPostings = meta.shardPostings();
        Map<String, String> shardUpdates = new HashMap<>();
        TreeSet<Integer> touched = new TreeSet<>();
        for (Map.Entry<String, int[][]> entry : scores.entrySet()) {
            int[][] pair = entry.getValue();
            if (Arrays.equals(pair[0], pair[1])) continue;
            String word = entry.getKey();
            List<int[]> additions = new ArrayList<>();
            for (int i = 0; i < changes.size(); i++) {
                if (pair[1][i] > 0) additions.add(new int[] {numbers[i], pair[1][i]});
            }
            additions.sort((a, b) -> Integer.compare(a[0], b[0]));
            boolean wasAlone = alone.containsKey(word);
            String old = wasAlone ? aloneWord(word, alone.get(word))
                    : firsts.length == 0 ? null : shard(shardOf(firsts, word)).get(word);
            Spliced spliced = splice(old == null ? "" : old, sortedNumbers, additions);
            if (old != null && !wasAlone) {
                shardWords--;
                shardPostings -= spliced.before();
                touched.add(shardOf(firsts, word));
            }
            String encoded = spliced.after() == 0 ? null : spliced.postings();
            boolean isAlone = encoded != null && layout.alone(spliced.after());
            if (wasAlone && !isAlone) {
                removed.add(path(alone.remove(word)));
            }
            if (isAlone) {
                String name = IndexLayout.fileName(word);
                alone.put(word, name);
                written.put(path(name), IndexBuilder.script(name, Map.of(word, encoded)));
            } else if (encoded != null) {
                shardWords++;
                shardPostings += spliced.after();
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

    /**
     * A word's postings after an edit.
     *
     * @param postings as written in the index
     * @param before   how many it had
     * @param after    how many it has
     */
    private record Spliced(String postings, int before, int after) {}

    /**
     * A word's encoded postings with those of the edited articles taken out and their new ones put in. The others
     * are copied as they are written, and only the gap after each change is written again: a common word has tens
     * of thousands of postings, which are read but not decoded into anything.
     *
     * @param removed   the edited articles' numbers, sorted
     * @param additions the edited articles' new postings of the word, as number and score, sorted
     */
    private static Spliced splice(String old, int[] removed, List<int[]> additions) {
        StringBuilder out = new StringBuilder(old.length() + 4 * additions.size());
        int next = 0;
        int previous = -1;
        int written = -1;
        int before = 0;
        int after = 0;
        int at = 0;
        try {
            while (at < old.length()) {
                int start = at;
                long gap = 0;
                int digit;
                do {
                    digit = Base32Varint.digit(old.charAt(at++));
                    gap = gap << 5 | (digit & 31);
                } while (digit >= 32);
                int score = at;
                do {
                    digit = Base32Varint.digit(old.charAt(at++));
                } while (digit >= 32);
                int number = (int) (previous + gap + 1);
                before++;
                for (; next < additions.size() && additions.get(next)[0] < number; next++, after++) {
                    written = append(out, written, additions.get(next));
                }
                boolean taken = Arrays.binarySearch(removed, number) >= 0;
                if (!taken && written == previous) {
                    out.append(old, start, at);
                } else if (!taken) {
                    Base32Varint.append(out, number - written - 1);
                    out.append(old, score, at);
                }
                if (!taken) {
                    written = number;
                    after++;
                }
                previous = number;
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new Remake("postings that do not read back: " + e.getMessage());
        }
        for (; next < additions.size(); next++, after++) written = append(out, written, additions.get(next));
        return new Spliced(out.toString(), before, after);
    }

    private static int append(StringBuilder out, int previous, int[] posting) {
        Base32Varint.append(out, posting[0] - previous - 1);
        Base32Varint.append(out, posting[1]);
        return posting[0];
    }

    private static String path(String name) {
        return "search/" + name + ".js";
    }
}
