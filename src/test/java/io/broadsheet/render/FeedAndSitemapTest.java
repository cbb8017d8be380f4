package io.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class FeedAndSitemapTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private static ArticleSummary summary(String id, Optional<Integer> year, Optional<LocalDate> date,
                                          Optional<String> publisher, String attribution) {
        return new ArticleSummary(id, "Title of " + id, "Summary of " + id, publisher, year, date, "en",
                List.of("Topic"), attribution);
    }

    private static SiteSettings settings(Optional<String> baseUrl, Optional<Instant> sourceDate) {
        SiteSettings d = SiteSettings.DEFAULTS;
        return new SiteSettings(d.title(), d.description(), baseUrl, d.language(), d.perPage(), d.feedSize(),
                d.relatedCount(), d.author(), d.footer(), sourceDate);
    }

    private static org.w3c.dom.Document parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(org.w3c.dom.Document xml, String name) {
        NodeList nodes = xml.getElementsByTagNameNS(ATOM, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) texts.add(nodes.item(i).getTextContent());
        return texts;
    }

    @Test
    void entryDatesComeFromTheArticlesAndTheFeedsFromTheNewest() throws Exception {
        org.w3c.dom.Document feed = parse(AtomFeed.of(settings(Optional.empty(), Optional.empty()), List.of(
                summary("a", Optional.of(2022), Optional.of(LocalDate.of(2022, 3, 4)), Optional.empty(), "© A"),
                summary("b", Optional.of(2021), Optional.empty(), Optional.empty(), "© B"))));

        // The feed's own updated comes first, then one per entry.
        assertThat(texts(feed, "updated"))
                .containsExactly("2022-03-04T00:00:00Z", "2022-03-04T00:00:00Z", "2021-01-01T00:00:00Z");
        assertThat(texts(feed, "published")).containsExactly("2022-03-04T00:00:00Z");
    }

    @Test
    void withoutAnyDateTheFeedUsesSourceDateEpochNeverTheClock() throws Exception {
        ArticleSummary undated = summary("a", Optional.empty(), Optional.empty(), Optional.empty(), "");
        Instant epoch = Instant.parse("2023-11-14T22:13:20Z");

        assertThat(texts(parse(AtomFeed.of(settings(Optional.empty(), Optional.of(epoch)), List.of(undated))),
                "updated")).containsOnly("2023-11-14T22:13:20Z");
        assertThat(texts(parse(AtomFeed.of(settings(Optional.empty(), Optional.empty()), List.of(undated))),
                "updated")).containsOnly("1970-01-01T00:00:00Z");
    }

    @Test
    void rightsAreTheCreditLineElseMadeFromPublisherAndYear() throws Exception {
        org.w3c.dom.Document feed = parse(AtomFeed.of(settings(Optional.empty(), Optional.empty()), List.of(
                summary("a", Optional.of(2020), Optional.empty(), Optional.of("The Herald"), "© 2020 Herald Ltd"),
                summary("b", Optional.of(2019), Optional.empty(), Optional.of("The Herald"), ""),
                summary("c", Optional.empty(), Optional.empty(), Optional.empty(), ""))));

        assertThat(texts(feed, "rights")).containsExactly("© 2020 Herald Ltd", "© 2019 The Herald");
    }

    @Test
    void idsAreStableUrnsWithoutABaseUrlAndAddressesWithOne() throws Exception {
        List<ArticleSummary> one = List.of(summary("a", Optional.empty(), Optional.empty(), Optional.empty(), ""));
        List<String> plain = texts(parse(AtomFeed.of(settings(Optional.empty(), Optional.empty()), one)), "id");
        List<String> based = texts(parse(AtomFeed.of(settings(Optional.of("https://example.org/x/"),
                Optional.empty()), one)), "id");

        assertThat(plain).allMatch(id -> id.matches("urn:uuid:[0-9a-f-]{36}")).doesNotHaveDuplicates();
        assertThat(texts(parse(AtomFeed.of(settings(Optional.empty(), Optional.empty()), one)), "id"))
                .isEqualTo(plain);
        assertThat(based).containsExactly("https://example.org/x/", "https://example.org/x/articles/a/index.html");
    }

    @Test
    void charactersXmlCannotHoldAreLeftOutRatherThanBreakingTheFeed() throws Exception {
        ArticleSummary odd = new ArticleSummary("a", "Bell\u0007 & <tag>", "Summary", Optional.empty(),
                Optional.empty(), Optional.empty(), "en", List.of(), "");

        assertThat(texts(parse(AtomFeed.of(SiteSettings.DEFAULTS, List.of(odd))), "title"))
                .contains("Bell & <tag>");
    }

    @Test
    void aLargeSiteGetsASitemapIndex() throws Exception {
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < Sitemap.MAX_URLS + 3; i++) pages.add("articles/a" + i + "/index.html");

        Map<String, String> files = Sitemap.files("https://example.org/", pages);

        assertThat(files.keySet()).containsExactlyInAnyOrder("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml");
        assertThat(parse(files.get("sitemap.xml")).getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(parse(files.get("sitemap-2.xml")).getElementsByTagName("loc").getLength()).isEqualTo(3);
        assertThat(Sitemap.files("https://example.org/", pages.subList(0, 5)).keySet()).containsExactly("sitemap.xml");
    }

    @Test
    void aLongListingShowsTheFirstLastAndNearbyPagesWithGaps() {
        List<ArticleSummary> items = List.of(summary("a", Optional.empty(), Optional.empty(), Optional.empty(), ""));
        String html = new PageRenderer(Theme.defaults())
                .listPage(new Listing("years/2020/", "2020", "Articles from", items, 10, 40, 400), SiteIndex.EMPTY);
        Document page = Jsoup.parse(html);

        assertThat(page.select("nav.pagination ol a").eachText())
                .containsExactly("1", "8", "9", "10", "11", "12", "40");
        assertThat(page.select("nav.pagination ol li.gap a").eachText()).containsExactly("8", "40");
        assertThat(page.selectFirst("nav.pagination a[aria-current=page]").attr("href"))
                .isEqualTo("../../../../years/2020/page/10/index.html");
        assertThat(page.selectFirst("nav.pagination a[rel=prev]").attr("href")).isEqualTo("../../../../years/2020/page/9/index.html");
        assertThat(page.selectFirst("nav.pagination a[rel=next]").attr("href")).isEqualTo("../../../../years/2020/page/11/index.html");
        assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("../../../../assets/style.css");
    }
}
