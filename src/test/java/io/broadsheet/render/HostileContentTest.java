package io.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.broadsheet.markdown.ArchivedArticle;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Whatever an archived article holds, it reaches the page as text or as the few tags an article needs. */
class HostileContentTest {
    private final PageRenderer renderer = new PageRenderer(Theme.defaults());

    @Test
    void noScriptFrameOrActiveElementReachesTheArticlePage() {
        assertNoActiveContent(Jsoup.parse(renderer.articlePage(Fixtures.hostile())));
    }

    @Test
    void noScriptFrameOrActiveElementReachesTheHomePage() {
        assertNoActiveContent(Jsoup.parse(Fixtures.homePage(renderer, Fixtures.hostile(), Fixtures.ordinary())));
    }

    @Test
    void readingViewKeepsOnlyTheAllowedTags() {
        Element content = Jsoup.parse(renderer.articlePage(Fixtures.hostile())).selectFirst(".e-content");
        List<String> allowed = List.of("p", "h2", "h3", "strong", "em", "b", "i", "a", "br", "blockquote", "ul", "ol",
                "li", "code");

        for (Element element : content.getAllElements()) {
            if (element == content) continue;
            assertThat(allowed).as(element.outerHtml()).contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                assertThat(List.of("href", "rel")).as(element.outerHtml()).contains(attribute.getKey());
            }
        }
        // A heading of any level in the Markdown stays below the page's title.
        assertThat(content.select("h2").text()).isEqualTo("A second h1 that must not be one");
        assertThat(content.select("h3").text()).isEqualTo("A deep heading");
        assertThat(content.text()).contains("click me").contains("raw link").contains("Styled");
    }

    @Test
    void hostileTextIsShownAsTextWhereItBelongs() {
        ArchivedArticle article = Fixtures.hostile();
        Document page = Jsoup.parse(renderer.articlePage(article));

        assertThat(page.title()).isEqualTo(article.metadata().title());
        assertThat(page.selectFirst("h1").text()).isEqualTo(article.metadata().title());
        assertThat(page.selectFirst(".file-name").text()).isEqualTo(article.source().fileName());
        // A javascript: address is no link, but the reader still sees what it was.
        assertThat(page.select("a.original")).isEmpty();
        assertThat(page.selectFirst(".provenance").text()).contains(article.metadata().url().orElseThrow());
    }

    @Test
    void jsonLdCannotBreakOutOfItsScriptElementAndStillMeansTheSame() throws Exception {
        ArchivedArticle article = Fixtures.hostile();
        String html = renderer.articlePage(article);
        Element script = Jsoup.parse(html).selectFirst("script[type=application/ld+json]");

        assertThat(script.data()).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        JsonNode json = new ObjectMapper().readTree(script.data());
        assertThat(json.path("headline").asText()).isEqualTo(article.metadata().title());
        assertThat(json.path("description").asText()).isEqualTo(article.metadata().summary());
        assertThat(json.has("url")).isFalse();
    }

    private static void assertNoActiveContent(Document page) {
        // The layout's own search box and script are the only active parts a page may have; content cannot reach
        // the header or the head.
        page.select("body > header form.site-search, head > script[src$=assets/search.js]").remove();
        assertThat(page.select("script:not([type=application/ld+json])")).isEmpty();
        assertThat(page.select("iframe, frame, object, embed, form, input, style, svg, math, img, base, link:not([rel=stylesheet]):not([rel=alternate][type=application/atom+xml])"))
                .isEmpty();
        assertThat(page.select("meta[http-equiv]").eachAttr("http-equiv")).containsExactly("Content-Security-Policy");
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as(element.outerHtml()).doesNotStartWith("on").isNotEqualTo("style")
                        .isNotEqualTo("srcdoc").isNotEqualTo("formaction");
                if (name.equals("href") || name.equals("src") || name.equals("action")) {
                    String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                    assertThat(value).as(element.outerHtml()).doesNotStartWith("javascript:")
                            .doesNotStartWith("data:").doesNotStartWith("vbscript:");
                }
            }
        }
        assertThat(page.select("details[open]")).isEmpty();
    }
}
