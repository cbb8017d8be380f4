package io.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.article.Role;
import io.broadsheet.markdown.ArchivedArticle;
import io.broadsheet.markdown.Aside;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Seeded random Markdown mixing text, Markdown syntax and fragments of hostile HTML: whatever the mix, the page
 * keeps no active content and the reading view only the allowed tags.
 */
class RandomHostileMarkdownTest {
    private static final long SEED = 0x5EEDBEEFL;
    private static final int ROUNDS = 300;
    private static final List<String> PIECES = List.of(
            "plain words ", "**bold** ", "_italic_ ", "`code` ", "\n\n", "\n", "# ", "## ", "#### ", "> ", "- ", "1. ",
            "[link](https://example.com/a?b=c&d=<e>) ", "[bad](javascript:alert(1)) ", "<script>", "</script>",
            "alert(1)", "<img src=x onerror=alert(1)>", "<iframe src=//e.example>", "</iframe>", "<a href=\"",
            "javascript:alert(1)\">", "</a>", "<svg onload=alert(1)>", "<style>*{}</style>", "<p style=\"x\">",
            "<div>", "</div>", "<!-- ", " -->", "<![CDATA[", "]]>", "&lt;script&gt;", "&#x3C;script&#x3E;", "\"", "'",
            "<b onclick=x>", "</b>", "<form><button formaction=javascript:x>", "<object data=x>", "<base href=//e>",
            "<meta http-equiv=refresh content=0;url=javascript:x>", "<math><mtext><table><mglyph><style><img src=x onerror=x>",
            "![i](javascript:x) ", "<details open ontoggle=x>", "<a href=\"data:text/html,x\">d</a> ", "*", "_", "[", "]");

    @Test
    void noRandomMixReachesThePageAsActiveContent() {
        Random random = new Random(SEED);
        PageRenderer renderer = new PageRenderer(Theme.defaults());
        ArchivedArticle base = Fixtures.ordinary();
        for (int round = 0; round < ROUNDS; round++) {
            String body = mix(random, 40);
            String aside = mix(random, 12);
            ArchivedArticle article = new ArchivedArticle(base.id(), base.source(), base.metadata(),
                    List.of(new Aside(Role.ATTRIBUTION, aside), new Aside(Role.FURNITURE, aside),
                            new Aside(Role.CAPTION, aside), new Aside(Role.BYLINE, aside)),
                    body);
            String context = "seed " + SEED + ", round " + round + ", body:\n" + body + "\naside:\n" + aside;
            Document page = Jsoup.parse(renderer.articlePage(article));
            // The layout's own search box and script, which content cannot reach, are not the content's.
            page.select("body > header form.site-search, head > script[src$=assets/search.js]").remove();

            assertThat(page.select("script:not([type=application/ld+json]), iframe, object, embed, form, button, "
                    + "style, svg, math, img, base, meta[http-equiv=refresh], details[open]")).as(context).isEmpty();
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    assertThat(name).as(context).doesNotStartWith("on").isNotEqualTo("style");
                    if (name.equals("href")) {
                        assertThat(attribute.getValue()).as(context).doesNotContainIgnoringCase("javascript:")
                                .doesNotStartWithIgnoringCase("data:");
                    }
                }
            }
            Element content = page.selectFirst(".e-content");
            for (Element element : content.select("*:not(.e-content)")) {
                assertThat(element.tagName()).as(context)
                        .isIn("p", "h2", "h3", "strong", "em", "b", "i", "a", "br", "blockquote", "ul", "ol", "li", "code");
            }
            assertThat(page.select("h1")).as(context).hasSize(1);
        }
    }

    private static String mix(Random random, int maxPieces) {
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(maxPieces);
        for (int i = 0; i < pieces; i++) text.append(PIECES.get(random.nextInt(PIECES.size())));
        return text.toString();
    }
}
