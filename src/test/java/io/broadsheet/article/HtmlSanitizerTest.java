package io.broadsheet.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlSanitizerTest {
    @Test
    void keepsTheInlineMarkupAnArticleNeeds() {
        String html = "<b class=\"x\">Bold</b> <strong>strong</strong> <i>it</i> <em>em</em> line<br>break "
                + "<a href=\"https://example.com/a?b=c#d\" class=\"l\" target=\"_blank\">link</a> "
                + "<a href=\"mailto:desk@example.com\">mail</a>";
        assertThat(HtmlSanitizer.sanitize(html)).isEqualTo("<b>Bold</b> <strong>strong</strong> <i>it</i> <em>em</em>"
                + " line<br>break <a href=\"https://example.com/a?b=c#d\">link</a> "
                + "<a href=\"mailto:desk@example.com\">mail</a>");
    }

    @Test
    void replacesOtherElementsByTheirText() {
        assertThat(HtmlSanitizer.sanitize("<span class=\"a\">one</span> <u>two</u> <div>three</div>"))
                .isEqualTo("one two three");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<b onclick=alert(1)>x</b>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"  JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"java\tscript:alert(1)\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<object data=\"x\"></object><embed src=\"x\">",
        "<form action=\"https://evil.example/\"><button formaction=\"javascript:x\">go</button></form>",
        "<style>p{}</style>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mtext><script>alert(1)</script></mtext></math>",
        "<a href=\"https://ok.example/\" onmouseover=\"alert(1)\" style=\"x\">ok</a>"
    })
    void removesEverythingExecutable(String hostile) {
        String safe = HtmlSanitizer.sanitize(hostile).toLowerCase();
        assertThat(safe).doesNotContain("<script", "<iframe", "<object", "<embed", "<form", "<style", "<svg",
                "<img", "onerror", "onclick", "onmouseover", "javascript:", "vbscript:", "data:", "style=");
    }

    @Test
    void textThatLooksLikeMarkupStaysText() {
        String safe = HtmlSanitizer.sanitize("&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;");
        assertThat(Jsoup.parse(safe).text()).isEqualTo("<script>alert(1)</script> &amp;");
        assertThat(safe).doesNotContain("<script");
    }

    @Test
    void linksWithUnusableAddressesBecomeTheirText() {
        assertThat(HtmlSanitizer.sanitize("<a href=\"/relative\">rel</a> <a href=\"https://a..b/\">bad host</a>"))
                .isEqualTo("rel bad host");
    }

    @Test
    void refusedLinksNestedAmongOthersBecomeTheirTextInPlace() {
        // Each refused anchor is replaced by its children where it stood, however they nest and whatever follows.
        Random random = new Random(29);
        List<String> pieces = List.of("<a href=\"/rel\">", "<a href=\"https://x.example/\">", "<a>", "</a>",
                "<b>", "</b>", "<i>", "</i>", "<br>", "<span>", "</span>", "t", " ", "u ");
        for (int i = 0; i < 2_000; i++) {
            StringBuilder html = new StringBuilder();
            for (int n = random.nextInt(25); n >= 0; n--) html.append(pieces.get(random.nextInt(pieces.size())));
            String input = html.toString();
            assertThat(HtmlSanitizer.sanitize(input)).as(input).isEqualTo(unwrappedOneByOne(input));
        }
    }

    /** The sanitiser's cleaning as a reader would write it: each refused anchor unwrapped in turn. */
    private static String unwrappedOneByOne(String html) {
        Safelist inline = new Safelist().addTags("b", "strong", "i", "em", "a", "br").addAttributes("a", "href")
                .addProtocols("a", "href", "http", "https", "mailto");
        Document clean = new Cleaner(inline).clean(Jsoup.parseBodyFragment(html));
        clean.outputSettings().prettyPrint(false);
        for (Element a : clean.body().select("a")) {
            Optional<String> target = LinkTarget.normalise(a.attr("href"));
            if (target.isPresent()) a.attr("href", target.get()); else a.unwrap();
        }
        return clean.body().html();
    }

    @Test
    void linkAddressesAreMadeValid() {
        assertThat(HtmlSanitizer.sanitize("<a href=\"https://example.com/a b|c[1]\">x</a>"))
                .isEqualTo("<a href=\"https://example.com/a%20b%7Cc%5B1%5D\">x</a>");
    }

    @Test
    void dropsCharactersThatHtmlForbids() {
        assertThat(HtmlSanitizer.sanitize("a\u0007b\u008fc\ufffed\ud800e\tf")).isEqualTo("abcde\tf");
        assertThat(HtmlSanitizer.sanitize("emoji \ud83d\ude00 stays")).isEqualTo("emoji \ud83d\ude00 stays");
    }
}
