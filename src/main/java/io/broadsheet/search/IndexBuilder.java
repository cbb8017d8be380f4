package io.broadsheet.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Builds the full-text index of the site's search page, one article at a time, and writes it as small script files
 * that the page loads on demand (see {@code docs/search.md} for the format).
 *
 * <p>The index is an inverted index of folded words cut into shards by ranges of words (a frequent word has a file
 * of its own), so that a one-word or one-prefix query loads one or two files; each posting holds its article's
 * number and the per-article part of its BM25F score (title, lede and topics weigh more than the body), which
 * {@code search.js} multiplies by the word's idf. How files are cut and scored is {@link IndexLayout}'s, so that
 * {@link IndexPatch} can bring them up to date after an edit. Beside it are the documents table, cut into shards of
 * {@value #DOCUMENTS_PER_SHARD} articles and loaded only for the results shown, and one list of articles per year
 * and per publisher for the filters. Each article's reading text, loaded for the articles a phrase is checked
 * against and the results shown, is a file of its own that the build writes with the article ({@link SearchText}),
 * as it depends on nothing else.
 *
 * <p>Every file is a script calling {@code BroadsheetSearch.load(name, data)}, because a page opened from disk may
 * load a script but not fetch a file. Articles may be added from several threads in any order; the files depend only
 * on the set of articles added.
 */
public final class IndexBuilder {
    /** Articles per file of the documents table: a page of ten results loads at most ten small files. */
    public static final int DOCUMENTS_PER_SHARD = 8;
    /** How much a word counts in each field: matches in the title and lede rank an article higher. */
    static final int TITLE_WEIGHT = 4;
    static final int LEDE_WEIGHT = 2;
    static final int TOPIC_WEIGHT = 2;
    static final int BODY_WEIGHT = 1;
    /** Words whose postings are encoded together, across the threads, before they are cut into shards. */
    private static final int ENCODE_BATCH = 4096;
    /** Longest snippet kept per article, in characters. */
    static final int SNIPPET_LENGTH = 220;
    /** Bits of a packed posting that hold its weight: enough for {@link IndexLayout#MAX_WEIGHT}. */
    private static final int WEIGHT_BITS = 9;
    private static final int MAX_WEIGHT = IndexLayout.MAX_WEIGHT;
    private static final int MAX_ARTICLES = 1 << (31 - WEIGHT_BITS);

    private final IndexLayout layout;
    private final Map<String, Postings> postings = new HashMap<>();
    /** By article number; null where no article was added. An array, as a map would cost more than a row. */
    private Stored[] documents = new Stored[16];
    /**
     * One instance of each publisher, language and year, which every article repeats: a large archive's documents
     * table would otherwise hold a copy per article.
     */
    private final Map<Object, Object> shared = new HashMap<>();
    /** Ids added so far: an id names the article's text file, so two articles may not share one. */
    private final Set<String> ids = new HashSet<>();

    /** A builder of an empty index. */
    public IndexBuilder() {
        this(IndexLayout.DEFAULT);
    }

    /** A builder cutting its files by the given rules: small ones let tests exercise every rule with few words. */
    IndexBuilder(IndexLayout layout) {
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    /**
     * Adds an article. Thread-safe.
     *
     * @throws IllegalArgumentException if an article with the same number or id was added already, or the number is
     *                                  too large for the index
     */
    public void add(SearchDocument document) {
        Objects.requireNonNull(document, "document");
        add(document.number(), entry(document));
    }

    /**
     * Adds an article whose entry was worked out before, perhaps by an earlier build. Thread-safe. The files are the
     * same whether an article is added by its document or by its entry.
     *
     * @param number the article's place in the archive, from 0, newest first
     * @throws IllegalArgumentException if an article with the same number or id was added already, or the number is
     *                                  negative or too large for the index
     */
    public void add(int number, IndexEntry entry) {
        Objects.requireNonNull(entry, "entry");
        String[] words = entry.words().keySet().toArray(String[]::new);
        int[] weights = entry.words().values().stream().mapToInt(Integer::intValue).toArray();
        add(number, new Stored(entry.id(), entry.title(), entry.summary(), entry.publisher().orElse(null),
                entry.year().orElse(null), entry.language(), entry.length()), words, weights);
    }

    /**
     * Adds an article by its entry's bytes, as {@link IndexEntry#toBytes} wrote them. Thread-safe. The same as
     * adding the entry itself, without building it: a build that remakes the index reads every article's entry.
     *
     * @param number the article's place in the archive, from 0, newest first
     * @throws IllegalArgumentException as {@link #add(int, IndexEntry)}
     * @throws java.io.UncheckedIOException as {@link IndexEntry#fromBytes}
     */
    public void add(int number, byte[] entry) {
        Objects.requireNonNull(entry, "entry");
        IndexEntry.Decoded d = IndexEntry.decode(entry);
        add(number, new Stored(d.id(), d.title(), d.summary(), d.publisher(), d.year(), d.language(), d.length()),
                d.words(), d.weights());
    }

    private void add(int number, Stored stored, String[] words, int[] weights) {
        if (number < 0) throw new IllegalArgumentException("number must not be negative: " + number);
        if (number >= MAX_ARTICLES) throw new IllegalArgumentException("too many articles");
        synchronized (this) {
            if (number >= documents.length) {
                documents = Arrays.copyOf(documents, Math.max(number + 1, documents.length * 2));
            }
            if (documents[number] != null) {
                throw new IllegalArgumentException("article number added twice: " + number);
            }
            if (!ids.add(stored.id())) throw new IllegalArgumentException("article id added twice: " + stored.id());
            documents[number] = new Stored(stored.id(), stored.title(), stored.summary(), shared(stored.publisher()),
                    shared(stored.year()), shared(stored.language()), stored.length());
            for (int i = 0; i < words.length; i++) {
                postings.computeIfAbsent(words[i], w -> new Postings())
                        .add(number << WEIGHT_BITS | Math.min(weights[i], MAX_WEIGHT));
            }
        }
    }

    /**
     * The index's work on one article that does not depend on the rest of the archive: its words and their weights,
     * its stored fields and its reading text. Pure; a cache may keep it (see {@link IndexEntry}).
     */
    public static IndexEntry entry(SearchDocument document) {
        Objects.requireNonNull(document, "document");
        return entry(document, SearchText.of(document));
    }

    /**
     * As {@link #entry(SearchDocument)}, with the article's reading text made already, so that a build that writes
     * the text file too renders the article's Markdown once.
     *
     * @throws IllegalArgumentException if the text is another article's
     */
    public static IndexEntry entry(SearchDocument document, SearchText text) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(text, "text");
        if (!text.id().equals(document.id())) {
            throw new IllegalArgumentException("text of " + text.id() + " given for " + document.id());
        }
        Map<String, Integer> weights = new HashMap<>();
        String lang = document.language();
        int length = field(weights, document.title(), lang, TITLE_WEIGHT);
        for (String paragraph : text.lede()) length += field(weights, paragraph, lang, LEDE_WEIGHT);
        for (String paragraph : text.body()) length += field(weights, paragraph, lang, BODY_WEIGHT);
        for (String topic : document.topics()) field(weights, topic, lang, TOPIC_WEIGHT);
        document.publisher().ifPresent(p -> field(weights, p, lang, BODY_WEIGHT));
        document.year().ifPresent(y -> count(weights, List.of(Integer.toString(y)), BODY_WEIGHT));
        return new IndexEntry(document.id(), document.title(), snippet(document.summary()), document.publisher(),
                document.year(), lang, Math.max(1, length), new TreeMap<>(weights));
    }

    /** Counts a field's words and their other spellings; returns the number of words, by which length counts. */
    private static int field(Map<String, Integer> weights, String text, String language, int weight) {
        count(weights, Tokenizer.variants(text, language), weight);
        return count(weights, Tokenizer.words(text, language), weight);
    }

    private static int count(Map<String, Integer> weights, List<String> words, int weight) {
        for (String word : words) weights.merge(word, weight, Integer::sum);
        return words.size();
    }

    private static String snippet(String summary) {
        String text = summary.strip().replaceAll("\\s+", " ");
        if (text.length() <= SNIPPET_LENGTH) return text;
        int cut = text.lastIndexOf(' ', SNIPPET_LENGTH);
        return text.substring(0, cut > SNIPPET_LENGTH / 2 ? cut : SNIPPET_LENGTH).strip() + "…";
    }

    /**
     * The index files, by path from the site's top ({@code search/…}), sorted. The same articles give the same
     * bytes, whatever order they were added in.
     */
    public SortedMap<String, byte[]> files() {
        SortedMap<String, byte[]> files = new TreeMap<>();
        writeFiles(files::put);
        return files;
    }

    /**
     * Hands each index file, with its path from the site's top ({@code search/…}), to {@code sink} as soon as it is
     * made, so that the whole index is never in memory at once: the files of {@link #files()}, in an order that
     * depends only on the articles added.
     */
    public void writeFiles(BiConsumer<String, byte[]> sink) {
        writeFiles(sink, 1);
    }

    /**
     * As {@link #writeFiles(BiConsumer)}, with the words' postings sorted and encoded on the given number of threads
     * (most of the work of a large index); the files are the same for any number.
     *
     * @param threads at least 1
     */
    public synchronized void writeFiles(BiConsumer<String, byte[]> sink, int threads) {
        Objects.requireNonNull(sink, "sink");
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        int[] numbers = IntStream.range(0, documents.length).filter(n -> documents[n] != null).toArray();
        int count = numbers.length == 0 ? 0 : numbers[numbers.length - 1] + 1;
        long totalLength = Arrays.stream(numbers).mapToLong(n -> documents[n].length()).sum();
        double averageLength = IndexLayout.averageLength(totalLength, numbers.length);

        String[] words = postings.keySet().toArray(String[]::new);
        Arrays.sort(words);
        long shardWords = 0;
        long shardPostings = 0;
        for (Postings list : postings.values()) {
            if (layout.alone(list.size)) continue;
            shardWords++;
            shardPostings += list.size;
        }
        ShardCutter cutter = new ShardCutter(layout, layout.segmentWords(shardWords, shardPostings),
                (name, shard) -> writeScript(sink, name, shard));
        List<List<String>> alone = new ArrayList<>();
        ForkJoinPool pool = threads > 1 ? new ForkJoinPool(threads) : null;
        try {
            // A batch of words at a time, so that the encoded index is never all in memory.
            for (int from = 0; from < words.length; from += ENCODE_BATCH) {
                int start = from;
                IntFunction<String> encodeOne = i -> encode(postings.get(words[start + i]), averageLength);
                int batch = Math.min(ENCODE_BATCH, words.length - from);
                String[] encoded = pool == null ? IntStream.range(0, batch).mapToObj(encodeOne).toArray(String[]::new)
                        : pool.submit(() -> IntStream.range(0, batch).parallel().mapToObj(encodeOne)
                                .toArray(String[]::new)).join();
                for (int k = 0; k < batch; k++) {
                    String word = words[start + k];
                    if (layout.alone(postings.get(word).size)) {
                        String name = IndexLayout.fileName(word);
                        writeScript(sink, name, Map.of(word, encoded[k]));
                        alone.add(List.of(word, name));
                    } else {
                        cutter.add(word, encoded[k]);
                    }
                }
            }
        } finally {
            if (pool != null) pool.shutdown();
        }
        List<List<String>> shards = cutter.finish();

        TreeSet<String> publishers = new TreeSet<>();
        TreeMap<Integer, List<Integer>> byYear = new TreeMap<>();
        Map<String, List<Integer>> byPublisher = new HashMap<>();
        for (int number : numbers) {
            Stored d = documents[number];
            if (d.publisher() != null) {
                publishers.add(d.publisher());
                byPublisher.computeIfAbsent(d.publisher(), p -> new ArrayList<>()).add(number);
            }
            if (d.year() != null) byYear.computeIfAbsent(d.year(), y -> new ArrayList<>()).add(number);
        }
        List<String> publisherList = List.copyOf(publishers);
        byYear.forEach((year, list) -> writeScript(sink, "f/y" + year, gaps(list)));
        for (int p = 0; p < publisherList.size(); p++) {
            writeScript(sink, "f/p" + p, gaps(byPublisher.get(publisherList.get(p))));
        }

        for (int first = 0; first < count; first += DOCUMENTS_PER_SHARD) {
            List<Object> rows = new ArrayList<>();
            for (int n = first; n < Math.min(count, first + DOCUMENTS_PER_SHARD); n++) {
                Stored d = documents[n];
                // A number nobody added (an article that failed to render) keeps its place as null.
                rows.add(d == null ? null : row(d.id(), d.title(), d.summary(),
                        d.publisher() == null ? -1 : publisherList.indexOf(d.publisher()), d.year(), d.language()));
            }
            writeScript(sink, "d/" + first / DOCUMENTS_PER_SHARD, rows);
        }

        writeScript(sink, "meta", new Meta(count, numbers.length, totalLength, shardWords, shardPostings, shards,
                alone, List.copyOf(byYear.keySet()), publisherList).toMap());
    }

    /** A row of the documents table: what a result shows of an article. */
    static List<Object> row(String id, String title, String summary, int publisher, Integer year, String language) {
        return Arrays.asList(id, title, summary, publisher, year == null ? 0 : year, language);
    }

    /** A word's postings: for each article in order, the gap since the previous one, then its score. */
    private String encode(Postings list, double averageLength) {
        int count = list.sort();
        int[] numbers = new int[count];
        int[] scores = new int[count];
        for (int k = 0; k < count; k++) {
            int entry = list.entries[k];
            numbers[k] = entry >>> WEIGHT_BITS;
            scores[k] = IndexLayout.score(entry & MAX_WEIGHT, documents[numbers[k]].length(), averageLength);
        }
        return encodePostings(numbers, scores, count);
    }

    /** Postings as {@code search.js} reads them: each article's number as the gap since the previous, then its score. */
    static String encodePostings(int[] numbers, int[] scores, int count) {
        StringBuilder out = new StringBuilder(count * 3);
        int previous = -1;
        for (int k = 0; k < count; k++) {
            Base32Varint.append(out, numbers[k] - previous - 1);
            Base32Varint.append(out, scores[k]);
            previous = numbers[k];
        }
        return out.toString();
    }

    private static String gaps(List<Integer> numbers) {
        StringBuilder out = new StringBuilder();
        int previous = -1;
        for (int number : numbers) {
            Base32Varint.append(out, number - previous - 1);
            previous = number;
        }
        return out.toString();
    }

    /** Immutable, so one serves every build; escapes U+2028 and U+2029, which older engines reject in scripts. */
    private static final ObjectWriter JSON = new ObjectMapper().writer();

    private static void writeScript(BiConsumer<String, byte[]> sink, String name, Object data) {
        sink.accept("search/" + name + ".js", script(name, data));
    }

    static byte[] script(String name, Object data) {
        try {
            String json = JSON.writeValueAsString(data).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
            String quotedName = new String(JsonStringEncoder.getInstance().quoteAsString(name));
            return ("BroadsheetSearch.load(\"" + quotedName + "\"," + json + ");\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain lists and maps always serialise", e);
        }
    }

    /** The one instance of a value many articles share; null stays null. */
    @SuppressWarnings("unchecked")
    private <T> T shared(T value) {
        return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
    }

    /** What is kept of an article until the files are written. */
    private record Stored(String id, String title, String summary, String publisher, Integer year, String language,
                          int length) {}

    /** A growable list of packed (article number, weight) entries. */
    private static final class Postings {
        private int[] entries = new int[2];
        private int size;

        void add(int entry) {
            // Half again, not double: the postings are most of a large index's memory, and doubling leaves a
            // quarter of it unused on average.
            if (size == entries.length) entries = Arrays.copyOf(entries, size + (size >> 1) + 1);
            entries[size++] = entry;
        }

        /** Sorts the entries in place, by article number, and returns how many there are. */
        int sort() {
            Arrays.sort(entries, 0, size);
            return size;
        }
    }
}
