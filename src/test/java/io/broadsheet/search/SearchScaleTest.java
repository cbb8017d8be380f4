package io.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.generate.ArchiveGenerator;
import io.broadsheet.generate.ArchiveWriter;
import io.broadsheet.generate.GeneratedDump;
import io.broadsheet.markdown.ArchivedArticle;
import io.broadsheet.markdown.MarkdownReader;
import io.broadsheet.parse.DumpParser;
import io.broadsheet.parse.DumpSyntaxException;
import io.broadsheet.render.ArticleSummary;
import io.broadsheet.render.PageRenderer;
import io.broadsheet.render.Theme;
import io.broadsheet.site.SiteBuilder;
import io.broadsheet.testing.Chromium;
import io.broadsheet.testing.Project;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measures search at scale (docs/search.md): on a generated archive of {@code -Dbroadsheet.searchScale=N} articles,
 * the bytes a one-word query loads, the share of the build the index costs, and the time to first results in
 * headless Chromium from {@code file://}. Skipped unless the property is set, as a large build takes minutes.
 */
class SearchScaleTest {
    private static final long SEED = 1L;

    @Test
    void aOneWordQueryLoadsLittleAndTheIndexCostsLittleOfTheBuild() throws Exception {
        String scale = System.getProperty("broadsheet.searchScale", "");
        Assumptions.assumeFalse(scale.isEmpty(), "set -Dbroadsheet.searchScale=10000 to measure search at scale");
        int count = Integer.parseInt(scale);
        Path work = Project.dir().resolve("target/search-scale-" + count);
        Path seeds = work.resolve("seeds");
        Path site = work.resolve("site");
        if (!Files.isDirectory(seeds)) ArchiveWriter.write(seeds, SEED, count);

        // Reusing the site of an earlier run measures the queries again without the minutes of a build.
        if (!Boolean.getBoolean("broadsheet.searchScale.reuse") || !Files.isDirectory(site)) {
            long start = System.nanoTime();
            new SiteBuilder(seeds, Project.dir().resolve("templates"), site).build();
            long build = System.nanoTime() - start;
            long index = indexTime(site);
            double share = (double) index / (build - index);
            System.out.printf("%d articles: build %.1f s, of which search index %.1f s = %.1f%% of the rest%n",
                    count, build / 1e9, index / 1e9, 100 * share);
            assertThat(share).isLessThanOrEqualTo(0.2);
        } else {
            for (var asset : Theme.of(Project.dir().resolve("templates")).assets().entrySet()) {
                Files.write(site.resolve("assets/" + asset.getKey()), asset.getValue());
            }
        }

        measure(site, count);
    }

    /**
     * The index alone at a scale too large to build the whole site in a test: made straight from the generated
     * dumps (first paragraph as title, second as lede and summary, the rest as body, text without markup), written
     * with the search page and the theme's assets, and measured like a built site.
     */
    @Test
    void theIndexAloneAtScale() throws Exception {
        String scale = System.getProperty("broadsheet.searchScale.direct", "");
        Assumptions.assumeFalse(scale.isEmpty(), "set -Dbroadsheet.searchScale.direct=100000 to measure the index alone");
        int count = Integer.parseInt(scale);
        Path site = Project.dir().resolve("target/search-scale-direct-" + count);
        Map<String, byte[]> written = new TreeMap<>();
        // Reusing the index of an earlier run measures the queries again, with the current page and script.
        if (!Boolean.getBoolean("broadsheet.searchScale.reuse") || !Files.isDirectory(site.resolve("search"))) {
            written.putAll(directIndex(count, site));
        }
        written.put("search/index.html",
                new PageRenderer(Theme.defaults()).searchPage().getBytes(StandardCharsets.UTF_8));
        Theme.of(Project.dir().resolve("templates")).assets().forEach((path, bytes) -> written.put("assets/" + path, bytes));
        for (var file : written.entrySet()) {
            Path target = site.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        measure(site, count);
    }

    /**
     * The index of generated dumps, made straight from them; the folder's old files are deleted first, and each
     * article's text file is written as it is made, as a build does.
     */
    private static Map<String, byte[]> directIndex(int count, Path site) throws IOException {
        if (Files.isDirectory(site)) {
            try (Stream<Path> old = Files.walk(site)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        Files.createDirectories(site.resolve("search/x"));
        long start = System.nanoTime();
        IndexBuilder builder = new IndexBuilder();
        ArchiveGenerator.generate(SEED, count).parallel().forEach(dump -> {
            List<String> paragraphs = parse(dump).stream()
                    .map(html -> Jsoup.parseBodyFragment(html).text()).filter(t -> !t.isBlank()).toList();
            String title = paragraphs.isEmpty() ? "" : paragraphs.get(0);
            String lede = paragraphs.size() < 2 ? "" : paragraphs.get(1);
            String body = paragraphs.size() < 3 ? "" : String.join("\n\n", paragraphs.subList(2, paragraphs.size()));
            int number = Integer.parseInt(dump.fileName().substring(0, 6));
            SearchDocument document = new SearchDocument(number, dump.fileName().substring(0, 6), title, lede, lede,
                    body, Optional.of(dump.publisher()), Optional.of(dump.year()), dump.topics(), dump.language());
            SearchText text = SearchText.of(document);
            try {
                Files.write(site.resolve(text.path()), text.script());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            builder.add(number, IndexBuilder.entry(document, text));
        });
        Map<String, byte[]> files = builder.files();
        System.out.printf("%d articles: generated and indexed in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
        return files;
    }

    private static List<String> parse(GeneratedDump dump) {
        try {
            return DumpParser.parse(dump.fileName(), dump.dump());
        } catch (DumpSyntaxException e) {
            throw new IllegalStateException("a generated dump always parses", e);
        }
    }

    private static void measure(Path site, int count) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(site.resolve("search"))) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        IndexFiles indexFiles = new IndexFiles(files);
        long total = files.values().stream().mapToLong(b -> b.length).sum();
        System.out.printf("index: %d files, %.1f MB, %d word shards%n", files.size(), total / 1e6,
                indexFiles.meta.get("shards").size());
        long page = files.get("search/index.html").length + Files.size(site.resolve("assets/search.js"))
                + Files.size(site.resolve("assets/style.css"));
        long limit = count <= 10_000 ? 150_000 : 300_000;
        GeneratedDump middle = ArchiveGenerator.dump(SEED, count / 2);
        String topic = Tokenizer.words(middle.topics().get(0), middle.language()).get(0);
        String publisher = Tokenizer.words(middle.publisher(), "en").get(0);
        List<String> words = List.of(ArchiveGenerator.uniqueWord(SEED, count / 2), topic,
                topic.substring(0, Math.min(4, topic.length())), publisher, "the");
        for (String word : words) {
            long shards = transfer(indexFiles, files, word);
            System.out.printf("one-word query %-10s loads %6.1f KB of index (%6.1f KB with page, script and style)%n",
                    word, shards / 1e3, (shards + page) / 1e3);
            if (!word.equals("the")) assertThat(shards + page).as(word).isLessThanOrEqualTo(limit);
        }
        firstResults(site, words.get(0));
        firstResults(site, topic);
        firstResults(site, publisher);
        // A phrase from the middle of the middle article: the texts of the articles having its words are checked.
        int per = indexFiles.meta.get("documentsPerShard").asInt();
        String id = indexFiles.data("d/" + count / 2 / per).get(count / 2 % per).get(0).asText();
        JsonNode text = indexFiles.data("x/" + id);
        List<String> inner = Tokenizer.words(text.get(text.size() / 2).asText(), middle.language());
        firstResults(site, "\"" + String.join(" ", inner.subList(0, Math.min(3, inner.size()))) + "\"");
    }

    /** The bytes of the files search.js loads for a one-word query showing its first ten results. */
    private static long transfer(IndexFiles index, Map<String, byte[]> files, String word) {
        Set<String> loaded = new LinkedHashSet<>(List.of("meta"));
        List<String> shards = index.shardsFor(word);
        loaded.addAll(shards.size() > 3 ? shards.subList(0, 1) : shards);
        Map<Integer, Double> scores = new TreeMap<>();
        for (String name : loaded) {
            if (!name.startsWith("t/")) continue;
            index.data(name).fields().forEachRemaining(e -> {
                if (!e.getKey().startsWith(word)) return;
                IndexFiles.postings(e.getValue().asText(), index.meta.get("articles").asInt(),
                        index.meta.get("scoreScale").asDouble()).forEach((doc, s) -> scores.merge(doc, s, Math::max));
            });
        }
        int per = index.meta.get("documentsPerShard").asInt();
        List<Integer> shown = scores.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()).limit(10).map(Map.Entry::getKey).toList();
        shown.forEach(n -> loaded.add("d/" + n / per));
        // Each result's text, for its snippet.
        shown.forEach(n -> loaded.add("x/" + index.data("d/" + n / per).get(n % per).get(0).asText()));
        return loaded.stream().mapToLong(name -> files.get("search/" + name + ".js").length).sum();
    }

    /** What the index adds to a build: made again from the built site's Markdown, reading excluded. */
    private static long indexTime(Path site) throws IOException {
        List<ArchivedArticle> articles = new ArrayList<>();
        try (Stream<Path> folders = Files.list(site.resolve("articles"))) {
            for (Path folder : folders.sorted().toList()) {
                articles.add(MarkdownReader.read(Files.readString(folder.resolve("article.md"), StandardCharsets.UTF_8)));
            }
        }
        long start = System.nanoTime();
        IndexBuilder builder = new IndexBuilder();
        for (int i = 0; i < articles.size(); i++) {
            SearchDocument document = SearchDocument.of(i, ArticleSummary.of(articles.get(i)), articles.get(i));
            SearchText text = SearchText.of(document);
            text.script();
            builder.add(i, IndexBuilder.entry(document, text));
        }
        builder.files();
        return System.nanoTime() - start;
    }

    /**
     * Types the query on the search page and times its first result; then, once the page has finished, adds up the
     * bytes of every file the page loaded (the page, its style, and each script it added), as a reader would
     * transfer them.
     */
    private static void firstResults(Path site, String query) throws IOException {
        if (!Chromium.installed()) return;
        WebDriver browser = Chromium.start(Chromium.options());
        try {
            browser.get(site.resolve("search/index.html").toUri().toString());
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
                    d.findElement(By.id("search-status")).getText().startsWith("Type"));
            WebElement input = browser.findElement(By.id("search-q"));
            long start = System.nanoTime();
            input.sendKeys(query);
            new WebDriverWait(browser, Duration.ofSeconds(30)).withTimeout(Duration.ofSeconds(30))
                    .pollingEvery(Duration.ofMillis(5))
                    .until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
            long first = (System.nanoTime() - start) / 1_000_000;
            new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(5)).until(d ->
                    d.findElement(By.id("search-status")).getText().contains("match"));
            long done = (System.nanoTime() - start) / 1_000_000;
            @SuppressWarnings("unchecked")
            List<String> scripts = (List<String>) ((JavascriptExecutor) browser).executeScript(
                    "return Array.from(document.scripts).map(function (s) { return s.src; }).filter(Boolean);");
            long bytes = Files.size(site.resolve("search/index.html")) + Files.size(site.resolve("assets/style.css"));
            for (String src : new LinkedHashSet<>(scripts)) bytes += Files.size(Path.of(URI.create(src)));
            System.out.printf("first results for %s: %d ms after typing (50 ms of it waiting for typing to pause),"
                            + " snippets and status %d ms; the page loaded %d scripts, %.1f KB with page and style; %s%n",
                    query, first, done, scripts.size(), bytes / 1e3,
                    browser.findElement(By.id("search-status")).getText());
        } finally {
            browser.quit();
        }
    }

}
