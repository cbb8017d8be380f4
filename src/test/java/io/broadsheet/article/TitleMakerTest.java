package io.broadsheet.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TitleMakerTest {
    @Test
    void shortFirstSentenceIsTheTitleWithoutItsFullStop() {
        assertThat(TitleMaker.title("Bridge closes to cars. Engineers found rust in the frame."))
                .isEqualTo("Bridge closes to cars");
        assertThat(TitleMaker.title("Will the bridge reopen? Nobody knows.")).isEqualTo("Will the bridge reopen?");
    }

    @Test
    void abbreviationsDoNotEndTheFirstSentence() {
        assertThat(TitleMaker.title("Dr. Smith met Mr. Jones in St. Ives on Monday. They talked."))
                .isEqualTo("Dr. Smith met Mr. Jones in St. Ives on Monday");
    }

    @Test
    void longTextIsCutAtAWordBoundaryWithAnEllipsis() {
        long seed = 7;
        Random random = new Random(seed);
        String[] words = {"harbour", "bridge", "council,", "voted", "to", "close", "the", "old", "—", "engineers",
                "warned;", "steel", "frame", "corroded", "Überraschung", "naïve"};
        for (int run = 0; run < 300; run++) {
            StringBuilder sb = new StringBuilder();
            int n = 5 + random.nextInt(60);
            for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
            String text = sb.toString();
            String title = TitleMaker.title(text);
            String context = "seed " + seed + ", run " + run + ": " + text;
            assertThat(title.length()).as(context).isLessThanOrEqualTo(TitleMaker.TITLE_LENGTH);
            assertThat(title).as(context).doesNotEndWith(",").doesNotEndWith(";").doesNotEndWith(" ")
                    .doesNotEndWith("—");
            if (title.endsWith("…")) {
                String head = title.substring(0, title.length() - 1);
                assertThat(text).as(context).startsWith(head);
                // Cut between words: what follows the kept head starts with a separator.
                assertThat(text.substring(head.length())).as(context).matches("(?s)[\\s,;—].*");
            } else {
                assertThat(text).as(context).startsWith(title);
            }
        }
    }

    @Test
    void cutTitleDoesNotEndOnAFunctionWord() {
        String title = TitleMaker.title("The foreign secretary has demanded justice for victims of war crimes in "
                + "Ukraine at a meeting of world leaders in New York on Thursday.");
        assertThat(title).isEqualTo("The foreign secretary has demanded justice for victims of war crimes in "
                + "Ukraine at a meeting…");
    }

    @Test
    void summaryKeepsWholeSentencesWhenTheyFit() {
        String s1 = "The council voted to close the bridge. ";
        String text = s1.repeat(12);
        String summary = TitleMaker.summary(text);
        assertThat(summary.length()).isLessThanOrEqualTo(TitleMaker.SUMMARY_LENGTH);
        assertThat(summary).endsWith("bridge.").startsWith("The council");
    }

    @Test
    void sentenceEndsAreThoseOfTheLetterByLetterPattern() {
        // The pattern once read words from each of their letters; reading them whole must find the same ends.
        Pattern letterByLetter = Pattern.compile(
                "(?:(?<![\\p{L}])\\p{Ll}{2,}|\\p{L}{4,}|\\p{N}|[)\"”»])[.!?…](?=\\s+\\p{Lu}|$)");
        String alphabet = "abcXYZéÉß1 .!?…)\"”»-'\u0301";
        Random random = new Random(31);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder drawn = new StringBuilder();
            for (int n = random.nextInt(40); n >= 0; n--) {
                drawn.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = drawn.toString();
            assertThat(ends(TitleMaker.SENTENCE_END, text)).as(text).isEqualTo(ends(letterByLetter, text));
        }
    }

    private static List<Integer> ends(Pattern pattern, CharSequence text) {
        List<Integer> ends = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) ends.add(matcher.end());
        return ends;
    }
}
