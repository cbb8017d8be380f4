package io.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class IndexEntryTest {
    private static final long SEED = 5_2026L;

    @Test
    void anEntryReadBackFromItsBytesIsTheSameEntry() throws IOException {
        Random random = new Random(SEED);
        for (int round = 0; round < 200; round++) {
            IndexEntry entry = randomEntry(random);
            byte[] bytes = bytes(entry);
            assertThat(IndexEntry.read(new DataInputStream(new ByteArrayInputStream(bytes))))
                    .as("seed %d, round %d", SEED, round).isEqualTo(entry);
        }
    }

    @Test
    void wordsAreStoredCompactly() throws IOException {
        // Sorted words share their beginnings; an entry costs less than its words written out.
        IndexEntry entry = IndexBuilder.entry(document(0, "Council budget", "The council met on budget day.",
                "Councillors, councils and budgeting: the council's budgetary budget was councilled."));
        long plain = 0;
        for (String word : entry.words().keySet()) plain += word.getBytes(StandardCharsets.UTF_8).length + 2;
        assertThat(bytes(entry).length).isLessThan((int) plain + entry.title().length() + entry.summary().length() + 40);
    }

    @Test
    void bytesCutShortOrOfAnotherFormatAreRefused() throws IOException {
        byte[] bytes = bytes(IndexBuilder.entry(document(0, "A title", "A lede.", "A body.")));
        for (int cut : new int[] {0, 1, bytes.length / 2, bytes.length - 1}) {
            byte[] shorter = Arrays.copyOf(bytes, cut);
            assertThatThrownBy(() -> IndexEntry.read(new DataInputStream(new ByteArrayInputStream(shorter))))
                    .as("cut at %d", cut).isInstanceOf(IOException.class);
        }
        byte[] other = bytes.clone();
        other[0] = (byte) (IndexEntry.FORMAT + 1);
        assertThatThrownBy(() -> IndexEntry.read(new DataInputStream(new ByteArrayInputStream(other))))
                .isInstanceOf(IOException.class).hasMessageContaining("format");
    }

    @Test
    void bytesWhoseWordsAreOutOfOrderAreRefusedWhetherReadOrAdded() {
        SortedMap<String, Integer> words = new TreeMap<>(Map.of("alpha", 1, "beta", 2));
        byte[] bytes = new IndexEntry("a1", "T", "S", Optional.empty(), Optional.empty(), "en", 3, words).toBytes();
        // "alpha" then "beta" are stored as (0, "alpha", 1) and (0, "beta", 2); swapping the two words' letters
        // keeps every length and makes the second word sort before the first.
        String text = new String(bytes, StandardCharsets.ISO_8859_1).replace("alpha", "zzzzz");
        byte[] swapped = text.getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> IndexEntry.fromBytes(swapped)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("out of order");
        assertThatThrownBy(() -> new IndexBuilder().add(0, swapped)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void theEntryIsTheArticlesAloneNotItsPlaceInTheArchive() {
        assertThat(IndexBuilder.entry(document(0, "Heron returns", "A heron.", "It was seen.")))
                .isEqualTo(IndexBuilder.entry(document(7, "Heron returns", "A heron.", "It was seen.")));
    }

    @Test
    void theTextIsWhatAReaderSeesOneParagraphAtATime() {
        SearchDocument document = document(0, "Title", "The *lede*, with [a link](https://example.org/x).",
                "## A crosshead\n\nFish \\*and\\* chips &amp; peas.\n\n- first item\n- second item\n\n"
                        + "See <https://example.com/page> for more.");
        SearchText text = SearchText.of(document);
        assertThat(text.lede()).containsExactly("The lede, with a link.");
        assertThat(text.body()).containsExactly("A crosshead", "Fish *and* chips & peas.",
                "first item", "second item", "See https://example.com/page for more.");
        assertThat(new String(text.script(), StandardCharsets.UTF_8)).startsWith("BroadsheetSearch.load(\"x/a1\",")
                .contains("[\"The lede, with a link.\",\"A crosshead\",");
        IndexEntry entry = IndexBuilder.entry(document, text);
        assertThat(entry).isEqualTo(IndexBuilder.entry(document));
        assertThat(entry.words()).containsKeys("lede", "link", "crosshead", "chips", "peas", "second")
                .doesNotContainKeys("org", "amp");
        // The title counts four times, the lede twice, the body once.
        assertThat(entry.words().get("title")).isEqualTo(IndexBuilder.TITLE_WEIGHT);
        assertThat(entry.words().get("lede")).isEqualTo(IndexBuilder.LEDE_WEIGHT);
        assertThat(entry.words().get("fish")).isEqualTo(IndexBuilder.BODY_WEIGHT);
        // Title: title. Lede: the lede with link. Body: crosshead, fish and chips peas, first item, second item,
        // see https example com page for more.
        assertThat(entry.length()).isEqualTo(1 + 4 + 16);
    }

    @Test
    void idsThatCannotNameAFileAreRefused() {
        for (String id : List.of("", "../x", "a/b", "a b", "a.js")) {
            assertThatThrownBy(() -> IndexBuilder.entry(new SearchDocument(0, id, "T", "", "", "", Optional.empty(),
                    Optional.empty(), List.of(), "en"))).as(id).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theFilesAreTheSameWhetherArticlesComeAsDocumentsOrAsStoredEntries() throws Exception {
        Random random = new Random(SEED);
        List<SearchDocument> documents = new ArrayList<>();
        for (int n = 0; n < 150; n++) {
            documents.add(new SearchDocument(n, "a" + n, text(random, 3), text(random, 12), text(random, 12),
                    text(random, 30) + "\n\n" + text(random, 40), Optional.of("P" + random.nextInt(4)),
                    random.nextBoolean() ? Optional.of(2000 + random.nextInt(10)) : Optional.empty(),
                    List.of(text(random, 2)), random.nextInt(4) == 0 ? "de" : "en"));
        }
        IndexBuilder direct = new IndexBuilder();
        documents.forEach(direct::add);

        // As a cache would: entries to bytes, bytes back to entries, added in another order from several threads.
        Map<Integer, byte[]> stored = new TreeMap<>();
        for (SearchDocument d : documents) stored.put(d.number(), bytes(IndexBuilder.entry(d)));
        List<Integer> order = new ArrayList<>(stored.keySet());
        Collections.shuffle(order, random);
        IndexBuilder cached = new IndexBuilder();
        // Half of them by their bytes alone, as a rebuild adds them, the other half read back into entries.
        order.parallelStream().forEach(n -> {
            try {
                if (n % 2 == 0) cached.add(n, stored.get(n));
                else cached.add(n, IndexEntry.read(new DataInputStream(new ByteArrayInputStream(stored.get(n)))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        SortedMap<String, byte[]> a = direct.files();
        SortedMap<String, byte[]> b = cached.files();
        assertThat(b.keySet()).isEqualTo(a.keySet());
        assertThat(a.keySet()).as("texts are the build's to write, with each article")
                .noneMatch(p -> p.startsWith("search/x/"));
        for (String path : a.keySet()) {
            assertThat(new String(b.get(path), StandardCharsets.UTF_8)).as("seed %d: %s", SEED, path)
                    .isEqualTo(new String(a.get(path), StandardCharsets.UTF_8));
        }
    }

    @Test
    void anIdCannotBeAddedTwiceUnderDifferentNumbers() {
        IndexBuilder builder = new IndexBuilder();
        IndexEntry entry = IndexBuilder.entry(document(0, "A", "", ""));
        builder.add(0, entry);
        assertThatThrownBy(() -> builder.add(1, entry)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.add(-1, entry)).isInstanceOf(IllegalArgumentException.class);
    }

    private static SearchDocument document(int number, String title, String lede, String body) {
        return new SearchDocument(number, "a1", title, lede, lede, body, Optional.of("The Herald"), Optional.of(2020),
                List.of(), "en");
    }

    private static byte[] bytes(IndexEntry entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        entry.write(new DataOutputStream(out));
        return out.toByteArray();
    }

    /** Entries with what is hard to store: empty and absent fields, accents, astral characters, long words. */
    private static IndexEntry randomEntry(Random random) {
        SortedMap<String, Integer> words = new TreeMap<>();
        int count = random.nextInt(40);
        for (int i = 0; i < count; i++) words.put(text(random, 1).replace(" ", ""), 1 + random.nextInt(1000));
        words.remove("");
        return new IndexEntry("a" + random.nextInt(1000), text(random, 4), text(random, 10),
                random.nextBoolean() ? Optional.of(text(random, 2)) : Optional.empty(),
                random.nextBoolean() ? Optional.of(random.nextInt(4000) - 1000) : Optional.empty(),
                random.nextBoolean() ? "en" : "zh-Hant", 1 + random.nextInt(100_000), words);
    }

    private static String text(Random random, int words) {
        String[] pieces = {"ab", "abc", "abd", "ü", "é", "\uD83D\uDE00", "\uD840\uDC00", "x", "ß", "zz", "100", "ł"};
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) out.append(' ');
            for (int p = 1 + random.nextInt(4); p > 0; p--) out.append(pieces[random.nextInt(pieces.length)]);
        }
        return out.toString();
    }
}
