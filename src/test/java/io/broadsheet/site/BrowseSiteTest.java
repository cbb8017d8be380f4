package io.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.article.TopicExtractor;
import io.broadsheet.check.HtmlValidator;
import io.broadsheet.check.LineMessage;
import io.broadsheet.generate.ArchiveWriter;
import io.broadsheet.markdown.ArchivedArticle;
import io.broadsheet.markdown.MarkdownReader;
import io.broadsheet.render.SiteSettings;
import io.broadsheet.testing.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * Builds a generated archive of a few hundred articles once, with a small page size so that listings run to
 * several pages, and checks what a reader browsing it relies on. Expected contents are worked out here from the
 * articles' Markdown files, not taken from the code that wrote the pages.
 */
class BrowseSiteTest {
    private static final int ARTICLES = 230;
    private static final int PER_PAGE = 7;
    private static final int FEED_SIZE = 12;
    private static final int RELATED = 4;
    private static final String BASE_URL = "https://example.org/news/";

    @TempDir
    static Path temp;
    static Path site;
    /** Every article's front matter, by id. */
    static Map<String, ArchivedArticle> articles = new HashMap<>();

    @BeforeAll
    static void build() throws Exception {
        Path seeds = temp.resolve("seeds");
        ArchiveWriter.write(seeds, 20261127L, ARTICLES);
        site = temp.resolve("site");
        BuildReport report = new SiteBuilder(seeds, temp.resolve("no-templates"), site, settings(Optional.of(BASE_URL)))
                .build();
        assertThat(report.refused()).isEmpty();
        try (Stream<Path> folders = Files.list(site.resolve("articles"))) {
            for (Path folder : folders.toList()) {
                ArchivedArticle article = MarkdownReader.read(Files.readString(folder.resolve("article.md")));
                articles.put(article.id(), article);
            }
        }
        assertThat(articles).hasSize(report.built());
    }

    private static SiteSettings settings(Optional<String> baseUrl) {
        return new SiteSettings("Test Archive", "Articles for testing.", baseUrl, "en", PER_PAGE, FEED_SIZE, RELATED,
                Optional.of("Tester"), "Footer text", Optional.empty());
    }

    // ---- the order of the archive, worked out from the front matter

    private static Optional<LocalDate> date(ArchivedArticle a) {
        return a.metadata().published().filter(p -> p.matches("\\d{4}-\\d{2}-\\d{2}.*"))
                .map(p -> LocalDate.parse(p.substring(0, 10)));
    }

    private static Optional<Integer> year(ArchivedArticle a) {
        return date(a).map(LocalDate::getYear).or(() -> a.metadata().year());
    }

    private static List<String> expectedOrder(Set<String> ids) {
        return ids.stream().map(articles::get).sorted(Comparator
                        .comparing((ArchivedArticle a) -> year(a).orElse(Integer.MIN_VALUE), Comparator.reverseOrder())
                        .thenComparing(a -> date(a).orElse(LocalDate.MIN), Comparator.reverseOrder())
                        .thenComparing(ArchivedArticle::id))
                .map(ArchivedArticle::id).toList();
    }

    // ---- reading the site

    private static Document page(String path) throws IOException {
        Path file = site.resolve(path);
        return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
    }

    /** The article ids listed by a paginated listing, page by page, checking the page sizes on the way. */
    private static List<String> listing(String folder) throws IOException {
        List<String> ids = new ArrayList<>();
        Document first = page(folder + "index.html");
        int pages = first.select("nav.pagination ol li").isEmpty() ? 1
                : Integer.parseInt(first.select("nav.pagination ol li").last().text());
        for (int n = 1; n <= pages; n++) {
            String path = folder + (n == 1 ? "" : "page/" + n + "/") + "index.html";
            List<String> onPage = page(path).select("main li.h-entry a.p-name").eachAttr("abs:href").stream()
                    .map(BrowseSiteTest::articleId).toList();
            if (n < pages) assertThat(onPage).as(path).hasSize(PER_PAGE);
            else assertThat(onPage).as(path).isNotEmpty().hasSizeLessThanOrEqualTo(PER_PAGE);
            ids.addAll(onPage);
        }
        assertThat(site.resolve(folder + "page/" + (pages + 1))).doesNotExist();
        return ids;
    }

    private static String articleId(String absoluteHref) {
        String path = absoluteHref.substring(absoluteHref.indexOf("/articles/") + "/articles/".length());
        return path.substring(0, path.indexOf('/'));
    }

    private static List<Path> htmlPages() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static String relative(Path file) {
        return site.relativize(file).toString().replace('\\', '/');
    }

    // ---- the tests

    @Test
    void theHomePageListsEveryArticleNewestFirstOnFullPages() throws IOException {
        List<String> listed = listing("");

        assertThat(listed).containsExactlyElementsOf(expectedOrder(articles.keySet()));
        int pages = (ARTICLES + PER_PAGE - 1) / PER_PAGE;
        assertThat(site.resolve("page/" + pages + "/index.html")).exists();
        assertThat(ARTICLES % PER_PAGE).as("the test needs a partial last page").isNotZero();
    }

    @Test
    void paginationLinksAreRelativeAndMarkTheCurrentPage() throws IOException {
        Document second = page("page/2/index.html");
        Element nav = second.selectFirst("nav.pagination");

        assertThat(nav.attr("aria-label")).isNotBlank();
        assertThat(nav.selectFirst("a[rel=prev]").attr("href")).isEqualTo("../../index.html");
        assertThat(nav.selectFirst("a[rel=next]").attr("href")).isEqualTo("../../page/3/index.html");
        assertThat(nav.select("a[aria-current=page]").eachText()).containsExactly("2");
        assertThat(page("index.html").select("nav.pagination a[rel=prev]")).isEmpty();
        int last = (ARTICLES + PER_PAGE - 1) / PER_PAGE;
        assertThat(page("page/" + last + "/index.html").select("nav.pagination a[rel=next]")).isEmpty();
    }

    @Test
    void eachYearPageListsExactlyTheArticlesOfThatYear() throws IOException {
        Map<Integer, Set<String>> byYear = new TreeMap<>();
        articles.values().forEach(a -> year(a).ifPresent(y -> byYear.computeIfAbsent(y, k -> new HashSet<>())
                .add(a.id())));
        assertThat(byYear).hasSizeGreaterThan(3);

        Document directory = page("years/index.html");
        assertThat(directory.select("main ul.directory a").eachText())
                .containsExactlyElementsOf(byYear.keySet().stream().sorted(Comparator.reverseOrder())
                        .map(String::valueOf).toList());
        for (var year : byYear.entrySet()) {
            assertThat(listing("years/" + year.getKey() + "/"))
                    .containsExactlyElementsOf(expectedOrder(year.getValue()));
        }
    }

    @Test
    void eachPublisherPageListsExactlyThatPublishersArticles() throws IOException {
        Map<String, Set<String>> byPublisher = new TreeMap<>();
        articles.values().forEach(a -> a.metadata().publisher().ifPresent(p ->
                byPublisher.computeIfAbsent(p, k -> new HashSet<>()).add(a.id())));
        assertThat(byPublisher).hasSizeGreaterThan(3);

        Document directory = page("publishers/index.html");
        Map<String, String> hrefByName = new HashMap<>();
        for (Element a : directory.select("main ul.directory a")) hrefByName.put(a.text(), a.attr("href"));
        assertThat(hrefByName.keySet()).containsExactlyInAnyOrderElementsOf(byPublisher.keySet());
        for (var publisher : byPublisher.entrySet()) {
            String folder = "publishers/" + hrefByName.get(publisher.getKey()).replace("index.html", "");
            assertThat(page(folder + "index.html").selectFirst("h1").text()).isEqualTo(publisher.getKey());
            assertThat(listing(folder)).containsExactlyElementsOf(expectedOrder(publisher.getValue()));
        }
    }

    @Test
    void eachTopicPageListsExactlyTheArticlesTaggedWithItAndTheIndexIsAToZ() throws IOException {
        Map<String, Set<String>> byKey = new HashMap<>();
        for (ArchivedArticle a : articles.values()) {
            assertThat(a.metadata().tags()).as("topics of " + a.id()).isNotEmpty();
            for (String tag : a.metadata().tags()) {
                byKey.computeIfAbsent(TopicExtractor.key(tag), k -> new HashSet<>()).add(a.id());
            }
        }

        Document index = page("topics/index.html");
        List<String> letters = index.select("main section.letter > h2").eachText();
        assertThat(letters).isSorted().doesNotHaveDuplicates();
        List<Element> links = index.select("main section.letter a");
        assertThat(links).hasSize(byKey.size());
        Set<String> folders = new LinkedHashSet<>();
        for (Element link : links) {
            String key = TopicExtractor.key(link.text());
            assertThat(link.closest("section").selectFirst("h2").text())
                    .isEqualTo(key.substring(0, 1).toUpperCase(java.util.Locale.ROOT));
            String folder = "topics/" + link.attr("href").replace("index.html", "");
            assertThat(folders.add(folder)).as("one page per topic: " + folder).isTrue();
            assertThat(listing(folder)).as(link.text()).containsExactlyElementsOf(expectedOrder(byKey.get(key)));
        }
        List<String> keys = links.stream().map(l -> TopicExtractor.key(l.text())).toList();
        assertThat(keys).isSorted();
    }

    @Test
    void previousAndNextLinksChainEveryArticleInArchiveOrder() throws IOException {
        List<String> order = expectedOrder(articles.keySet());
        List<String> forwards = new ArrayList<>();
        Optional<String> at = Optional.of(order.get(0));
        while (at.isPresent() && forwards.size() <= order.size()) {
            forwards.add(at.get());
            Document page = page("articles/" + at.get() + "/index.html");
            assertThat(page.select("a[rel=prev]").size()).isEqualTo(forwards.size() == 1 ? 0 : 1);
            if (forwards.size() > 1) {
                assertThat(articleId(page.selectFirst("a[rel=prev]").attr("abs:href")))
                        .isEqualTo(forwards.get(forwards.size() - 2));
            }
            at = Optional.ofNullable(page.selectFirst("a[rel=next]")).map(a -> articleId(a.attr("abs:href")));
        }
        assertThat(forwards).containsExactlyElementsOf(order);
    }

    @Test
    void articlePagesLinkToTheirTopicsYearPublisherAndRelatedArticles() throws IOException {
        for (ArchivedArticle article : articles.values()) {
            Document page = page("articles/" + article.id() + "/index.html");
            Set<String> topicKeys = new HashSet<>();
            for (Element tag : page.select("a[rel=tag]")) {
                topicKeys.add(TopicExtractor.key(tag.text()));
                assertThat(tag.attr("href")).startsWith("../../topics/");
            }
            assertThat(topicKeys).containsExactlyInAnyOrderElementsOf(
                    article.metadata().tags().stream().map(TopicExtractor::key).toList());
            year(article).ifPresent(y -> assertThat(page.select(".kicker a").eachAttr("href"))
                    .contains("../../years/" + y + "/index.html"));
            List<Element> related = page.select("section.related li > a");
            assertThat(related).hasSizeLessThanOrEqualTo(RELATED);
            for (Element link : related) {
                ArchivedArticle other = articles.get(articleId(link.attr("abs:href")));
                assertThat(other.id()).isNotEqualTo(article.id());
                assertThat(other.metadata().tags().stream().map(TopicExtractor::key))
                        .as("related articles share a topic").containsAnyElementsOf(topicKeys);
            }
        }
    }

    @Test
    void theFeedListsTheNewestArticlesWithTheirRights() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document feed = factory.newDocumentBuilder().parse(site.resolve("feed.xml").toFile());
        String atom = "http://www.w3.org/2005/Atom";

        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(atom);
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        for (String required : List.of("id", "title", "updated", "author")) {
            assertThat(childText(feed.getDocumentElement(), required)).as(required).isNotNull();
        }
        NodeList entries = feed.getElementsByTagNameNS(atom, "entry");
        assertThat(entries.getLength()).isEqualTo(FEED_SIZE);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
            for (String required : List.of("id", "title", "updated", "rights")) {
                assertThat(childText(entry, required)).as(required).isNotBlank();
            }
            String href = ((org.w3c.dom.Element) entry.getElementsByTagNameNS(atom, "link").item(0)).getAttribute("href");
            assertThat(href).startsWith(BASE_URL + "articles/");
            ids.add(articleId(href));
            assertThat(childText(entry, "updated")).matches("\\d{4}-\\d{2}-\\d{2}T00:00:00Z");
        }
        assertThat(ids).containsExactlyElementsOf(expectedOrder(articles.keySet()).subList(0, FEED_SIZE));
        assertThat(page("index.html").select("link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo("feed.xml");
        assertThat(page("years/index.html").select("link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo("../feed.xml");
    }

    private static String childText(org.w3c.dom.Element parent, String name) {
        NodeList children = parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name);
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getParentNode() == parent) return children.item(i).getTextContent().strip();
        }
        return null;
    }

    @Test
    void theSitemapListsEveryPageByAbsoluteAddressAndRobotsNamesIt() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList locs = factory.newDocumentBuilder().parse(site.resolve("sitemap.xml").toFile())
                .getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        Set<String> listed = new HashSet<>();
        for (int i = 0; i < locs.getLength(); i++) listed.add(locs.item(i).getTextContent());

        Set<String> expected = new HashSet<>();
        for (Path page : htmlPages()) {
            if (!relative(page).equals("404.html")) expected.add(BASE_URL + relative(page));
        }
        assertThat(listed).isEqualTo(expected);
        assertThat(Files.readString(site.resolve("robots.txt"))).contains("Sitemap: " + BASE_URL + "sitemap.xml");
    }

    @Test
    void withoutABaseUrlThereIsNoSitemapAndTheFeedLinksAreRelative() throws Exception {
        Path plain = temp.resolve("plain");
        new SiteBuilder(temp.resolve("seeds"), temp.resolve("no-templates"), plain, settings(Optional.empty())).build();

        assertThat(plain.resolve("sitemap.xml")).doesNotExist();
        assertThat(plain.resolve("robots.txt")).doesNotExist();
        String feed = Files.readString(plain.resolve("feed.xml"));
        assertThat(feed).doesNotContain("href=\"http").contains("href=\"articles/");
        assertThat(Jsoup.parse(Files.readString(plain.resolve("404.html"))).select("a.site-name").attr("href"))
                .as("without a base URL the 404 page links relatively, so it works from disk and in any folder")
                .isEqualTo("index.html");
        // The same inputs give the same bytes: every page but the machine files that need the base URL.
        Map<String, byte[]> withBase = Trees.read(site);
        Map<String, byte[]> without = Trees.read(plain);
        withBase.keySet().removeIf(p -> p.endsWith(".xml") || p.equals("robots.txt") || p.equals("404.html"));
        without.keySet().removeIf(p -> p.endsWith(".xml") || p.equals("404.html"));
        assertThat(Trees.differences(withBase, without)).isEmpty();
    }

    @Test
    void twoBuildsOfTheSameInputsAreIdentical() throws Exception {
        Path again = temp.resolve("again");
        new SiteBuilder(temp.resolve("seeds"), temp.resolve("no-templates"), again, settings(Optional.of(BASE_URL)))
                .build();

        assertThat(Trees.differences(Trees.read(site), Trees.read(again))).isEmpty();
    }

    @Test
    void everyLinkIsRelativeAndLeadsToAFileOfTheSite() throws IOException {
        for (Path file : htmlPages()) {
            String path = relative(file);
            if (path.equals("404.html")) {
                assertThat(page(path).select("a.site-name").attr("href"))
                        .as("a server sends 404.html at any depth: with a base URL its links are absolute")
                        .isEqualTo(BASE_URL + "index.html");
                continue;
            }
            Document page = page(path);
            for (Element link : page.select("a[href], link[href]")) {
                String href = link.attr("href");
                if (href.startsWith("#") || href.matches("(?i)(https?|mailto):.*")) continue;
                assertThat(href).as(path + " links to " + href).doesNotStartWith("/").doesNotContain("://");
                Path target = file.getParent().resolve(href.replaceAll("#.*", "")).normalize();
                assertThat(target).as(path + " links to " + href).startsWith(site).isRegularFile();
            }
        }
    }

    @Test
    void pagesOfEveryKindAreValidHtml() throws Exception {
        String article = expectedOrder(articles.keySet()).get(1);
        String topic = page("topics/index.html").selectFirst("main section.letter a").attr("href");
        String publisher = page("publishers/index.html").selectFirst("main ul.directory a").attr("href");
        for (String path : List.of("index.html", "page/2/index.html", "years/index.html", "publishers/index.html",
                "topics/index.html", "topics/" + topic, "publishers/" + publisher, "404.html",
                "articles/" + article + "/index.html")) {
            assertThat(errors(Files.readString(site.resolve(path)))).as(path).isEmpty();
        }
    }

    /** The Nu HTML checker's errors about the page, as {@code broadsheet check} reports them. */
    private static List<String> errors(String html) {
        return new HtmlValidator().errors(html.getBytes(StandardCharsets.UTF_8), "page.html").stream()
                .map(LineMessage::text)
                .toList();
    }
}
