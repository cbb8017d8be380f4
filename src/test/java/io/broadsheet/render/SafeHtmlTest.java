package io.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shortcut for plain asides must give what flexmark and the cleaner give. */
class SafeHtmlTest {
    private static final long SEED = 61128L;
    /** Plain characters, Markdown and HTML syntax, odd spaces and letters outside the BMP. */
    private static final String ALPHABET = "abcXYZ019 éßØ漢.,;:'\"?!()/%@’‘“”„«»–—…°€£$©+=-*_`[]<>&#~|\\{}^\t\n\u00a0\u2003😀";

    @Test
    void plainAsidesRenderAsThemselves() {
        SafeHtml html = new SafeHtml();
        Random random = new Random(SEED);
        int plain = 0;
        for (int n = 0; n < 20000; n++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(30);
            // Mostly letters and spaces, so that many lines are plain and the shortcut is tried often.
            for (int k = 0; k < length; k++) {
                b.appendCodePoint(random.nextInt(3) > 0 ? "abcé XYZ19".charAt(random.nextInt(10))
                        : ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0,
                                random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
            }
            String markdown = b.toString();
            if (!SafeHtml.isPlain(markdown)) continue;
            plain++;
            assertThat(html.inlineThroughFlexmark(markdown)).as("seed " + SEED + ", aside: " + markdown)
                    .isEqualTo(markdown);
        }
        assertThat(plain).isGreaterThan(1000);
    }

    @Test
    void asidesRenderedTogetherComeOutAsEachAlone() {
        SafeHtml html = new SafeHtml();
        Random random = new Random(SEED);
        // Lines that could join or reach into their neighbours, so that the batch's own check is tried too.
        String[] openings = {"", "", "", "- ", "1. ", "> ", "```", "<pre>", "[x]: https://x.example", "    ", "# ",
                "**", "\\", "[x]", "<div>", "* * *", "<!-- "};
        int asides = 0;
        for (int n = 0; n < 20000; n++) {
            List<String> batch = new ArrayList<>();
            int count = random.nextInt(6);
            for (int a = 0; a < count; a++) {
                StringBuilder b = new StringBuilder(openings[random.nextInt(openings.length)]);
                int length = 1 + random.nextInt(20);
                for (int k = 0; k < length; k++) {
                    b.appendCodePoint(random.nextInt(2) > 0 ? "a _*[]()`<>!\\".charAt(random.nextInt(13))
                            : ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0,
                                    random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
                }
                batch.add(b.toString());
            }
            List<String> alone = batch.stream().map(html::inlineThroughFlexmark).toList();
            assertThat(html.inline(batch)).as("seed " + SEED + ", round " + n + ", asides: " + batch)
                    .isEqualTo(alone);
            asides += count;
        }
        assertThat(asides).isGreaterThan(40000);
    }

    @Test
    void markdownSyntaxIsNotPlain() {
        for (String syntax : new String[] {"*Credit*", "1. first", "# heading", "- item", "a  b", "a\nb", "x &amp;",
                "<b>x</b>", "[a](https://x.example)", " a", "a ", "", "a\\*"}) {
            assertThat(SafeHtml.isPlain(syntax)).as(syntax).isFalse();
        }
        assertThat(SafeHtml.isPlain("© Coastline Daily 2007")).isTrue();
        assertThat(SafeHtml.isPlain("Updated: 13/06/2007 12:49")).isTrue();
    }
}
