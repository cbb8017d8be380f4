package io.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.generate.ArchiveGenerator;
import io.broadsheet.generate.ArchiveWriter;
import io.broadsheet.generate.GeneratedDump;
import io.broadsheet.markdown.MarkdownReader;
import io.broadsheet.serve.PreviewServer;
import io.broadsheet.site.ArticleId;
import io.broadsheet.site.SiteBuilder;
import io.broadsheet.testing.Chromium;
import io.broadsheet.testing.Project;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Searches a generated archive of {@value #COUNT} articles as a reader would, in a real Chromium, from disk and from
 * the preview server: the page must work from {@code file://} under the site's Content-Security-Policy.
 */
class SearchBrowserTest {
    private static final long SEED = 20261128L;
    private static final int COUNT = 200;

    static WebDriver browser;
    static Path site;
    static List<GeneratedDump> dumps;

    @BeforeAll
    static void start() throws Exception {
        Chromium.assumeInstalled();
        Path work = Project.dir().resolve("target/search-browser");
        if (Files.exists(work)) {
            try (var paths = Files.walk(work)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        Path seeds = work.resolve("seeds");
        ArchiveWriter.write(seeds, SEED, COUNT);
        site = work.resolve("site");
        new SiteBuilder(seeds, Project.dir().resolve("templates"), site).build();
        dumps = ArchiveGenerator.generate(SEED, COUNT).toList();

        ChromeOptions options = Chromium.options();
        options.addArguments("--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = Chromium.start(options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
    }

    @Test
    void theUniqueWordTypedInTheHeaderFindsItsArticleFirstAndTheResultLeadsToIt() {
        GeneratedDump dump = dumps.get(37);
        browser.get(site.resolve("index.html").toUri().toString());
        WebElement box = browser.findElement(By.id("site-search-q"));
        box.sendKeys(dump.uniqueWord().toUpperCase(Locale.ROOT), Keys.ENTER);

        List<WebElement> results = results();
        assertThat(browser.getCurrentUrl()).contains("search/index.html?q=");
        assertThat(results).hasSize(1);
        assertThat(link(results.get(0)).getAttribute("href")).endsWith(articlePath(dump));

        // Keyboard only: down from the box to the first result, then Enter follows it.
        browser.findElement(By.id("search-q")).sendKeys(Keys.ARROW_DOWN);
        assertThat(browser.switchTo().activeElement().getAttribute("href")).endsWith(articlePath(dump));
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith(articlePath(dump)));
        assertThat(browser.findElement(By.cssSelector(".e-content")).getText().toLowerCase(Locale.ROOT))
                .contains(dump.uniqueWord());
        assertNoErrors();
    }

    @Test
    void aPrefixFindsEveryArticleOfAPublisherWordAndTheQueryIsKeptInTheAddress() {
        String publisher = dumps.get(0).publisher();
        String word = Tokenizer.words(publisher, "en").get(0);
        String prefix = word.substring(0, Math.max(2, word.length() - 2));
        open("q=" + encode(prefix));
        List<WebElement> results = results();
        assertThat(results).isNotEmpty();
        assertThat(status()).matches("\\d+ articles? match.*");
        // Every article of the publisher has the word, so the prefix finds at least that many.
        long ofPublisher = dumps.stream().filter(d -> d.publisher().equals(publisher)).count();
        assertThat((long) total()).isGreaterThanOrEqualTo(ofPublisher);
        assertThat(status()).as("singular and plural").doesNotStartWith("1 articles").doesNotMatch("([02-9]|\\d\\d+) article match.*");

        // Typing updates the results and the address, so that the page can be linked to as it is.
        WebElement input = browser.findElement(By.id("search-q"));
        input.clear();
        input.sendKeys(dumps.get(5).uniqueWord());
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains(dumps.get(5).uniqueWord()));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> results().size() == 1);
        assertThat(link(results().get(0)).getAttribute("href")).endsWith(articlePath(dumps.get(5)));
        assertNoErrors();
    }

    @Test
    void aQueryWithNoMatchSaysSo() {
        open("q=" + encode("qxqxqxqx"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> status().startsWith("No articles match"));
        assertThat(browser.findElements(By.cssSelector("#search-results li"))).isEmpty();
        assertThat(status()).contains("qxqxqxqx");
    }

    @Test
    void anExcludedWordRemovesItsArticle() {
        GeneratedDump dump = dumps.get(12);
        String publisher = String.join(" ", Tokenizer.words(dump.publisher(), "en"));
        open("q=" + encode(publisher));
        results();
        int all = total();
        open("q=" + encode(publisher + " -" + dump.uniqueWord()));
        List<String> rest = hrefs(results());
        assertThat(total()).isEqualTo(all - 1);
        assertThat(rest).doesNotContain(site.resolve(articlePath(dump)).toUri().toString());

        open("q=" + encode(dump.uniqueWord() + " -" + dump.uniqueWord()));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> status().startsWith("No articles match"));
    }

    @Test
    void aYearFilterKeepsOnlyThatYearsArticles() {
        String word = Tokenizer.words(dumps.get(0).publisher(), "en").get(0);
        open("q=" + encode(word));
        int unfiltered = results().size();
        int year = dumps.get(0).year();
        open("q=" + encode(word) + "&year=" + year);
        List<WebElement> results = results();
        assertThat(results).isNotEmpty();
        for (WebElement result : results) {
            assertThat(result.findElement(By.className("entry-meta")).getText()).endsWith(Integer.toString(year));
        }
        assertThat(browser.findElement(By.id("search-year")).getAttribute("value")).isEqualTo(Integer.toString(year));
        assertThat(results.size()).isLessThanOrEqualTo(unfiltered);
    }

    @Test
    void aPhraseMatchesOnlyItsWordsInARow() throws Exception {
        // A title's first three words in a row are a phrase found in that article.
        GeneratedDump dump = dumps.get(3);
        browser.get(site.resolve(articlePath(dump)).toUri().toString());
        String title = browser.findElement(By.tagName("h1")).getText();
        List<String> words = Tokenizer.words(title, dump.language());
        String phrase = String.join(" ", words.subList(0, Math.min(3, words.size())));
        open("q=" + encode("\"" + phrase + "\""));
        List<String> found = hrefs(results());
        assertThat(status()).doesNotStartWith("1 articles");
        assertThat(found).contains(site.resolve(articlePath(dump)).toUri().toString());
        WebElement hit = results().get(found.indexOf(site.resolve(articlePath(dump)).toUri().toString()));
        assertThat(hit.findElements(By.cssSelector("h2 mark")).stream().map(m -> Folding.fold(m.getText())))
                .as("the phrase's words are marked in the title").containsAll(words.subList(0, Math.min(3, words.size())));
        Path shots = Project.dir().resolve("target/screenshots");
        Files.createDirectories(shots);
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), shots.resolve("search.png"),
                StandardCopyOption.REPLACE_EXISTING);
        for (WebElement result : results()) {
            String text = String.join(" ", Tokenizer.words(
                    result.findElement(By.tagName("h2")).getText() + " \n " + result.findElement(By.className("p-summary")).getText(), "en"));
            assertThat(" " + text + " ").contains(" " + phrase + " ");
        }
        assertNoErrors();
    }

    @Test
    void theSameSearchWorksOverHttp() throws Exception {
        try (PreviewServer server = PreviewServer.start(site, 0)) {
            GeneratedDump dump = dumps.get(99);
            browser.get("http://127.0.0.1:" + server.port() + "/search/index.html?q=" + dump.uniqueWord());
            List<WebElement> results = results();
            assertThat(results).hasSize(1);
            assertThat(link(results.get(0)).getAttribute("href")).endsWith(articlePath(dump));

            BodyPhrase body = bodyPhrase();
            browser.get("http://127.0.0.1:" + server.port() + "/search/index.html?q=" + encode("\"" + body.phrase() + "\""));
            assertFoundWithSnippet(body);
            assertNoErrors();
        }
    }

    @Test
    void aPhraseOnlyInTheBodyOfOneArticleFindsItWithThePassageAsSnippet() {
        BodyPhrase body = bodyPhrase();
        open("q=" + encode("\"" + body.phrase() + "\""));
        assertFoundWithSnippet(body);
        assertNoErrors();
    }

    @Test
    void aSnippetIsThePassageAroundTheFirstMatchedWordWithTheWordMarked() {
        // The unique word is in a sentence of the body; the snippet shows that sentence, not the summary.
        GeneratedDump dump = dumps.get(41);
        Article article = article(dump);
        assertThat(words(article.summary())).as("the word is not in the summary").doesNotContain(dump.uniqueWord());
        open("q=" + encode(dump.uniqueWord()));
        List<WebElement> results = results();
        assertThat(results).hasSize(1);
        WebElement snippet = results.get(0).findElement(By.className("p-summary"));
        assertThat(snippet.findElements(By.tagName("mark")).stream().map(m -> Folding.fold(m.getText())))
                .containsExactly(dump.uniqueWord());
        String passage = snippet.getText().replaceAll("^…|…$", "");
        assertThat(article.paragraphs()).as("the snippet is a piece of one paragraph")
                .anySatisfy(p -> assertThat(p).contains(passage));
        assertThat(passage.length()).isLessThanOrEqualTo(220);
        assertNoErrors();
    }

    /** A phrase of three words in a row in one body paragraph (not the lede) of one article, and in nothing else. */
    private record BodyPhrase(String phrase, GeneratedDump dump) {}

    /** What a reader sees of an article: its headline, summary and the paragraphs of its reading view. */
    private record Article(String title, String summary, List<String> paragraphs) {}

    private static Article article(GeneratedDump dump) {
        try {
            Path folder = site.resolve("articles/" + ArticleId.of(dump.fileName()));
            Document page = Jsoup.parse(Files.readString(folder.resolve("index.html")));
            String summary = MarkdownReader.read(Files.readString(folder.resolve("article.md"))).metadata().summary();
            List<String> paragraphs = page.select(".e-content > *").stream().map(Element::text)
                    .filter(t -> !t.isBlank()).toList();
            return new Article(page.selectFirst("h1").text(), summary, paragraphs);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> words(String text) {
        return Tokenizer.words(text, "en");
    }

    private static boolean holds(List<String> text, List<String> phrase) {
        return java.util.Collections.indexOfSubList(text, phrase) >= 0;
    }

    private static BodyPhrase bodyPhrase() {
        List<Article> articles = dumps.stream().map(SearchBrowserTest::article).toList();
        for (int k = 10; k < articles.size(); k++) {
            Article a = articles.get(k);
            if (!dumps.get(k).language().equals("en")) continue;
            for (String paragraph : a.paragraphs().subList(1, a.paragraphs().size())) {
                List<String> words = words(paragraph);
                for (int i = 0; i + 3 <= words.size(); i++) {
                    List<String> phrase = words.subList(i, i + 3);
                    if (holds(words(a.title()), phrase) || holds(words(a.summary()), phrase)
                            || holds(words(a.paragraphs().get(0)), phrase)) continue;
                    long having = articles.stream().filter(other -> holds(words(other.title()), phrase)
                            || holds(words(other.summary()), phrase)
                            || other.paragraphs().stream().anyMatch(p -> holds(words(p), phrase))).count();
                    // Its words each in several articles, so that only the phrase, not a rare word, singles it out.
                    boolean common = phrase.stream().allMatch(w -> articles.stream()
                            .filter(other -> other.paragraphs().stream().anyMatch(p -> words(p).contains(w))).count() > 2);
                    if (having == 1 && common) return new BodyPhrase(String.join(" ", phrase), dumps.get(k));
                }
            }
        }
        throw new IllegalStateException("seed " + SEED + ": no phrase only in one article's body");
    }

    private static void assertFoundWithSnippet(BodyPhrase body) {
        List<WebElement> results = results();
        assertThat(hrefs(results)).as("phrase %s", body.phrase()).hasSize(1);
        assertThat(hrefs(results).get(0)).endsWith(articlePath(body.dump()));
        WebElement snippet = results.get(0).findElement(By.className("p-summary"));
        assertThat(" " + String.join(" ", words(snippet.getText())) + " ").contains(" " + body.phrase() + " ");
        assertThat(snippet.findElements(By.tagName("mark")).stream().map(m -> Folding.fold(m.getText())))
                .as("the phrase's words are marked in the snippet").containsAll(List.of(body.phrase().split(" ")));
    }

    private static void open(String query) {
        browser.get(site.resolve("search/index.html").toUri() + "?" + query);
    }

    private static List<WebElement> results() {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            String status = status();
            return status.contains("match") || status.startsWith("No ");
        });
        return browser.findElements(By.cssSelector("#search-results li"));
    }

    /** The number of matching articles the status line reports. */
    private static int total() {
        return Integer.parseInt(status().replaceAll("^(\\d+) .*", "$1"));
    }

    private static String status() {
        return browser.findElement(By.id("search-status")).getText();
    }

    private static WebElement link(WebElement result) {
        return result.findElement(By.cssSelector("h2 a"));
    }

    private static List<String> hrefs(List<WebElement> results) {
        return results.stream().map(r -> link(r).getAttribute("href")).toList();
    }

    private static String articlePath(GeneratedDump dump) {
        return "articles/" + ArticleId.of(dump.fileName()) + "/index.html";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Content-Security-Policy violations and script errors show in the console. */
    private static void assertNoErrors() {
        List<String> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon")).toList();
        assertThat(severe).isEmpty();
    }
}
