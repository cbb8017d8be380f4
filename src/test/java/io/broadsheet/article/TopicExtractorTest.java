package io.broadsheet.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TopicExtractorTest {
    @Test
    void aParagraphOfInitialsAsLongAsAnyDumpMayHoldIsReadWithoutOverflowingTheStack() {
        // One word of 100,000 initials: the word pattern once took a stack frame for each.
        String initials = "A.".repeat(100_000);
        List<String> topics = TopicExtractor.extract("Valérie Quiroga has ordered a review. " + initials,
                List.of(initials), "en");
        assertThat(topics).contains("Valérie Quiroga");
    }

    @Test
    void anArticleIsTaggedWithItsTopicsUnlessItsSidecarGaveTags() {
        List<String> raw = List.of("Valérie Quiroga has ordered a review of the Arbour Bank in Pendale.",
                "Officials at the Arbour Bank said the review would take a year and report to Quiroga.");
        SourceFile source = new SourceFile("t.txt", "0".repeat(64));
        Article found = TopicExtractor.withTopics(
                ArticleAssembler.assemble("t", source, raw, Sidecar.NONE, ArchiveProfile.EMPTY));
        assertThat(found.metadata().tags()).contains("Valérie Quiroga", "Arbour Bank");

        Sidecar tagged = new Sidecar(Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), List.of("Banking"));
        Article given = ArticleAssembler.assemble("t", source, raw, tagged, ArchiveProfile.EMPTY);
        assertThat(TopicExtractor.withTopics(given)).isSameAs(given);
        assertThat(given.metadata().tags()).containsExactly("Banking");
    }

    @Test
    void aNameInTheLedeIsATopicEvenIfMentionedOnce() {
        List<String> topics = TopicExtractor.extract("Valérie Quiroga has ordered a review in Pendale.",
                List.of("The review will take a year."), "en");

        assertThat(topics).contains("Valérie Quiroga", "Pendale");
    }

    @Test
    void aNameOutsideTheLedeMustRecur() {
        List<String> topics = TopicExtractor.extract("A review was ordered.",
                List.of("Officials met Amelia Tremblay on Friday.", "They also met the Arbour Bank.",
                        "The Arbour Bank declined to comment."), "en");

        assertThat(topics).containsExactly("Arbour Bank");
    }

    @Test
    void aSurnameAloneCountsTowardsTheFullName() {
        List<String> topics = TopicExtractor.extract("A review was ordered.",
                List.of("Amelia Tremblay spoke first.", "Later, Tremblay said she would wait.",
                        "Ms Tremblay's office confirmed it."), "en");

        assertThat(topics).containsExactly("Amelia Tremblay");
    }

    @Test
    void sentenceInitialWordsMonthsAndWeekdaysAreNotTopics() {
        List<String> topics = TopicExtractor.extract("Campaigners gathered on Monday. However, nothing changed.",
                List.of("Campaigners said in March that they would return.", "However, on Monday they did not.",
                        "In January the council met. In January it met again."), "en");

        assertThat(topics).isEmpty();
    }

    @Test
    void aWordCapitalisedMidSentenceIsAName() {
        List<String> topics = TopicExtractor.extract("Families in Ashford face disruption.",
                List.of("Officials in Ashford confirmed the figures."), "en");

        assertThat(topics).containsExactly("Ashford");
    }

    @Test
    void nameParticlesJoinANameButArticlesDoNotStartOne() {
        List<String> topics = TopicExtractor.extract("The Ministry of Health met Ludwig van der Berg.",
                List.of(), "en");

        assertThat(topics).containsExactlyInAnyOrder("Ministry of Health", "Ludwig van der Berg");
    }

    @Test
    void inGermanOnlyNamesOfSeveralWordsAndAcronymsCount() {
        List<String> topics = TopicExtractor.extract(
                "Nach Angaben der Castlegate Commission hat die Regierung in Berlin die SPD kritisiert.",
                List.of("Die Regierung wies das zurück."), "de");

        assertThat(topics).containsExactlyInAnyOrder("Castlegate Commission", "SPD");
    }

    @Test
    void mostMentionedComeFirstAndAtMostTheLimitAreKept() {
        StringBuilder lede = new StringBuilder();
        for (char c = 'A'; c <= 'L'; c++) lede.append("Officials met ").append(c).append("ora Smithson").append(c)
                .append(". ");
        List<String> topics = TopicExtractor.extract(lede.toString(),
                List.of("Officials met Kora SmithsonK.", "Officials met Kora SmithsonK again."), "en");

        assertThat(topics).hasSize(TopicExtractor.MAX_TOPICS);
        assertThat(topics.get(0)).isEqualTo("Kora SmithsonK");
    }

    @Test
    void keysJoinVariantsOfOneName() {
        assertThat(TopicExtractor.key("Mr Jovanović")).isEqualTo(TopicExtractor.key("jovanovic"));
        assertThat(TopicExtractor.key("Elena Jovanović's")).isEqualTo(TopicExtractor.key("ELENA JOVANOVIC"));
        assertThat(TopicExtractor.key("Dr. Amelia  Tremblay")).isEqualTo(TopicExtractor.key("Amelia Tremblay"));
        assertThat(TopicExtractor.key("Brandt-Cole Bank")).isEqualTo(TopicExtractor.key("Brandt Cole Bank"));
        assertThat(TopicExtractor.key("Arbour Bank")).isNotEqualTo(TopicExtractor.key("Arbour Union"));
        assertThat(TopicExtractor.key("Mr")).isEqualTo("mr");
    }

    @Test
    void aJobTitleBeforeANameIsNotPartOfIt() {
        List<String> topics = TopicExtractor.extract(
                "Foreign Secretary James Cleverly met Russian Foreign Minister Sergei Lavrov in New York.",
                List.of("President Putin was not there."), "en");

        assertThat(topics).containsExactlyInAnyOrder("James Cleverly", "Sergei Lavrov", "New York");
    }

    @Test
    void aSentencesFirstWordThatIsAlsoWrittenInLowerCaseIsNoName() {
        List<String> topics = TopicExtractor.extract("Residents of Ulbridge are angry.",
                List.of("Campaigners gathered outside.", "Some residents and campaigners said so.",
                        "Officials said Campaigners would be heard."), "en");

        assertThat(topics).containsExactly("Ulbridge");
    }

    @Test
    void eachLineOfTheLedeStartsASentence() {
        List<String> topics = TopicExtractor.extract("A plan was agreed\nCampaigners gathered", List.of(), "en");

        assertThat(topics).isEmpty();
    }

    @Test
    void singleLettersAreNoName() {
        assertThat(TopicExtractor.extract("Spending on R&D rose.", List.of("R&D is up."), "en")).isEmpty();
    }

    @Test
    void anAmpersandJoinsANameAndADashEndsAClause() {
        List<String> topics = TopicExtractor.extract("Wesby, September 13 (NWS) - Campaigners gathered.",
                List.of("The Brandt & Cole Alliance agreed.", "Later the Brandt & Cole Alliance said no.",
                        "Some campaigners stayed."), "en");

        assertThat(topics).startsWith("Brandt & Cole Alliance").doesNotContain("Campaigners", "Brandt");
        assertThat(TopicExtractor.key("Brandt & Cole Alliance")).isEqualTo("brandt cole alliance");
    }

    @Test
    void inGermanANounAfterAnArticleIsNoPartOfAName() {
        List<String> topics = TopicExtractor.extract("Zoran Zaev wohnt in der Hauptstadt Skopje.",
                List.of("Die Farbe Schwarz passt.", "Die Farbe ist schön.", "In der Hauptstadt wohnt er.",
                        "Zaev lebt dort."),
                "de");

        assertThat(topics).containsExactlyInAnyOrder("Zoran Zaev", "Skopje");
    }
}
