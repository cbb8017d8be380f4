package io.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class IndexBuilderTest {
    private static final long SEED = 424242L;

    private static SearchDocument doc(int number, String title, String lede, String body) {
        return new SearchDocument(number, "a" + number, title, lede, lede, body, Optional.of("The Herald"),
                Optional.of(2020), List.of(), "en");
    }

    private static Map<Integer, Double> postings(IndexFiles index, String word) {
        return index.wordsStartingWith(word).getOrDefault(word, Map.of());
    }

    @Test
    void titleAndLedeMatchesOutrankBodyMatchesAndRarerWordsWeighMore() {
        String filler = "the council met on tuesday to discuss the budget and other matters of the town";
        IndexBuilder builder = new IndexBuilder();
        builder.add(doc(0, "Budget talks", "Councillors met.", filler + " heron"));
        builder.add(doc(1, "Heron returns", "Councillors met.", filler));
        builder.add(doc(2, "Budget talks", "A heron was seen.", filler));
        builder.add(doc(3, "Budget talks", "Councillors met.", filler + " heron heron heron"));
        builder.add(doc(4, "Budget talks", "Councillors met.", filler + " " + filler + " heron"));
        // Articles without the word, so that it is as rare as a searched word usually is.
        for (int n = 5; n < 40; n++) builder.add(doc(n, "Weather", "Rain.", filler));
        IndexFiles index = new IndexFiles(builder.files());

        Map<Integer, Double> heron = postings(index, "heron");
        assertThat(heron.keySet()).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
        assertThat(heron.get(1)).as("title beats lede").isGreaterThan(heron.get(2));
        assertThat(heron.get(2)).as("lede beats one body mention").isGreaterThan(heron.get(0));
        assertThat(heron.get(3)).as("more mentions score more").isGreaterThan(heron.get(0));
        assertThat(heron.get(0)).as("a longer article with as many mentions scores less").isGreaterThan(heron.get(4));
        // "budget" is in the title of four articles; "heron" in the title of one, so it counts more there.
        assertThat(postings(index, "heron").get(1)).isGreaterThan(postings(index, "budget").get(0));
        // The publisher and year can be searched too.
        assertThat(postings(index, "herald").keySet()).hasSize(40);
        assertThat(postings(index, "2020").keySet()).hasSize(40);
    }

    @Test
    void documentsTableHoldsWhatAResultShowsAndFiltersListTheirArticles() {
        IndexBuilder builder = new IndexBuilder();
        builder.add(new SearchDocument(0, "first", "Jürgen wins", "He won.", "He won.", "", Optional.of("Zeitung"),
                Optional.of(2019), List.of("Jürgen"), "de"));
        builder.add(new SearchDocument(1, "second", "Rain", "It rained.", "It rained.", "", Optional.empty(),
                Optional.empty(), List.of(), "en"));
        builder.add(new SearchDocument(2, "third", "Sun", "It shone.", "It shone.", "", Optional.of("Zeitung"),
                Optional.of(2021), List.of(), "en"));
        IndexFiles index = new IndexFiles(builder.files());
        assertThat(index.meta.get("count").asInt()).isEqualTo(3);
        assertThat(index.meta.get("years").toString()).isEqualTo("[2019,2021]");
        assertThat(index.meta.get("publishers").toString()).isEqualTo("[\"Zeitung\"]");
        assertThat(index.data("d/0").get(0).toString()).isEqualTo("[\"first\",\"Jürgen wins\",\"He won.\",0,2019,\"de\"]");
        assertThat(index.data("d/0").get(1).toString()).isEqualTo("[\"second\",\"Rain\",\"It rained.\",-1,0,\"en\"]");
        assertThat(IndexFiles.numbers(index.data("f/p0").asText())).containsExactly(0, 1);
        assertThat(IndexFiles.numbers(index.data("f/y2021").asText())).containsExactly(2);
        assertThat(postings(index, "jurgen").keySet()).containsExactly(0);
    }

    @Test
    void aPrefixQueryFindsEveryWordStartingWithItInTheShardsItLoads() {
        Random random = new Random(SEED);
        Map<String, Set<Integer>> truth = new TreeMap<>();
        IndexBuilder builder = new IndexBuilder();
        for (int n = 0; n < 3000; n++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 60; w++) body.append(word(random)).append(' ');
            String title = word(random) + " " + word(random);
            SearchDocument document = new SearchDocument(n, "a" + n, title, "", "", body.toString(),
                    Optional.empty(), Optional.empty(), List.of(), "en");
            builder.add(document);
            for (String w : Tokenizer.words(title + " " + body, "en")) {
                truth.computeIfAbsent(w, k -> new TreeSet<>()).add(n);
            }
        }
        SortedMap<String, byte[]> files = builder.files();
        IndexFiles index = new IndexFiles(files);
        assertThat(index.meta.get("shards").size()).as("seed %d: enough words for many shards", SEED).isGreaterThan(10);

        for (var file : files.entrySet()) {
            if (!file.getKey().startsWith("search/t/")) continue;
            int words = index.data(file.getKey().substring("search/".length(), file.getKey().length() - 3)).size();
            if (words > 1) {
                assertThat(file.getValue().length).as("seed %d: %s", SEED, file.getKey())
                        .isLessThanOrEqualTo(IndexLayout.DEFAULT.shardTarget() + 100);
            }
        }
        for (int round = 0; round < 300; round++) {
            String word = word(random);
            String prefix = word.substring(0, Math.min(word.length(), 1 + random.nextInt(3)));
            Map<String, Set<Integer>> expected = new TreeMap<>();
            truth.forEach((w, docs) -> { if (w.startsWith(prefix)) expected.put(w, docs); });
            Map<String, Set<Integer>> found = new TreeMap<>();
            index.wordsStartingWith(prefix).forEach((w, postings) -> found.put(w, postings.keySet()));
            assertThat(found).as("seed %d, prefix %s", SEED, prefix).isEqualTo(expected);
            if (prefix.length() >= 3) {
                assertThat(index.shardsFor(prefix).size()).as("seed %d, prefix %s", SEED, prefix).isLessThanOrEqualTo(2);
            }
        }
    }

    @Test
    void theFilesDependOnlyOnTheArticlesNotTheOrderTheyCameIn() throws Exception {
        Random random = new Random(SEED);
        List<SearchDocument> documents = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            documents.add(new SearchDocument(n, "a" + n, word(random) + " " + word(random), word(random),
                    word(random), word(random) + " " + word(random), Optional.of("P" + random.nextInt(5)),
                    Optional.of(2000 + random.nextInt(20)), List.of(word(random)), "en"));
        }
        IndexBuilder inOrder = new IndexBuilder();
        documents.forEach(inOrder::add);
        List<SearchDocument> shuffled = new ArrayList<>(documents);
        Collections.shuffle(shuffled, random);
        IndexBuilder concurrently = new IndexBuilder();
        shuffled.parallelStream().forEach(concurrently::add);

        SortedMap<String, byte[]> a = inOrder.files();
        SortedMap<String, byte[]> b = concurrently.files();
        assertThat(b.keySet()).isEqualTo(a.keySet());
        for (String path : a.keySet()) {
            assertThat(new String(b.get(path), StandardCharsets.UTF_8)).as("seed %d: %s", SEED, path)
                    .isEqualTo(new String(a.get(path), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theFilesAreTheSameWhateverNumberOfThreadsEncodesThem() {
        Random random = new Random(SEED);
        IndexBuilder builder = new IndexBuilder();
        // More distinct words than one batch of encoding, so that batches and their joins are exercised.
        Map<String, Set<Integer>> truth = new TreeMap<>();
        for (int n = 0; n < 400; n++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 60; w++) {
                String word = "w" + random.nextInt(20_000);
                body.append(word).append(' ');
                truth.computeIfAbsent(word, k -> new TreeSet<>()).add(n);
            }
            builder.add(new SearchDocument(n, "a" + n, word(random), word(random), word(random), body.toString(),
                    Optional.of("P" + random.nextInt(5)), Optional.of(2000 + random.nextInt(20)), List.of(), "en"));
        }
        SortedMap<String, byte[]> one = new TreeMap<>();
        builder.writeFiles(one::put, 1);
        SortedMap<String, byte[]> three = new TreeMap<>();
        builder.writeFiles(three::put, 3);
        assertThat(one.keySet()).hasSizeGreaterThan(10);
        Map<String, Map<Integer, Double>> found = new IndexFiles(one).wordsStartingWith("w");
        assertThat(truth).hasSizeGreaterThan(8_000);
        assertThat(found.keySet()).containsAll(truth.keySet());
        truth.forEach((word, articles) -> assertThat(found.get(word).keySet()).as(word).isEqualTo(articles));
        assertThat(three.keySet()).isEqualTo(one.keySet());
        for (String path : one.keySet()) {
            assertThat(new String(three.get(path), StandardCharsets.UTF_8)).as("seed %d: %s", SEED, path)
                    .isEqualTo(new String(one.get(path), StandardCharsets.UTF_8));
        }
    }

    @Test
    void germanArticlesAreFoundWithUmlautsSpelledOutToo() {
        IndexBuilder builder = new IndexBuilder();
        builder.add(new SearchDocument(0, "de", "Jürgen Müller gewinnt", "", "", "Größere Häuser", Optional.empty(),
                Optional.empty(), List.of(), "de"));
        builder.add(new SearchDocument(1, "en", "Jürgen Müller wins", "", "", "", Optional.empty(),
                Optional.empty(), List.of(), "en"));
        IndexFiles index = new IndexFiles(builder.files());
        assertThat(postings(index, "muller").keySet()).containsExactly(0, 1);
        assertThat(postings(index, "mueller").keySet()).as("a German spelling, in German text").containsExactly(0);
        assertThat(postings(index, "juergen").keySet()).containsExactly(0);
        assertThat(postings(index, "haeuser").keySet()).containsExactly(0);
        assertThat(postings(index, "groessere").keySet()).containsExactly(0);
        assertThat(Tokenizer.variants("Der Bär und die Katze", "de")).containsExactly("baer");
        assertThat(Tokenizer.variants("Der Bär", "en")).isEmpty();
    }

    @Test
    void anArticleNumberCannotBeAddedTwice() {
        IndexBuilder builder = new IndexBuilder();
        builder.add(doc(0, "A title", "", ""));
        assertThatThrownBy(() -> builder.add(doc(0, "Another", "", ""))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hostileTextStaysDataInsideTheScriptFiles() {
        IndexBuilder builder = new IndexBuilder();
        String hostile = "\");alert(1);//\u2028</script><script>alert(2)</script>\\";
        SearchDocument document = new SearchDocument(0, "a0", hostile, hostile, hostile, hostile, Optional.of(hostile),
                Optional.empty(), List.of(hostile), "en");
        builder.add(document);
        SearchText text = SearchText.of(document);
        SortedMap<String, byte[]> files = new TreeMap<>(builder.files());
        files.put(text.path(), text.script());
        IndexFiles index = new IndexFiles(files);
        assertThat(index.data("d/0").get(0).get(1).asText()).isEqualTo(hostile);
        assertThat(index.meta.get("publishers").get(0).asText()).isEqualTo(hostile);
        // The text file is one load call naming itself, the quote and code in its text only text (the tags are
        // HTML to Markdown, so not text a reader sees).
        assertThat(index.data("x/a0").get(0).asText()).startsWith("\");alert(1);//");
        for (byte[] file : files.values()) {
            String script = new String(file, StandardCharsets.UTF_8);
            assertThat(script).doesNotContain("\u2028");
        }
    }

    /** A random lower-case word of 2 to 8 letters from a small alphabet, so prefixes are shared. */
    private static String word(Random random) {
        String letters = "abcdeilmnorstu";
        int length = 2 + random.nextInt(7);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) word.append(letters.charAt(random.nextInt(letters.length())));
        return word.toString();
    }

}
