package io.broadsheet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.broadsheet.article.Metadata;
import io.broadsheet.generate.ArchiveWriter;
import io.broadsheet.markdown.MarkdownReader;
import io.broadsheet.render.SiteSettings;
import io.broadsheet.serve.PreviewServer;
import io.broadsheet.site.BuildReport;
import io.broadsheet.site.SiteBuilder;
import io.broadsheet.testing.Chromium;
import io.broadsheet.testing.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A reader browsing a generated archive in a real Chromium, from disk and through {@code broadsheet serve}: the
 * walk from the home page to a topic, a photograph of every kind of page at desktop and phone widths, and
 * axe-core's accessibility rules on every kind of page, in light and dark mode.
 *
 * <p>One archive is built and one browser started for the whole class, so that it stays quick on a busy machine.
 * What a page should show is worked out from the articles' Markdown files, not from the pages' HTML. Skipped where
 * Chromium is not installed, except in CI.
 */
class ArchiveWalkTest {
    private static final Path SHOTS = Project.dir().resolve("target/screenshots");
    private static final int ARTICLES = 150;
    private static final int PER_PAGE = 10;
    private static final String TITLE = "Walk Archive";
    private static final int MAX_SHOT_HEIGHT = 5000;
    /** The default theme's light page colour, #fbfaf7: proof that the stylesheet applies, not the browser's own. */
    private static final String LIGHT_BACKGROUND = "rgba(251, 250, 247, 1)";
    private static final Pattern ARTICLE_URL = Pattern.compile(".*/articles/([^/]+)/index\\.html");
    private static final Pattern YEAR_URL = Pattern.compile(".*/years/(\\d{4})/index\\.html");
    private static final Pattern TOPIC_URL = Pattern.compile(".*/topics/[^/]+/index\\.html");

    @TempDir
    static Path temp;
    static Path site;
    static ChromeDriver browser;
    static PreviewServer server;
    /** Every article's front matter by id, read back from its Markdown. */
    static Map<String, Metadata> articles;

    @BeforeAll
    static void start() throws Exception {
        Chromium.assumeInstalled();
        Path seeds = temp.resolve("seeds");
        ArchiveWriter.write(seeds, 20261128L, ARTICLES);
        site = temp.resolve("site");
        SiteSettings settings = new SiteSettings(TITLE, "A generated archive to walk through.", Optional.empty(),
                "en", PER_PAGE, 10, 4, Optional.empty(), "Footer of the walk archive.", Optional.empty());
        BuildReport report = new SiteBuilder(seeds, Project.dir().resolve("templates"), site, settings).build();
        assertThat(report.refused()).isEmpty();
        articles = readFrontMatter(site.resolve("articles"));
        assertThat(articles).hasSize(ARTICLES);
        Files.createDirectories(SHOTS);

        ChromeOptions options = Chromium.options();
        options.addArguments("--window-size=1280,900");
        browser = Chromium.start(options);
        server = PreviewServer.start(site, 0);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    private static Map<String, Metadata> readFrontMatter(Path folder) throws Exception {
        Map<String, Metadata> byId = new TreeMap<>();
        try (Stream<Path> folders = Files.list(folder)) {
            for (Path article : folders.toList()) {
                var archived = MarkdownReader.read(Files.readString(article.resolve("article.md")));
                byId.put(archived.id(), archived.metadata());
            }
        }
        return Map.copyOf(byId);
    }

    // ---- the walk

    @Test
    void aReaderWalksFromTheHomePageToATopicFromDisk() {
        walk(site.toUri() + "index.html");
    }

    @Test
    void aReaderWalksFromTheHomePageToATopicThroughServe() {
        walk(server.uri().toString());
    }

    @Test
    void aMissingAddressShowsTheStyledNotFoundPageThroughServe() {
        desktop(false);
        browser.get(server.uri() + "no-such-article.html");
        assertThat(heading()).isEqualTo("Page not found");
        assertStyled();
        browser.findElement(By.linkText("Every article, newest first")).click();
        assertThat(heading()).isEqualTo("The archive");
    }

    /** Home → page 2 → a year → an article → the next article → one of its topics, by clicking as a reader does. */
    private static void walk(String home) {
        desktop(false);
        browser.get(home);
        int pages = (ARTICLES + PER_PAGE - 1) / PER_PAGE;
        assertThat(heading()).isEqualTo("The archive");
        assertThat(browser.getTitle()).isEqualTo(TITLE);
        assertThat(text(".archive-count")).isEqualTo(ARTICLES + " articles, page 1 of " + pages);
        assertThat(listedIds()).hasSize(PER_PAGE);
        assertStyled();

        List<String> firstPage = listedIds();
        browser.findElement(By.cssSelector(".pagination a[rel=next]")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/page/2/index.html");
        assertThat(heading()).isEqualTo("The archive");
        assertThat(browser.getTitle()).isEqualTo(TITLE + " · page 2");
        assertThat(text(".archive-count")).isEqualTo(ARTICLES + " articles, page 2 of " + pages);
        assertThat(text(".pagination a[aria-current=page]")).isEqualTo("2");
        assertThat(listedIds()).hasSize(PER_PAGE).doesNotContainAnyElementsOf(firstPage);
        assertStyled();

        WebElement yearLink = browser.findElement(By.cssSelector(".article-list .entry-meta a.year"));
        String yearShown = yearLink.getText();
        yearLink.click();
        Matcher yearUrl = YEAR_URL.matcher(browser.getCurrentUrl());
        assertThat(yearUrl.matches()).as("a year's URL: %s", browser.getCurrentUrl()).isTrue();
        int year = Integer.parseInt(yearUrl.group(1));
        assertThat(yearShown).startsWith(Integer.toString(year));
        assertThat(heading()).isEqualTo(Integer.toString(year));
        assertThat(text("main .kicker")).as("shown in capitals by the stylesheet").isEqualToIgnoringCase("Articles from");
        long inYear = articles.values().stream().filter(m -> year(m).equals(Optional.of(year))).count();
        assertThat(text(".archive-count")).startsWith(inYear == 1 ? "1 article" : inYear + " articles");
        assertThat(listedIds()).isNotEmpty().allSatisfy(id ->
                assertThat(year(articles.get(id))).as("year of %s", id).contains(year));
        assertStyled();

        WebElement first = browser.findElement(By.cssSelector(".article-list .entry-title a"));
        String titleClicked = first.getText();
        first.click();
        String id = articleId();
        assertThat(heading()).isEqualTo(titleClicked).isEqualTo(articles.get(id).title());
        assertThat(browser.getTitle()).isEqualTo(articles.get(id).title());
        assertThat(year(articles.get(id))).contains(year);
        assertStyled();

        WebElement next = browser.findElement(By.cssSelector(".article-nav a[rel=next]"));
        String nextTitle = next.findElement(By.cssSelector(".title")).getText();
        next.click();
        String nextId = articleId();
        Metadata after = articles.get(nextId);
        assertThat(nextId).isNotEqualTo(id);
        assertThat(heading()).isEqualTo(nextTitle).isEqualTo(after.title());
        assertThat(newness(after)).as("the next article is not newer").isLessThanOrEqualTo(newness(articles.get(id)));
        assertThat(browser.findElement(By.cssSelector(".article-nav a[rel=prev]")).getAttribute("href"))
                .as("and leads back").contains("/articles/" + id + "/");
        assertStyled();

        WebElement topic = browser.findElement(By.cssSelector(".tags a[rel=tag]"));
        String topicName = topic.getText();
        assertThat(after.tags()).contains(topicName);
        topic.click();
        assertThat(browser.getCurrentUrl()).matches(TOPIC_URL);
        assertThat(heading()).isEqualTo(topicName);
        assertThat(text("main .kicker")).as("shown in capitals by the stylesheet").isEqualToIgnoringCase("Articles about");
        assertStyled();
        assertThat(pagesOfListing()).as("the topic's pages list the article it was reached from").contains(nextId);
    }

    /** The ids listed on this listing page and the pages after it, following its Older links. */
    private static List<String> pagesOfListing() {
        List<String> ids = new ArrayList<>(listedIds());
        for (int guard = 0; guard < ARTICLES; guard++) {
            List<WebElement> older = browser.findElements(By.cssSelector(".pagination a[rel=next]"));
            if (older.isEmpty()) break;
            older.get(0).click();
            ids.addAll(listedIds());
        }
        return ids;
    }

    private static String articleId() {
        Matcher matcher = ARTICLE_URL.matcher(browser.getCurrentUrl());
        assertThat(matcher.matches()).as("an article's URL: %s", browser.getCurrentUrl()).isTrue();
        assertThat(articles).containsKey(matcher.group(1));
        return matcher.group(1);
    }

    /** The ids of the articles a listing page shows, from the links a reader would follow. */
    private static List<String> listedIds() {
        return browser.findElements(By.cssSelector(".article-list .entry-title a")).stream()
                .map(a -> a.getAttribute("href"))
                .map(href -> {
                    Matcher matcher = ARTICLE_URL.matcher(href);
                    assertThat(matcher.matches()).as("an article link: %s", href).isTrue();
                    return matcher.group(1);
                })
                .toList();
    }

    /** The year an article is filed under: its date's year where the date is known, else its stated year. */
    private static Optional<Integer> year(Metadata m) {
        return date(m).map(LocalDate::getYear).or(m::year);
    }

    private static Optional<LocalDate> date(Metadata m) {
        return m.published().filter(p -> p.matches("\\d{4}-\\d{2}-\\d{2}.*"))
                .map(p -> LocalDate.parse(p.substring(0, 10)));
    }

    /** How new an article is, as a sortable key: its year, then its date within the year. */
    private static String newness(Metadata m) {
        return String.format("%06d-%s", year(m).orElse(0),
                date(m).map(LocalDate::toString).orElse("0000-00-00"));
    }

    private static String heading() {
        return text("h1");
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().strip();
    }

    /** The theme's stylesheet applies: the page colour, the serif body font and the reading column are its own. */
    private static void assertStyled() {
        WebElement body = browser.findElement(By.tagName("body"));
        assertThat(body.getCssValue("background-color")).as("page colour").isEqualTo(LIGHT_BACKGROUND);
        assertThat(body.getCssValue("font-family")).as("body font").contains("Charter");
        assertThat(browser.findElement(By.tagName("main")).getCssValue("max-width")).as("reading column")
                .isNotEqualTo("none");
    }

    // ---- every kind of page: photographs, phone widths, accessibility

    /** One page of each kind a reader meets, by name, as paths from the site's root. */
    private static Map<String, String> pageTypes() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "index.html");
        pages.put("home-page-2", "page/2/index.html");
        pages.put("years", "years/index.html");
        pages.put("year", "years/" + busiest(site.resolve("years")) + "/index.html");
        pages.put("publishers", "publishers/index.html");
        pages.put("publisher", "publishers/" + busiest(site.resolve("publishers")) + "/index.html");
        pages.put("topics", "topics/index.html");
        pages.put("topic", "topics/" + busiest(site.resolve("topics")) + "/index.html");
        pages.put("article", "articles/" + typicalArticle() + "/index.html");
        pages.put("404", "404.html");
        for (String path : pages.values()) assertThat(site.resolve(path)).as(path).isRegularFile();
        return pages;
    }

    /** The sub-folder with the most listing pages, ties by name: the most crowded listing of its kind. */
    private static String busiest(Path folder) throws Exception {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isDirectory)
                    .map(child -> Map.entry(child.getFileName().toString(), pageCount(child)))
                    .min(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow().getKey();
        }
    }

    private static long pageCount(Path listing) {
        Path more = listing.resolve("page");
        if (!Files.isDirectory(more)) return 1;
        try (Stream<Path> pages = Files.list(more)) {
            return 1 + pages.count();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The newest article with a headline of some length and several topics: a typical page, with most to lay out. */
    private static String typicalArticle() {
        return articles.entrySet().stream()
                .filter(e -> e.getValue().tags().size() >= 2 && e.getValue().title().split(" ").length >= 5)
                .max(Comparator.<Map.Entry<String, Metadata>, String>comparing(e -> newness(e.getValue()))
                        .thenComparing(e -> e.getKey(), Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }

    @Test
    void everyKindOfPageFitsDesktopAndPhoneAndIsPhotographed() throws Exception {
        Map<String, String> pages = pageTypes();
        List<String> overflowing = new ArrayList<>();
        for (boolean dark : new boolean[] {false, true}) {
            for (boolean phone : new boolean[] {false, true}) {
                if (phone) phone(dark); else desktop(dark);
                for (Map.Entry<String, String> page : pages.entrySet()) {
                    browser.get(site.resolve(page.getValue()).toUri().toString());
                    assertThat(browser.findElement(By.tagName("h1")).isDisplayed()).as(page.getKey()).isTrue();
                    long scrollWidth = number("return document.documentElement.scrollWidth");
                    long viewport = number("return document.documentElement.clientWidth");
                    if (scrollWidth > viewport) {
                        overflowing.add(page.getKey() + (phone ? " on a phone" : " on a desktop")
                                + (dark ? " (dark)" : "") + ": " + scrollWidth + "px wide in " + viewport + "px");
                    }
                    String name = page.getKey() + (phone ? "-phone" : "-desktop") + (dark ? "-dark" : "");
                    if (phone) shootWhole(name); else shoot(name);
                }
            }
        }
        assertThat(overflowing).as("pages wider than the screen, scrolling sideways").isEmpty();
    }

    @Test
    void everyKindOfPageHasNoSeriousAccessibilityViolationInLightOrDarkMode() throws Exception {
        Map<String, String> pages = pageTypes();
        List<String> violations = new ArrayList<>();
        for (boolean dark : new boolean[] {false, true}) {
            desktop(dark);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                browser.get(site.resolve(page.getValue()).toUri().toString());
                // Dark mode changes only colours, so only the contrast rule is run again: axe is slow.
                AxeBuilder axe = dark ? new AxeBuilder().withOnlyRules(List.of("color-contrast")) : new AxeBuilder();
                var results = axe.analyze(browser);
                assertThat(results.isErrored()).as("axe ran on %s: %s", page.getKey(), results.getErrorMessage())
                        .isFalse();
                for (Rule rule : results.getViolations()) {
                    if (!List.of("serious", "critical").contains(rule.getImpact())) continue;
                    String targets = rule.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                            .limit(5).collect(Collectors.joining(", "));
                    violations.add(page.getKey() + (dark ? " (dark)" : "") + ": " + rule.getId() + " ["
                            + rule.getImpact() + "] " + rule.getHelp() + " at " + targets
                            + (rule.getNodes().size() > 5 ? " and " + (rule.getNodes().size() - 5) + " more" : ""));
                }
            }
        }
        assertThat(violations).as("serious or critical axe-core violations").isEmpty();
    }

    // ---- the browser's screen

    private static void desktop(boolean dark) {
        screen(1280, 900, false, dark);
    }

    private static void phone(boolean dark) {
        screen(390, 844, true, dark);
    }

    /** Emulates a screen through the DevTools protocol, so that the viewport is exactly the size asked for. */
    private static void screen(int width, int height, boolean mobile, boolean dark) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", mobile));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    private static long number(String script) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(script)).longValue();
    }

    private static void shoot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** A photograph of the whole page, down to its foot, where pagination and page links are. */
    @SuppressWarnings("unchecked")
    private static void shootWhole(String name) throws Exception {
        Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Number> content = (Map<String, Number>) metrics.get("cssContentSize");
        // Long directories are cut short: the top and the layout are what a look at them is for.
        double height = Math.min(content.get("height").doubleValue(), MAX_SHOT_HEIGHT);
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", content.get("width"), "height", height, "scale", 1)));
        Files.write(SHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }
}
