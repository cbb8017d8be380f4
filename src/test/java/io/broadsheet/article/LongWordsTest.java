package io.broadsheet.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dump is data from anywhere, and one paragraph may be a single word hundreds of thousands of characters long, or
 * thousands of elements. The
 * classifier's patterns must read such a paragraph in time proportional to its length: a pattern that tries a run of
 * letters from each of its letters reads it in time proportional to the square, minutes for one paragraph, which
 * stalls the whole build. The bound below is far above what linear reading takes (milliseconds) and far below what
 * quadratic reading took (a minute for the first case).
 */
class LongWordsTest {
    private static final String PROSE = "The city council voted on Tuesday to close the old harbour bridge to cars, "
            + "after engineers warned that its steel frame had corroded far more than anyone had expected.";
    private static final int LENGTH = 200_000;

    private static List<Role> classify(String paragraph) {
        Article article = ArticleAssembler.assemble("t", new SourceFile("t.txt", "0".repeat(64)),
                List.of(PROSE, paragraph, PROSE), Sidecar.NONE, ArchiveProfile.EMPTY);
        return article.paragraphs().stream().map(Paragraph::role).toList();
    }

    private static void classifiedInTime(String paragraph) {
        List<Role> roles = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> classify(paragraph));
        assertThat(roles).hasSize(3);
    }

    @Test
    void aLongCapitalisedWordAfterABracket() {
        classifiedInTime("(" + "A".repeat(LENGTH));
    }

    @Test
    void aLongCapitalisedWordBeforeABracket() {
        classifiedInTime("A".repeat(LENGTH) + " (");
    }

    @Test
    void aLongWordOfLettersAndDots() {
        classifiedInTime("Tel" + ".a".repeat(LENGTH / 2) + " (");
    }

    @Test
    void longRunsOfOneKindOfCharacter() {
        for (String unit : List.of("a", "A", "1", "-", ".", "A.", "a-", "A(", "(l)", "©", "ß", "Ä", "@a", "http")) {
            classifiedInTime(unit.repeat(LENGTH / unit.length()));
        }
    }

    @Test
    void aLongWordAsTheWholeArticleGivesTitleAndSummaryInTime() {
        // A lone paragraph is the lede, and the title and summary are read from it.
        for (String unit : List.of("a", "A", "aB", "é", "a.", "1")) {
            String word = unit.repeat(LENGTH / unit.length());
            Article article = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ArticleAssembler.assemble("t",
                    new SourceFile("t.txt", "0".repeat(64)), List.of(word), Sidecar.NONE, ArchiveProfile.EMPTY));
            assertThat(article.metadata().title()).as(unit).endsWith("…").hasSizeLessThanOrEqualTo(100);
        }
    }

    @Test
    void aParagraphOfThousandsOfBoldAndLinkedWords() {
        // Each bold element's ancestors were once searched whole, every other bold element with them.
        classifiedInTime("<b>x</b> ".repeat(LENGTH / 10));
        classifiedInTime("<a href=\"https://x.example/\">x</a> ".repeat(LENGTH / 40));
    }

    @Test
    void aParagraphOfThousandsOfRefusedLinks() {
        // The parser makes each unclosed anchor a sibling of the last; unwrapping them one by one renumbered the
        // siblings each time: 20 s for this paragraph.
        classifiedInTime("<a href=\"x\">".repeat(LENGTH * 4 / 12));
    }

    @Test
    void aLongRunOfPunctuationAndDigits() {
        classifiedInTime("Fig. " + "1".repeat(LENGTH / 2) + ":".repeat(LENGTH / 2));
    }
}
