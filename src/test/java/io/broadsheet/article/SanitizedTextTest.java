package io.broadsheet.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.parse.DumpParser;
import io.broadsheet.parse.DumpSyntaxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts to a paragraph's measures must give what sanitising, writing out and measuring the paragraph
 * (beside the paragraph as scraped, for what sanitising takes away) gives: the same measures, the same text, and
 * for paragraphs without markup the same normalised key.
 */
class SanitizedTextTest {
    private static final long SEED = 1128L;
    private static final String[] PIECES = {"<b>", "</b>", "<a href=\"https://x.example/\">", "<a href=\"javascript:x\">",
        "</a>", "<i>", "</i>", "<p>", "</p>", "<div>", "<br>", "<script>var a = 1;</script>", "&amp;", "&nbsp;",
        "&lt;", "&#0;", "\u0000", "\u0001", "\r\n", "\t", "\u00a0", "İ", "Word", "two words", " ", "...", "😀",
        "\ud800", "<a href=\"https://y.example/\"><a href=\"https://z.example/\">nested</a></a>", "<strong>",
        "</strong>", "<em>x</em>", "ﬀ", "Σ", "  ", "<b><i><b><i><b><i><b>deep", "<a href=\"https://w.example/\"><b>",
        "<a href=\"/other/page.html\">", "<a href=\"#top\">", "<img src=\"/x.jpg\" alt=\"x\">"};

    @Test
    void textShortcutsAgreeOnRandomHtml() {
        Random random = new Random(SEED);
        List<String> raws = new ArrayList<>();
        for (int n = 0; n < 5000; n++) {
            StringBuilder b = new StringBuilder();
            int parts = 1 + random.nextInt(12);
            for (int k = 0; k < parts; k++) b.append(PIECES[random.nextInt(PIECES.length)]);
            raws.add(b.toString());
        }
        assertAgree(raws, "seed " + SEED);
    }

    @Test
    void textShortcutsAgreeOnTheCorpus() throws IOException, DumpSyntaxException {
        Path seeds = Path.of(System.getProperty("broadsheet.projectDir", ".")).resolve("../shared/corpus/dev/seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "no dev corpus at " + seeds);
        List<String> raws = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                raws.addAll(DumpParser.parse(file.toString(), Files.readAllBytes(file)));
            }
        }
        assertThat(raws).hasSizeGreaterThan(10000);
        assertAgree(raws, "corpus");
    }

    private static void assertAgree(List<String> raws, String what) {
        int plain = 0;
        for (String raw : raws) {
            String sanitized = HtmlSanitizer.sanitize(raw);
            Features features = Features.of(Jsoup.parseBodyFragment(sanitized).body(),
                    Jsoup.parseBodyFragment(raw).body());
            HtmlSanitizer.Measured shortcut = HtmlSanitizer.measure(raw);
            assertThat(shortcut.html()).as(what + ": " + raw).isEqualTo(sanitized);
            assertThat(shortcut.features()).as(what + ": " + raw).isEqualTo(features);
            String measured = features.text();
            assertThat(HtmlSanitizer.text(raw)).as(what + ": " + raw).isEqualTo(measured);
            if (HtmlSanitizer.isPlainText(raw)) {
                plain++;
                assertThat(ArchiveProfile.normalise(HtmlSanitizer.plainText(raw))).as(what + ": " + raw)
                        .isEqualTo(ArchiveProfile.normalise(measured));
            }
        }
        assertThat(plain).as("paragraphs without markup").isGreaterThan(0);
    }
}
