package io.broadsheet.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Nested copies of later paragraphs taken out of a dump, and nothing the dump holds only once. */
class NestedParagraphsTest {
    @Test
    void aDumpWithoutNestedParagraphsIsReturnedAsItIs() {
        List<String> dump = List.of("One <b>paragraph</b>.", "Another.");
        assertThat(NestedParagraphs.unnest(dump)).isSameAs(dump);
    }

    @Test
    void anUnclosedChainOfParagraphsKeepsEachParagraphsOwnText() {
        // What a parser that does not close <p> makes of "<p>A<p>B<p>C": each paragraph holds all that follow.
        List<String> dump = List.of("Article ends.<p>Sign up now.<p>Related story</p></p>",
                "Sign up now.<p>Related story</p>", "Related story");
        assertThat(NestedParagraphs.unnest(dump).stream().map(HtmlSanitizer::text))
                .containsExactly("Article ends.", "Sign up now.", "Related story");
    }

    @Test
    void nestedTextTheDumpDoesNotListAgainStays() {
        List<String> dump = List.of("Intro<p>Only here</p><h4>Heading</h4><p>Listed</p>", "Listed");
        List<String> out = NestedParagraphs.unnest(dump);
        assertThat(HtmlSanitizer.text(out.get(0))).contains("Intro", "Only here", "Heading").doesNotContain("Listed");
        assertThat(out.get(1)).isEqualTo("Listed");
    }

    @Test
    void anEarlierParagraphIsNotTakenOutOfALaterOne() {
        List<String> dump = List.of("Quoted", "Text<p>Quoted</p>");
        assertThat(NestedParagraphs.unnest(dump)).containsExactlyElementsOf(dump);
    }

    @Test
    void aNullParagraphIsRefusedByName() {
        assertThatThrownBy(() -> NestedParagraphs.unnest(Arrays.asList("Text<p>Later</p>", null)))
                .isInstanceOf(NullPointerException.class).hasMessage("paragraph");
    }

    @Test
    void aParagraphTagIsFoundAsTheRegexFindsIt() {
        Pattern tag = Pattern.compile("(?i)<p[\\s/>]");
        String[] pieces = {"<", "p", "P", ">", "/", " ", "\t", "\n", "\u00a0", "a", "<pre>", "<br>", "&lt;p>", "\u0130"};
        long seed = 20261128L;
        Random random = new Random(seed);
        int found = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) b.append(pieces[random.nextInt(pieces.length)]);
            String html = b.toString();
            boolean expected = tag.matcher(html).find();
            assertThat(NestedParagraphs.holdsParagraph(html)).as("seed %d, #%d: %s", seed, n, html)
                    .isEqualTo(expected);
            if (expected) found++;
        }
        assertThat(found).isBetween(100, 99_900);
    }
}
