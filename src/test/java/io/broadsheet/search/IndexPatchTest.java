package io.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class IndexPatchTest {
    /** Another seed, for a longer search: {@code -Dbroadsheet.seed=N}. */
    private static final long SEED = Long.getLong("broadsheet.seed", 20261128L);
    private static final int ROUNDS = 150;
    /** Small files, so that a few hundred articles have many shards, runs cut by size and words standing alone. */
    private static final IndexLayout SMALL = new IndexLayout(700, 350, 25);
    private static final int ARTICLES = 300;
    private static final int VOCABULARY = 3000;

    @Test
    void aPatchedIndexIsTheIndexBuiltAfresh() {
        Random random = new Random(SEED);
        List<IndexEntry> entries = new ArrayList<>();
        for (int n = 0; n < ARTICLES; n++) entries.add(entry(random, n));
        SortedMap<String, byte[]> files = build(entries);
        int patched = 0;
        int aloneMoved = 0;
        int shardsMoved = 0;
        for (int round = 0; round < ROUNDS; round++) {
            List<IndexPatch.Change> changes = new ArrayList<>();
            List<IndexEntry> next = new ArrayList<>(entries);
            List<Integer> numbers = new ArrayList<>();
            int edits = 1 + random.nextInt(4);
            while (numbers.size() < edits) {
                int number = random.nextInt(ARTICLES);
                if (!numbers.contains(number)) numbers.add(number);
            }
            for (int number : numbers) {
                IndexEntry edited = edit(random, entries.get(number));
                next.set(number, edited);
                changes.add(new IndexPatch.Change(number, entries.get(number).toBytes(), edited.toBytes()));
            }
            SortedMap<String, byte[]> expected = build(next);
            SortedMap<String, byte[]> before = files;
            Optional<IndexPatch.Result> patch = IndexPatch.of(SMALL, path -> before.get(path), ARTICLES, changes);
            if (patch.isPresent()) {
                patched++;
                int at = round;
                SortedMap<String, byte[]> after = new TreeMap<>(files);
                patch.get().removed().forEach(path -> assertThat(after.remove(path)).as("round %d: %s", at, path).isNotNull());
                after.putAll(patch.get().written());
                assertThat(after.keySet()).as("seed %d, round %d", SEED, round).isEqualTo(expected.keySet());
                for (String path : expected.keySet()) {
                    assertThat(text(after.get(path))).as("seed %d, round %d: %s", SEED, round, path)
                            .isEqualTo(text(expected.get(path)));
                }
                assertThat(patch.get().written().size()).as("round %d: a patch rewrites few files", round)
                        .isLessThan(expected.size() / 2);
                IndexFiles was = new IndexFiles(files);
                IndexFiles is = new IndexFiles(expected);
                if (!was.meta.get("alone").equals(is.meta.get("alone"))) aloneMoved++;
                if (!was.meta.get("shards").equals(is.meta.get("shards"))) shardsMoved++;
            }
            entries = next;
            files = expected;
        }
        assertThat(patched).as("seed %d: most edits are patched in", SEED).isGreaterThan(ROUNDS * 2 / 3);
        assertThat(aloneMoved).as("seed %d: words came to stand alone or went back", SEED).isPositive();
        assertThat(shardsMoved).as("seed %d: shards were cut anew", SEED).isPositive();
    }

    @Test
    void anEditOfAYearOrAMissingFileMeansTheIndexIsRemade() {
        Random random = new Random(SEED);
        List<IndexEntry> entries = new ArrayList<>();
        for (int n = 0; n < 50; n++) entries.add(entry(random, n));
        SortedMap<String, byte[]> files = build(entries);
        IndexEntry old = entries.get(7);
        IndexEntry moved = new IndexEntry(old.id(), old.title(), old.summary(), old.publisher(),
                Optional.of(old.year().orElse(2000) + 1), old.language(), old.length(), old.words());
        List<IndexPatch.Change> year = List.of(new IndexPatch.Change(7, old.toBytes(), moved.toBytes()));
        assertThat(IndexPatch.of(SMALL, files::get, 50, year)).isEmpty();

        IndexEntry retitled = new IndexEntry(old.id(), "Another title", old.summary(), old.publisher(), old.year(),
                old.language(), old.length(), old.words());
        List<IndexPatch.Change> title = List.of(new IndexPatch.Change(7, old.toBytes(), retitled.toBytes()));
        assertThat(IndexPatch.of(SMALL, files::get, 50, title)).isPresent();
        IndexBuilder gapped = new IndexBuilder(SMALL);
        for (int n = 0; n < entries.size(); n++) if (n != 30) gapped.add(n, entries.get(n));
        assertThat(IndexPatch.of(SMALL, gapped.files()::get, 50, title)).as("an article failed to render").isEmpty();
        assertThat(IndexPatch.of(SMALL, gapped.files()::get, 50, List.of())).as("even with nothing edited").isEmpty();
        IndexPatch.Result none = IndexPatch.of(SMALL, files::get, 50, List.of()).orElseThrow();
        assertThat(none.removed()).isEmpty();
        assertThat(none.written().keySet()).containsExactly("search/meta.js");
        assertThat(text(none.written().get("search/meta.js"))).isEqualTo(text(files.get("search/meta.js")));
        assertThat(IndexPatch.of(SMALL, path -> path.startsWith("search/d/") ? null : files.get(path), 50, title)).isEmpty();
        assertThat(IndexPatch.of(SMALL, path -> path.endsWith("meta.js") ? "garbage".getBytes(StandardCharsets.UTF_8)
                : files.get(path), 50, title)).isEmpty();
    }

    private static SortedMap<String, byte[]> build(List<IndexEntry> entries) {
        IndexBuilder builder = new IndexBuilder(SMALL);
        for (int n = 0; n < entries.size(); n++) builder.add(n, entries.get(n));
        return builder.files();
    }

    private static IndexEntry entry(Random random, int number) {
        TreeMap<String, Integer> words = new TreeMap<>();
        int count = 5 + random.nextInt(40);
        for (int i = 0; i < count; i++) words.merge(word(random), 1 + random.nextInt(4), Integer::sum);
        return new IndexEntry("a" + number, "Title " + number, "Summary " + random.nextInt(1000),
                Optional.of("P" + random.nextInt(3)), Optional.of(2000 + random.nextInt(5)), "en",
                20 + random.nextInt(200), words);
    }

    /** The entry with some words dropped, some added, some weights changed, and its length and text changed. */
    private static IndexEntry edit(Random random, IndexEntry entry) {
        TreeMap<String, Integer> words = new TreeMap<>(entry.words());
        for (String word : new ArrayList<>(words.keySet())) {
            int dice = random.nextInt(20);
            if (dice < 2) words.remove(word);
            else if (dice < 4) words.put(word, 1 + random.nextInt(6));
            // A word repeated past the weight the index counts.
            else if (dice == 4) words.put(word, IndexLayout.MAX_WEIGHT + random.nextInt(200));
        }
        int added = random.nextInt(8);
        for (int i = 0; i < added; i++) words.merge(word(random), 1 + random.nextInt(4), Integer::sum);
        int length = Math.max(1, entry.length() + random.nextInt(21) - 10);
        return new IndexEntry(entry.id(), random.nextBoolean() ? entry.title() : "Edited " + random.nextInt(99),
                "Summary " + random.nextInt(1000), entry.publisher(), entry.year(), entry.language(), length, words);
    }

    /** A word of a Zipf-like vocabulary: a few words are in many articles, most in few. */
    private static String word(Random random) {
        int rank = (int) Math.floor(Math.pow(VOCABULARY, random.nextDouble()));
        return "w" + Integer.toString(rank, 36);
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
