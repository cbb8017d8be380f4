package io.broadsheet.render;

import io.broadsheet.article.Metadata;
import io.broadsheet.article.Role;
import io.broadsheet.article.SourceFile;
import io.broadsheet.markdown.ArchivedArticle;
import io.broadsheet.markdown.Aside;
import java.util.List;
import java.util.Optional;

/** Archived articles built by hand, since the renderer must not depend on the Markdown reader to be tested. */
final class Fixtures {
    static final String SHA = "3f2a9c1b0d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8";

    private Fixtures() {}

    /** The home page listing the given articles, all on one page. */
    static String homePage(PageRenderer renderer, ArchivedArticle... articles) {
        List<ArticleSummary> items = java.util.Arrays.stream(articles).map(ArticleSummary::of).toList();
        return renderer.listPage(new Listing("", "The archive", "", items, 1, 1, items.size()), SiteIndex.EMPTY);
    }

    /** An ordinary article in the shape of the real seed: lede, body, a crosshead, furniture, attribution. */
    static ArchivedArticle ordinary() {
        Metadata metadata = new Metadata(
                "Cleverly demands justice for war crimes in Ukraine",
                "The foreign secretary has demanded justice for victims of war crimes in Ukraine.",
                "en-GB",
                Optional.of("BBC"),
                Optional.of(2022),
                Optional.of("By James Landale"),
                Optional.of("2022-09-22"),
                Optional.of("https://www.bbc.co.uk/news/uk-politics-62990000"),
                List.of("James Landale"),
                List.of("Ukraine", "United Nations"),
                142);
        String body = """
                **The foreign secretary has demanded justice for victims of war crimes in Ukraine at a meeting of world leaders.**

                James Cleverly said there was "mounting evidence" of Russian atrocities against civilians in Ukraine.

                ## Security Council

                His speech at a UN summit in New York was immediately preceded by one from Russian Foreign Minister \
                Sergei Lavrov, who accused the West of trying to weaken Russia and drag out the conflict by pumping \
                Ukraine full of weapons. While Russia is outnumbered on the 15-member Security Council, it has a veto.

                > "We know what Vladimir Putin is doing," he said.
                """;
        List<Aside> asides = List.of(
                new Aside(Role.BYLINE, "By James Landale"),
                new Aside(Role.DATELINE, "New York, 22 September"),
                new Aside(Role.CAPTION, "James Cleverly at the UN *Security Council*"),
                new Aside(Role.FURNITURE, "World Cup winner Jürgen Klinsmann invites you to subscribe to his daily World Cup newsletter."),
                new Aside(Role.ATTRIBUTION, "© 2022 BBC. The BBC is not responsible for the content of external sites. "
                        + "[Read about our approach to external linking.](https://www.bbc.co.uk/editorialguidelines/guidance/feeds-and-links)"));
        return new ArchivedArticle("000_1064a9bc0d479205", new SourceFile("000_1064a9bc0d479205.txt", SHA), metadata, asides, body);
    }

    /** An article with only what is required: no publisher, year, date, address, asides, authors or tags. */
    static ArchivedArticle bare() {
        Metadata metadata = new Metadata("Untitled dump", "A few words.", "en", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), 3);
        return new ArchivedArticle("bare", new SourceFile("bare.txt", SHA), metadata, List.of(), "A few words.\n");
    }

    /** Marker text that hostile content carries, to find any trace of it in the output. */
    static final String PWNED = "pwned";

    /** An article whose every field tries to inject markup or script into the page. */
    static ArchivedArticle hostile() {
        String attack = "</title></script><script>alert('" + PWNED + "')</script><img src=x onerror=alert('" + PWNED + "')>";
        Metadata metadata = new Metadata(
                "Headline " + attack,
                "Summary </script><!-- " + attack,
                "en",
                Optional.of("Publisher \"><svg onload=alert('" + PWNED + "')>"),
                Optional.of(2021),
                Optional.of("By <b onclick=alert('" + PWNED + "')>Mallory</b>"),
                Optional.of("2021-02-30\"><script>" + PWNED + "</script>"),
                Optional.of("javascript:alert('" + PWNED + "')"),
                List.of("Mallory </script>"),
                List.of("<script>" + PWNED + "</script>"),
                10);
        String body = """
                Lede with <script>alert('pwned')</script> inline script and <img src="x" onerror="alert('pwned')">.

                <iframe src="https://evil.example/pwned"></iframe>

                <div onclick="alert('pwned')"><p style="color:red" onmouseover="alert('pwned')">Styled</p></div>

                [click me](javascript:alert('pwned')) and <a href="javascript:alert('pwned')">raw link</a>
                and [data](data:text/html;base64,cHduZWQ=) and [vb](vbscript:pwned)

                # A second h1 that must not be one

                ###### A deep heading

                <form action="https://evil.example/pwned"><input name="q"></form>

                <style>body{display:none}</style><object data="pwned.swf"></object><embed src="pwned.swf">

                ![pwned image](https://evil.example/pwned.png)

                <svg><script>alert('pwned')</script></svg><math><mi xlink:href="javascript:alert('pwned')">x</mi></math>
                """;
        List<Aside> asides = List.of(
                new Aside(Role.ATTRIBUTION, "© Evil <script>alert('pwned')</script> [link](javascript:alert('pwned'))"
                        + " <a href=\"https://ok.example/\" onclick=\"alert('pwned')\">ok</a>"),
                new Aside(Role.FURNITURE, "<details open><summary>x</summary><iframe src=//evil.example/pwned></iframe></details>"),
                new Aside(Role.CAPTION, "# not a heading\n\n- nor a list <img src=x onerror=alert('pwned')>"),
                new Aside(Role.BYLINE, "By <span style=\"position:fixed\">Mallory</span>"));
        return new ArchivedArticle("hostile-1",
                new SourceFile("\"><script>alert('" + PWNED + "')</script>../../etc/passwd.txt", SHA), metadata, asides, body);
    }
}
