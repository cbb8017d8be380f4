package io.broadsheet.check;

import static io.broadsheet.check.GoodSite.replace;
import static io.broadsheet.check.GoodSite.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of problem is found on its own, on the page it is on, in an otherwise good site.
 *
 * <p>Most tests leave out HTML validation, which is slow and has its own tests here.
 */
class SiteCheckerTest {
    @TempDir
    Path site;

    @BeforeEach
    void writeGoodSite() throws IOException {
        GoodSite.write(site);
    }

    private List<SiteProblem> problemsWithoutValidation() throws IOException {
        return SiteChecker.of(site).withoutHtmlValidation().check().problems();
    }

    @Test
    void aGoodSitePassesEveryCheck() throws IOException {
        CheckReport report = SiteChecker.of(site).check();
        assertThat(report.problems()).isEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(report.pages()).isEqualTo(4);
    }

    @Test
    void aBrokenLinkIsReportedWithItsPageAndLine() throws IOException {
        replace(site, "articles/a/index.html", "../b/index.html\">article B", "../c/index.html\">article B");
        assertThat(problemsWithoutValidation()).singleElement().satisfies(problem -> {
            assertThat(problem.page()).isEqualTo("articles/a/index.html");
            assertThat(problem.message()).startsWith("line 14: broken link \"../c/index.html\"")
                    .contains("no file articles/c/index.html");
        });
    }

    @Test
    void aMissingAssetIsReported() throws IOException {
        write(site, "articles/b/index.html", GoodSite.page("Article B", "../../", """
                <h1 id="quote">B</h1><p><a name="note">n</a> <a href="../a/index.html">A</a></p>
                <p><img src="../../assets/missing.png" alt=""></p>
                <script src="../../assets/app.js"></script>
                """));
        assertThat(problemsWithoutValidation()).extracting(SiteProblem::page, SiteProblem::message)
                .containsExactly(
                        tuple("articles/b/index.html",
                                "line 12: missing asset \"../../assets/missing.png\": no file assets/missing.png"),
                        tuple("articles/b/index.html",
                                "line 13: missing asset \"../../assets/app.js\": no file assets/app.js"));
    }

    @Test
    void aMissingStylesheetIsReportedOnEveryPageThatLoadsIt() throws IOException {
        Files.delete(site.resolve("assets/style.css"));
        assertThat(problemsWithoutValidation())
                .extracting(SiteProblem::page)
                .containsExactly("404.html", "articles/a/index.html", "articles/b/index.html", "index.html");
        assertThat(problemsWithoutValidation()).allSatisfy(problem ->
                assertThat(problem.message()).contains("missing asset", "assets/style.css"));
    }

    @Test
    void aMissingImageCandidateInSrcsetIsReported() throws IOException {
        replace(site, "articles/a/index.html", "pic@2x.png 2x", "pic@3x.png 3x");
        assertThat(problemsWithoutValidation()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("missing asset \"../../assets/pic@3x.png\""));
    }

    @Test
    void aFragmentWithNoMatchingIdIsReported() throws IOException {
        replace(site, "index.html", "index.html#quote", "index.html#quotation");
        assertThat(problemsWithoutValidation()).singleElement().satisfies(problem -> {
            assertThat(problem.page()).isEqualTo("index.html");
            assertThat(problem.message())
                    .contains("\"articles/b/index.html#quotation\"", "no id \"quotation\" on articles/b/index.html");
        });
    }

    @Test
    void aFragmentOnTheSamePageIsCheckedToo() throws IOException {
        replace(site, "index.html", "href=\"#top-heading\"", "href=\"#bottom\"");
        assertThat(problemsWithoutValidation()).singleElement().satisfies(problem -> {
            assertThat(problem.page()).isEqualTo("index.html");
            assertThat(problem.message()).contains("no id \"bottom\" on this page");
        });
    }

    @Test
    void aNamedAnchorIsAFragmentTarget() throws IOException {
        replace(site, "articles/b/index.html", "<span id=\"note\">A note.</span>", "<a name=\"note\">A note.</a>");
        assertThat(problemsWithoutValidation()).isEmpty();
        replace(site, "articles/b/index.html", "<a name=\"note\">", "<a name=\"notes\">");
        assertThat(problemsWithoutValidation()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("no id \"note\" on articles/b/index.html"));
    }

    @Test
    void aPageNoLinkLeadsToIsReported() throws IOException {
        write(site, "articles/c/index.html", GoodSite.page("Article C", "../../", "<h1>C</h1>"));
        assertThat(problemsWithoutValidation()).containsExactly(
                new SiteProblem("articles/c/index.html", "not reachable from index.html by following links"));
    }

    @Test
    void pagesLinkedOnlyFromAnUnreachablePageAreUnreachableToo() throws IOException {
        replace(site, "index.html", "<li><a href=\"articles/a/index.html\">Article A</a></li>", "");
        replace(site, "index.html", "<li><a href=\"articles/b/index.html#quote\">Article B's quote</a></li>", "");
        assertThat(problemsWithoutValidation()).extracting(SiteProblem::page)
                .containsExactly("articles/a/index.html", "articles/b/index.html");
    }

    @Test
    void aSiteWithoutAHomePageIsReported() throws IOException {
        Files.delete(site.resolve("index.html"));
        assertThat(problemsWithoutValidation())
                .contains(new SiteProblem("index.html", "the site has no home page index.html"));
    }

    @Test
    void invalidHtmlIsReportedWithTheCheckersMessageAndLine() throws IOException {
        replace(site, "articles/b/index.html", "<h1>Article B</h1>", "<h1>Article B</h1>\n<li>stray</li>");
        List<SiteProblem> problems = SiteChecker.of(site).check().problems();
        assertThat(problems).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.page()).isEqualTo("articles/b/index.html");
            assertThat(problem.message()).startsWith("line 12: invalid HTML: ");
        });
        assertThat(problems.get(0).message()).contains("li");
    }

    @Test
    void htmlWarningsAreNotProblems() throws IOException {
        // The checker warns that type="text/javascript" is unnecessary; it is still valid.
        replace(site, "404.html", "<h1>Not found</h1>", "<h1>Not found</h1><script type=\"text/javascript\"></script>");
        assertThat(SiteChecker.of(site).check().problems()).isEmpty();
    }

    @Test
    void aMalformedFeedIsReported() throws IOException {
        replace(site, "feed.xml", "</entry>\n</feed>", "</entry>\n");
        assertThat(problemsWithoutValidation()).singleElement().satisfies(problem -> {
            assertThat(problem.page()).isEqualTo("feed.xml");
            assertThat(problem.message()).startsWith("line ").contains("not well-formed XML");
        });
    }

    @Test
    void aFeedWithADoctypeIsRefusedRatherThanExpanded() throws IOException {
        replace(site, "feed.xml", "<feed xmlns", "<!DOCTYPE feed [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<feed xmlns");
        replace(site, "feed.xml", "<title>Broadsheet archive</title>", "<title>&x;</title>");
        assertThat(problemsWithoutValidation()).singleElement().satisfies(problem -> {
            assertThat(problem.page()).isEqualTo("feed.xml");
            assertThat(problem.message()).contains("not well-formed XML").containsIgnoringCase("DOCTYPE");
        });
    }

    @Test
    void aFeedLinkToAMissingPageIsReported() throws IOException {
        replace(site, "feed.xml", "<link href=\"articles/b/index.html\"/>", "<link href=\"articles/x/index.html\"/>");
        assertThat(problemsWithoutValidation()).singleElement().satisfies(problem -> {
            assertThat(problem.page()).isEqualTo("feed.xml");
            assertThat(problem.message()).startsWith("line 18: feed link \"articles/x/index.html\"")
                    .contains("missing page articles/x/index.html");
        });
    }

    @Test
    void aSitemapEntryForAMissingPageIsReported() throws IOException {
        replace(site, "sitemap.xml", "news/articles/b/index.html", "news/articles/gone/index.html");
        assertThat(problemsWithoutValidation()).singleElement().satisfies(problem -> {
            assertThat(problem.page()).isEqualTo("sitemap.xml");
            assertThat(problem.message()).startsWith("line 5: sitemap entry")
                    .contains("missing page articles/gone/index.html");
        });
    }

    @Test
    void withoutAFeedTheBaseUrlComesFromTheSitemap() throws IOException {
        Files.delete(site.resolve("feed.xml"));
        replace(site, "index.html", "<a href=\"feed.xml\">feed</a>", "");
        assertThat(problemsWithoutValidation()).isEmpty();
        replace(site, "sitemap.xml", "news/articles/b/index.html", "news/articles/gone/index.html");
        assertThat(problemsWithoutValidation()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("missing page articles/gone/index.html",
                        "base URL https://example.org/news/"));
    }

    @Test
    void theGivenBaseUrlDecidesWhichUrlsAreInTheSite() throws IOException {
        // Under another base URL, the feed's and sitemap's absolute URLs are other sites' business...
        assertThat(SiteChecker.of(site).withoutHtmlValidation().withBaseUrl("https://other.example/")
                .check().problems()).extracting(SiteProblem::page).containsOnly("robots.txt");
        // ...and under the right one a wrong entry is found.
        replace(site, "sitemap.xml", "news/articles/b/index.html", "news/articles/gone/index.html");
        assertThat(SiteChecker.of(site).withoutHtmlValidation().withBaseUrl("https://example.org/news")
                .check().problems()).singleElement().satisfies(problem ->
                assertThat(problem.page()).isEqualTo("sitemap.xml"));
        assertThatThrownBy(() -> SiteChecker.of(site).withBaseUrl("example.org"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anRssFeedsLinksAreCheckedToo() throws IOException {
        write(site, "rss.xml", """
                <?xml version="1.0"?>
                <rss version="2.0"><channel><title>News</title><link>https://example.org/news/index.html</link>
                <description>All</description>
                <item><title>A</title><link>https://example.org/news/articles/zz/index.html</link></item>
                </channel></rss>
                """);
        assertThat(problemsWithoutValidation()).containsExactly(new SiteProblem("rss.xml",
                "line 4: feed link \"https://example.org/news/articles/zz/index.html\" names a missing page"
                        + " articles/zz/index.html (base URL https://example.org/news/)"));
    }

    @Test
    void controlCharactersFromThePageAreEscapedInTheReport() throws IOException {
        replace(site, "articles/a/index.html", "href=\"source.txt\"", "href=\"gone&#x1b;[31m.txt\"");
        assertThat(problemsWithoutValidation()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("gone\\u001B[31m.txt").doesNotContain("\u001b"));
    }

    @Test
    void robotsTxtMustPointAtTheSitemap() throws IOException {
        replace(site, "robots.txt", "news/sitemap.xml", "news/site-map.xml");
        assertThat(problemsWithoutValidation()).singleElement().satisfies(problem -> {
            assertThat(problem.page()).isEqualTo("robots.txt");
            assertThat(problem.message()).startsWith("line 4: Sitemap \"https://example.org/news/site-map.xml\"")
                    .contains("does not point at the site's sitemap (sitemap.xml)");
        });
    }

    @Test
    void robotsTxtThatIsNotUtf8IsStillChecked() throws IOException {
        Files.write(site.resolve("robots.txt"),
                "# Caf\u00e9\nSitemap: https://example.org/news/gone.xml\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(problemsWithoutValidation()).singleElement().satisfies(problem ->
                assertThat(problem.message()).startsWith("line 2: Sitemap \"https://example.org/news/gone.xml\""));
    }

    @Test
    void aLinkThatLeavesTheSiteFolderIsReported() throws IOException {
        write(site, "outside.html", "x");
        replace(site, "articles/a/index.html", "href=\"source.txt\"", "href=\"../../../outside.html\"");
        assertThat(problemsWithoutValidation()).filteredOn(p -> p.page().equals("articles/a/index.html"))
                .singleElement().satisfies(problem -> assertThat(problem.message())
                        .isEqualTo("line 15: link \"../../../outside.html\" leaves the site folder"));
    }

    @Test
    void aLinkToAFolderWorksOnServersOnlyAndIsReported() throws IOException {
        replace(site, "articles/a/index.html", "href=\"../b/index.html\">article B", "href=\"../b/\">article B");
        assertThat(problemsWithoutValidation()).singleElement().satisfies(problem -> {
            assertThat(problem.page()).isEqualTo("articles/a/index.html");
            assertThat(problem.message()).contains("\"../b/\"", "names the folder articles/b/",
                    "works on a web server but not from disk", "link to articles/b/index.html");
        });
    }

    @Test
    void aLinkToAFolderWithoutIndexHtmlIsBroken() throws IOException {
        replace(site, "articles/a/index.html", "href=\"source.txt\"", "href=\"../../assets\"");
        assertThat(problemsWithoutValidation()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("broken link \"../../assets\": assets/ has no index.html"));
    }

    @Test
    void aRootRelativeLinkDoesNotWorkFromDisk() throws IOException {
        replace(site, "articles/a/index.html", "href=\"source.txt\"", "href=\"/articles/a/source.txt\"");
        assertThat(problemsWithoutValidation()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("starts with '/'", "never from disk"));
    }

    @Test
    void externalLinksAreNotFollowed() throws IOException {
        replace(site, "index.html", "<a href=\"feed.xml\">feed</a>", """
                <a href="//cdn.example/x.js">cdn</a> <a href="tel:+123">call</a>
                <a href="HTTPS://EXAMPLE.ORG/nothing">shout</a> <img src="data:image/png;base64,AA==" alt="">""");
        assertThat(problemsWithoutValidation()).isEmpty();
    }

    @Test
    void theReportIsTheSameEveryTimeAndOrderedByPage() throws IOException {
        write(site, "zz/index.html", GoodSite.page("Z", "../", "<p><a href=\"nowhere.html\">x</a></p>"));
        write(site, "aa/index.html", GoodSite.page("A", "../", "<p><a href=\"nowhere.html\">x</a></p>"));
        replace(site, "sitemap.xml", "news/articles/b/index.html", "news/articles/gone/index.html");
        List<SiteProblem> first = problemsWithoutValidation();
        assertThat(problemsWithoutValidation()).isEqualTo(first);
        assertThat(first).extracting(SiteProblem::page)
                .containsExactly("aa/index.html", "aa/index.html", "sitemap.xml", "zz/index.html", "zz/index.html");
        // A page's problems as a whole come first, then its problems by line.
        assertThat(first.get(0).message()).isEqualTo("not reachable from index.html by following links");
        assertThat(first.get(1).message()).startsWith("line 11:");
    }

    @Test
    void aMissingSiteFolderIsAnError() {
        assertThatThrownBy(() -> SiteChecker.of(site.resolve("nowhere")).check())
                .isInstanceOf(NotDirectoryException.class);
    }
}
