package io.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.markdown.ArchivedArticle;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HomePageTest {
    private final PageRenderer renderer = new PageRenderer(Theme.defaults());

    @Test
    void listsEveryArticleInTheGivenOrderWithARelativeLinkToItsPage() {
        List<ArchivedArticle> articles = List.of(Fixtures.bare(), Fixtures.ordinary());
        Document page = Jsoup.parse(Fixtures.homePage(renderer, articles.toArray(ArchivedArticle[]::new)));

        Elements items = page.select("main li.h-entry");
        assertThat(items).hasSize(2);
        for (int i = 0; i < articles.size(); i++) {
            Element link = items.get(i).selectFirst("a.p-name");
            assertThat(link.text()).isEqualTo(articles.get(i).metadata().title());
            assertThat(link.attr("href")).isEqualTo("articles/" + articles.get(i).id() + "/index.html");
            assertThat(items.get(i).selectFirst(".p-summary").text()).isEqualTo(articles.get(i).metadata().summary());
        }
    }

    @Test
    void showsPublisherAndYearWhenKnown() {
        Document page = Jsoup.parse(Fixtures.homePage(renderer, Fixtures.ordinary(), Fixtures.bare()));
        Elements items = page.select("main li.h-entry");

        assertThat(items.get(0).selectFirst(".entry-meta").text()).contains("BBC").contains("2022");
        assertThat(items.get(1).select(".entry-meta")).isEmpty();
    }

    @Test
    void eachEntryCarriesTheLanguageOfItsArticle() {
        Document page = Jsoup.parse(Fixtures.homePage(renderer, Fixtures.ordinary(), Fixtures.bare()));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("main li.h-entry").eachAttr("lang")).containsExactly("en-GB", "en");
    }

    @Test
    void sharesTheLayoutWithRelativeLinks() {
        Document page = Jsoup.parse(Fixtures.homePage(renderer, Fixtures.ordinary()));

        assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).containsExactly("assets/style.css");
        assertThat(page.select("header a.site-name").attr("href")).isEqualTo("index.html");
        assertThat(page.select("meta[http-equiv=Content-Security-Policy]")).hasSize(1);
        assertThat(page.select("body > header, body > main, body > footer")).hasSize(3);
        assertThat(page.select("h1")).hasSize(1);
    }

    @Test
    void anEmptyArchiveStillMakesAPage() {
        Document page = Jsoup.parse(Fixtures.homePage(renderer));

        assertThat(page.select("main li")).isEmpty();
        assertThat(page.select("main").text()).contains("no articles");
    }

    @Test
    void sameInputGivesTheSameBytes() {
        List<ArchivedArticle> articles = List.of(Fixtures.ordinary(), Fixtures.bare(), Fixtures.hostile());

        assertThat(Fixtures.homePage(new PageRenderer(Theme.defaults()), articles.toArray(ArchivedArticle[]::new))).isEqualTo(Fixtures.homePage(renderer, articles.toArray(ArchivedArticle[]::new)));
    }
}
