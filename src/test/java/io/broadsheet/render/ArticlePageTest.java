package io.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.broadsheet.article.Metadata;
import io.broadsheet.article.Role;
import io.broadsheet.markdown.ArchivedArticle;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class ArticlePageTest {
    private final PageRenderer renderer = new PageRenderer(Theme.defaults());

    private Document page(ArchivedArticle article) {
        return Jsoup.parse(renderer.articlePage(article));
    }

    @Test
    void readingViewHoldsTheBodyAndNothingElse() {
        Element content = page(Fixtures.ordinary()).selectFirst("article.h-entry .e-content");

        assertThat(content).isNotNull();
        assertThat(content.children().stream().map(Element::tagName).toList())
                .containsExactly("p", "p", "h2", "p", "blockquote");
        assertThat(content.child(0).select("strong").text()).startsWith("The foreign secretary has demanded justice");
        assertThat(content.select("h2").text()).isEqualTo("Security Council");
        // Nothing from the asides leaks into the reading view.
        for (String aside : List.of("Landale", "New York, 22 September", "Klinsmann", "©", "UN Security Council")) {
            assertThat(content.text()).doesNotContain(aside);
        }
    }

    @Test
    void aSummaryThatRepeatsTheLedeIsNotShownTwice() {
        ArchivedArticle ordinary = Fixtures.ordinary();
        String lede = "The foreign secretary has demanded justice for victims of war crimes in Ukraine at a meeting "
                + "of world leaders.";
        Metadata m = ordinary.metadata();
        Metadata repeating = new Metadata(m.title(), lede, m.language(), m.publisher(), m.year(), m.byline(),
                m.published(), m.url(), m.authors(), m.tags(), m.wordCount());
        Document page = page(new ArchivedArticle(ordinary.id(), ordinary.source(), repeating, ordinary.asides(),
                ordinary.body()));

        assertThat(page.select(".standfirst")).isEmpty();
        assertThat(page.select("data.p-summary").attr("value")).isEqualTo(lede);
        assertThat(page.select(".e-content").text()).startsWith(lede);
    }

    @Test
    void titleAndSummaryAreMarkedUpAsTheEntrysNameAndSummary() {
        Document page = page(Fixtures.ordinary());
        Element entry = page.selectFirst("article.h-entry");

        assertThat(entry.select(".p-name")).hasSize(1);
        assertThat(entry.selectFirst("h1.p-name").text()).isEqualTo(Fixtures.ordinary().metadata().title());
        assertThat(entry.selectFirst(".p-summary").text()).isEqualTo(Fixtures.ordinary().metadata().summary());
        assertThat(page.title()).isEqualTo(Fixtures.ordinary().metadata().title());
        assertThat(page.select("h1")).hasSize(1);
    }

    @Test
    void asidesAreShownOutsideTheReadingView() {
        Element entry = page(Fixtures.ordinary()).selectFirst("article.h-entry");

        assertThat(entry.select(".byline").text()).isEqualTo("By James Landale");
        assertThat(entry.select(".dateline").text()).isEqualTo("New York, 22 September");
        assertThat(entry.select(".caption").html()).isEqualTo("James Cleverly at the UN <em>Security Council</em>");
        for (Element aside : entry.select(".byline, .dateline, .caption")) {
            assertThat(aside.closest(".e-content")).isNull();
        }
    }

    @Test
    void attributionKeepsItsTextAndItsLinksWithNofollowNoopener() {
        Element attribution = page(Fixtures.ordinary()).selectFirst(".attribution");

        assertThat(attribution.closest(".e-content")).isNull();
        assertThat(attribution.text()).isEqualTo("© 2022 BBC. The BBC is not responsible for the content of external "
                + "sites. Read about our approach to external linking.");
        Elements links = attribution.select("a");
        assertThat(links).hasSize(1);
        assertThat(links.attr("href"))
                .isEqualTo("https://www.bbc.co.uk/editorialguidelines/guidance/feeds-and-links");
        assertThat(links.attr("rel")).isEqualTo("nofollow noopener");
    }

    @Test
    void furnitureIsInAClosedDetailsElementAfterTheArticle() {
        Document page = page(Fixtures.ordinary());
        Element details = page.selectFirst("main details");

        assertThat(details).isNotNull();
        assertThat(details.hasAttr("open")).isFalse();
        assertThat(details.selectFirst("summary").text()).containsIgnoringCase("furniture")
                .containsIgnoringCase("reading view");
        assertThat(details.select("p").text()).startsWith("World Cup winner Jürgen Klinsmann");
        assertThat(details.closest("article")).isNull();
        assertThat(page.selectFirst("article.h-entry").elementSiblingIndex())
                .isLessThan(details.elementSiblingIndex());
    }

    @Test
    void provenanceNamesTheDumpWithItsHashAndLinksToTheFilesBesideThePage() {
        ArchivedArticle article = Fixtures.ordinary();
        Element provenance = page(article).selectFirst(".provenance");

        assertThat(provenance.text()).contains(article.source().fileName()).contains(article.source().sha256());
        assertThat(provenance.select("a[href=source.txt]")).hasSize(1);
        assertThat(provenance.select("a[href=article.md]")).hasSize(1);
        Element original = provenance.selectFirst("a.original");
        assertThat(original.attr("href")).isEqualTo(article.metadata().url().orElseThrow());
        assertThat(original.attr("rel")).isEqualTo("nofollow noopener");
        assertThat(provenance.closest(".e-content")).isNull();
    }

    @Test
    void everyLinkOfTheSiteIsRelativeToThePage() {
        Document page = page(Fixtures.ordinary());

        assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).containsExactly("../../assets/style.css");
        assertThat(page.select("header a.site-name").attr("href")).isEqualTo("../../index.html");
        for (Element link : page.select("[href], [src]")) {
            String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
            assertThat(target).as(link.outerHtml()).doesNotStartWith("/");
            boolean external = target.startsWith("https://") || target.startsWith("http://");
            if (external) assertThat(link.attr("rel")).as(link.outerHtml()).isEqualTo("nofollow noopener");
        }
    }

    @Test
    void languageOfThePageComesFromTheMetadata() {
        assertThat(page(Fixtures.ordinary()).selectFirst("html").attr("lang")).isEqualTo("en-GB");
    }

    @Test
    void pageHasLandmarksASkipLinkAndHeadingsInOrder() {
        Document page = page(Fixtures.ordinary());

        assertThat(page.select("body > header")).hasSize(1);
        assertThat(page.select("body > main#content")).hasSize(1);
        assertThat(page.select("body > footer")).hasSize(1);
        assertThat(page.select("header nav[aria-label]")).hasSize(1);
        Element skip = page.body().child(0);
        assertThat(skip.tagName()).isEqualTo("a");
        assertThat(skip.attr("href")).isEqualTo("#content");
        int previous = 0;
        for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            assertThat(level).as(heading.outerHtml()).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
    }

    @Test
    void contentSecurityPolicyForbidsScriptsAndEverythingExternal() {
        Element csp = page(Fixtures.ordinary()).selectFirst("head meta[http-equiv=Content-Security-Policy]");

        assertThat(csp).isNotNull();
        String policy = csp.attr("content");
        assertThat(policy).contains("default-src 'none'").contains("base-uri 'none'").contains("form-action 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval").doesNotContain("http").doesNotContain("*");
    }

    @Test
    void jsonLdDescribesTheArticleAsANewsArticle() throws Exception {
        ArchivedArticle article = Fixtures.ordinary();
        Elements scripts = page(article).select("script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(scripts.first().data());

        assertThat(json.path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(json.path("@type").asText()).isEqualTo("NewsArticle");
        assertThat(json.path("headline").asText()).isEqualTo(article.metadata().title());
        assertThat(json.path("description").asText()).isEqualTo(article.metadata().summary());
        assertThat(json.path("publisher").path("@type").asText()).isEqualTo("Organization");
        assertThat(json.path("publisher").path("name").asText()).isEqualTo("BBC");
        assertThat(json.path("copyrightHolder").path("name").asText()).isEqualTo("BBC");
        assertThat(json.path("copyrightYear").asInt()).isEqualTo(2022);
        assertThat(json.path("copyrightNotice").asText())
                .isEqualTo(Jsoup.parse(renderer.articlePage(article)).selectFirst(".attribution").text());
        assertThat(json.path("inLanguage").asText()).isEqualTo("en-GB");
        assertThat(json.path("wordCount").asInt()).isEqualTo(142);
        assertThat(json.path("author").get(0).path("name").asText()).isEqualTo("James Landale");
        assertThat(json.path("datePublished").asText()).isEqualTo("2022-09-22");
        assertThat(json.path("url").asText()).isEqualTo(article.metadata().url().orElseThrow());
        assertThat(json.path("isBasedOn").asText()).isEqualTo(article.metadata().url().orElseThrow());
        assertThat(json.path("keywords")).hasSize(2);
        assertThat(json.path("keywords").get(1).asText()).isEqualTo("United Nations");
    }

    @Test
    void anArticleWithOnlyTheRequiredFieldsLeavesOutWhatItLacks() throws Exception {
        Document page = page(Fixtures.bare());

        assertThat(page.select(".e-content").text()).isEqualTo("A few words.");
        assertThat(page.select("details, .captions, .attribution, .byline, .dateline, .kicker, a.original, time"))
                .isEmpty();
        JsonNode json = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(json.has("publisher")).isFalse();
        assertThat(json.has("url")).isFalse();
        assertThat(json.has("copyrightNotice")).isFalse();
        assertThat(json.path("headline").asText()).isEqualTo("Untitled dump");
    }

    @Test
    void theBylineOfTheMetadataIsShownWhenNoParagraphIsOne() {
        ArchivedArticle ordinary = Fixtures.ordinary();
        ArchivedArticle withoutBylineParagraph = new ArchivedArticle(ordinary.id(), ordinary.source(),
                ordinary.metadata(), ordinary.asides().stream().filter(a -> a.role() != Role.BYLINE).toList(),
                ordinary.body());

        assertThat(page(withoutBylineParagraph).select(".byline").text()).isEqualTo("By James Landale");
    }

    @Test
    void sameInputGivesTheSameBytesFromAnyRenderer() {
        String first = renderer.articlePage(Fixtures.ordinary());

        assertThat(renderer.articlePage(Fixtures.ordinary())).isEqualTo(first);
        assertThat(new PageRenderer(Theme.defaults()).articlePage(Fixtures.ordinary())).isEqualTo(first);
    }

    @Test
    void anIdThatCouldLeaveTheArticlesFolderIsRefused() {
        ArchivedArticle ordinary = Fixtures.ordinary();
        ArchivedArticle escaping = new ArchivedArticle("../evil", ordinary.source(), ordinary.metadata(),
                ordinary.asides(), ordinary.body());

        assertThatThrownBy(() -> renderer.articlePage(escaping)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fixtures.homePage(renderer, escaping)).isInstanceOf(IllegalArgumentException.class);
    }
}
