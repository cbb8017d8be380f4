package io.broadsheet.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A paragraph's measures written by hand must be those of the regexes they stand for, on seeded random text made
 * of the characters each one turns on: letters of both planes, marks, closing quotes, every kind of white space
 * and line terminator.
 */
class FeaturesTest {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern END = Pattern.compile("[.!?…:;][\"'”“»«’)\\]]*$");
    private static final Pattern SENTENCE = Pattern.compile("\\p{L}{2,}[.!?…][\"'”“»’)]*(\\s|$)");
    private static final String[] PIECES = {"a", "b", "ab", "Word", "ab. ", "Wort!”\n", "é", "𐐀", "😀", "1", "_", ".", "!", "?", "…",
        ":", ";", "\"", "'", "”", "“", "»", "«", "’", ")", "]", " ", "  ", "\t", "\n", "\r", "\r\n", "\u000B", "\f",
        "\u00a0", "\u0085", "\u2028", "\u2029", "\u2003", "\ud800", "\udc00"};
    private static final long SEED = 20261128L;

    @Test
    void aParagraphIsWhollyBoldWhenItsOutermostBoldElementsHoldAllItsText() {
        assertThat(Features.of("<b>The council closes the bridge</b>").wholeBold()).isTrue();
        assertThat(Features.of("<strong>The council <b>closes</b> the bridge</strong>").wholeBold()).isTrue();
        assertThat(Features.of("<i><b>The council closes the bridge</b></i>").wholeBold()).isTrue();
        assertThat(Features.of("The council <b>closes</b> the bridge").wholeBold()).isFalse();
        assertThat(Features.of("The council closes the bridge").wholeBold()).isFalse();
    }

    @Test
    void handWrittenMeasuresAreTheRegexes() {
        Random random = new Random(SEED);
        int[] seen = new int[3];
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder();
            int parts = random.nextInt(12);
            for (int k = 0; k < parts; k++) b.append(PIECES[random.nextInt(PIECES.length)]);
            String text = b.toString();
            String context = "seed " + SEED + ", text #" + n + ": " + text;
            String collapsed = WHITESPACE.matcher(text.replace('\u00a0', ' ')).replaceAll(" ").strip();
            int sentences = count(SENTENCE.matcher(text));
            boolean end = END.matcher(text).find();
            assertThat(Features.collapse(text)).as(context).isEqualTo(collapsed);
            assertThat(Features.sentenceEnds(text)).as(context).isEqualTo(sentences);
            assertThat(Features.endsLikeSentence(text)).as(context).isEqualTo(end);
            seen[0] += collapsed.equals(text) ? 0 : 1;
            seen[1] += sentences > 0 ? 1 : 0;
            seen[2] += end ? 1 : 0;
        }
        // Each measure must have met texts where it matters, or agreeing shows nothing.
        assertThat(List.of(seen[0], seen[1], seen[2])).allSatisfy(c -> assertThat(c).isBetween(100, 199_900));
    }

    @Test
    void measuresOfAParagraph() {
        Features f = Features.of("<p>We met <b>Anna</b>. She said “no.”  Then:\u00a0<a href=\"x\">more</a></p>");
        assertThat(f.text()).isEqualTo("We met Anna. She said “no.” Then: more");
        assertThat(f.sentences()).isEqualTo(2);
        assertThat(f.sentenceEnd()).isFalse();
        assertThat(Features.of("<p>It ends here (really!)</p>").sentenceEnd()).isTrue();
    }

    @Test
    void theParagraphAsScrapedShowsLinksToTheSitesOtherPagesAndPictures() {
        Features teaser = HtmlSanitizer.measure(
                "<a href=\"/politik/rat-schliesst-bruecke.html\">Der Rat schließt die Brücke</a>").features();
        assertThat(teaser.linkDensity()).isEqualTo(1.0);
        assertThat(HtmlSanitizer.measure("<a href=\"//example.org/a\">Der Rat</a>").features().linkDensity())
                .isEqualTo(1.0);
        // A note's anchor on the same page and a script are not other pages.
        assertThat(HtmlSanitizer.measure("Der Rat tagt.<a href=\"#anm1\">1</a>").features().linkDensity()).isZero();
        assertThat(HtmlSanitizer.measure("Der Rat <a href=\"javascript:x()\">tagt</a>").features().linkDensity())
                .isZero();
        assertThat(HtmlSanitizer.measure("<img src=\"/a.jpg\" alt=\"\"> Der Rat tagt").features().picture()).isTrue();
        assertThat(HtmlSanitizer.measure("Der Rat <b>tagt</b>").features().picture()).isFalse();
        assertThat(HtmlSanitizer.measure("Danke! <img class=\"wp-smiley\" src=\"/s.png\" alt=\"🙂\">").features().picture())
                .isFalse();
        assertThat(HtmlSanitizer.measure("Der Rat tagt<img src=\"/p.gif\" width=\"1\" height=\"1\">").features()
                .picture()).isFalse();
    }

    private static int count(Matcher m) {
        int c = 0;
        while (m.find()) c++;
        return c;
    }
}
