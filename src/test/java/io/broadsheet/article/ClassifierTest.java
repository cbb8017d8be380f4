package io.broadsheet.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages written for the test, each showing one thing an editor tells apart. */
class ClassifierTest {
    private static final String P1 = "The city council voted on Tuesday to close the old harbour bridge to cars, "
            + "after engineers warned that its steel frame had corroded far more than anyone had expected.";
    private static final String P2 = "Residents who cross the bridge every day said they were worried about the "
            + "longer trips to work, but most of them agreed that safety had to come first in this case.";
    private static final String P3 = "The mayor said that a new bridge would be built within four years and that "
            + "buses would run across the river on a temporary ferry until the work was done.";
    private static final String P4 = "Engineers will now inspect the two other bridges of the city, which were "
            + "built at the same time and from the same steel as the one that is being closed.";

    private static List<Role> roles(List<String> raw) {
        Article a = ArticleAssembler.assemble("t", new SourceFile("t.txt", "0".repeat(64)), raw, Sidecar.NONE,
                ArchiveProfile.EMPTY);
        return a.paragraphs().stream().map(Paragraph::role).toList();
    }

    @Test
    void articleBetweenNavigationAndFooterIsTheReadingView() {
        List<Role> roles = roles(List.of(
                "<a href=\"https://x.example/\">Home</a> | <a href=\"https://x.example/news\">News</a>",
                "Sign up for our newsletter",
                "<b>" + P1 + "</b>", P2, P3, P4,
                "Share this article on Facebook",
                "Read more: <a href=\"https://x.example/a\">Ferry timetable for the summer</a>",
                "© 2024 Harbour Gazette. All rights reserved."));
        assertThat(roles).containsExactly(Role.FURNITURE, Role.FURNITURE, Role.LEDE, Role.BODY, Role.BODY,
                Role.BODY, Role.FURNITURE, Role.FURNITURE, Role.ATTRIBUTION);
    }

    @Test
    void shortBoldLineBetweenBodyParagraphsIsACrosshead() {
        List<Role> roles = roles(List.of(P1, P2, "<strong>What happens next</strong>", P3, P4));
        assertThat(roles.get(2)).isEqualTo(Role.CROSSHEAD);
        assertThat(roles).containsExactly(Role.LEDE, Role.BODY, Role.CROSSHEAD, Role.BODY, Role.BODY);
    }

    @Test
    void everyCreditIsKeptInOrder() {
        List<Role> roles = roles(List.of(P1, P2, P3, P4,
                "Reporting by Jane Doe in Lisbon; Additional reporting by Ana Lima; Editing by John Roe",
                "This story originally appeared in Grist.",
                "Foto: dpa",
                "Alle Rechte vorbehalten."));
        assertThat(roles.subList(4, 8)).containsOnly(Role.ATTRIBUTION);
    }

    @Test
    void creditsAreFoundInEverySupportedLanguage() {
        for (String credit : List.of("© 2021 Le Monde. Tous droits réservés.",
                "Copyright 2020 El Diario. Todos los derechos reservados.",
                "© 2019 Jornal Exemplo. Todos os direitos reservados.",
                "© 2018 Il Giornale. Tutti i diritti riservati.",
                "© 2017 Gazeta. Wszelkie prawa zastrzeżone.",
                "(c) 2016 Zeitung GmbH. Alle Rechte vorbehalten.")) {
            assertThat(roles(List.of(P1, P2, P3, credit)).get(3)).as(credit).isEqualTo(Role.ATTRIBUTION);
        }
    }

    @Test
    void bylineAndDatelineAreNamed() {
        Article a = ArticleAssembler.assemble("t", new SourceFile("t.txt", "0".repeat(64)),
                List.of("By Jane Doe", "22 September 2022", P1, P2, P3, P4), Sidecar.NONE, ArchiveProfile.EMPTY);
        assertThat(a.paragraphs().get(0).role()).isEqualTo(Role.BYLINE);
        assertThat(a.paragraphs().get(1).role()).isEqualTo(Role.DATELINE);
        assertThat(a.metadata().byline()).contains("By Jane Doe");
        assertThat(a.metadata().published()).contains("2022-09-22");
    }

    @Test
    void everyParagraphGetsExactlyOneRoleWhateverTheInput() {
        java.util.Random random = new java.util.Random(20261127L);
        String[] pieces = {P1, P2, "Home", "<a href=\"https://e.example\">Link</a>", "© 2020 X", "", "<b>Bold</b>",
                "Subscribe now", "   ", "By Someone", "12.03.2021"};
        for (int run = 0; run < 200; run++) {
            int n = random.nextInt(12);
            List<String> raw = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) raw.add(pieces[random.nextInt(pieces.length)]);
            List<Role> roles = roles(raw);
            assertThat(roles).as("seed 20261127, run %d: %s", run, raw).hasSize(n).doesNotContainNull();
            assertThat(roles.stream().filter(r -> r == Role.LEDE).count()).as("run %d", run).isLessThanOrEqualTo(1);
        }
    }

    private static final String P5 = "Shop owners on both banks of the river fear that fewer customers will come "
            + "while the bridge is shut, and they asked the council for help with their rents.";
    private static final String P6 = "The council promised to decide on that request next month, once it knows how "
            + "much the ferry service and the new bridge will cost the city.";

    @Test
    void whatFollowsTheArticlesCopyrightLineIsNotPartOfIt() {
        String blurb = "The Harbour Gazette is published every morning by a cooperative of its readers, who elect "
                + "the editors.";
        String teaser = "Workers finished the new ferry terminal on the river last year, and the city said it had "
                + "cost less than planned.";
        List<Role> roles = roles(List.of(P1, P2, P3, P4, P5, P6, "© 2024 Harbour Gazette", blurb, teaser));
        assertThat(roles.subList(0, 6)).containsExactly(Role.LEDE, Role.BODY, Role.BODY, Role.BODY, Role.BODY,
                Role.BODY);
        assertThat(roles.get(6)).isEqualTo(Role.ATTRIBUTION);
        assertThat(roles.subList(7, 9)).doesNotContain(Role.LEDE, Role.BODY, Role.CROSSHEAD);
    }

    @Test
    void aPhotoCreditEarlyInTheArticleDoesNotCutItShort() {
        List<Role> roles = roles(List.of(P1, "Foto: dpa", P2, P3, P4));
        assertThat(roles).containsExactly(Role.LEDE, Role.ATTRIBUTION, Role.BODY, Role.BODY, Role.BODY);
    }

    @Test
    void aWeakParagraphInsideTheArticleStaysWhileWeakLinesAtItsEdgesGo() {
        String weak = "It was not the first time.";
        List<Role> roles = roles(List.of("Latest news", P1, P2, weak, P3, P4, "More from the city desk"));
        assertThat(roles.get(3)).isIn(Role.BODY, Role.CROSSHEAD);
        assertThat(roles.get(0)).isNotIn(Role.LEDE, Role.BODY, Role.CROSSHEAD);
        assertThat(roles.get(6)).isNotIn(Role.LEDE, Role.BODY, Role.CROSSHEAD);
        assertThat(roles.get(1)).isEqualTo(Role.LEDE);
    }
    /**
     * {@code leaving}, set between the article's third and fourth paragraphs, leaves the reading view, while
     * {@code staying}, prose between the fourth and fifth that shares its words, stays.
     */
    private static void assertLeavesBetweenParagraphsWhereProseStays(String leaving, String staying) {
        assertThat(readingView(roles(List.of(P1, P2, P3, leaving, P4, staying, P5, P6)))).containsExactly(
                Role.BODY, Role.BODY, Role.BODY, Role.FURNITURE, Role.BODY, Role.BODY, Role.BODY, Role.BODY);
    }

    /** Each of {@code captions}, after the article's second paragraph, is a caption; {@code prose} there stays. */
    private static void assertCaptionsWhereProseStays(List<String> captions, String prose) {
        for (String caption : captions) {
            assertThat(roles(List.of(P1, P2, caption, P3, P4)).get(2)).as(caption).isEqualTo(Role.CAPTION);
        }
        assertThat(readingView(roles(List.of(P1, P2, prose, P3, P4)))).containsOnly(Role.BODY);
    }

    private static List<Role> readingView(List<Role> roles) {
        return roles.stream().map(r -> r.isReadingView() ? Role.BODY : Role.FURNITURE).toList();
    }

    private static final String P7 = "Two of the city's schools stand on the far side of the river, and the school "
            + "board said it would ask the ferry company to keep the first crossings of the day for pupils.";
    private static final String P8 = "Cyclists will be allowed to take their bicycles on the ferry free of charge, "
            + "which the council hopes will keep more cars off the roads around the old harbour.";

    /** A long article followed by what a site puts after one, then a line of prose about the city. */
    private static List<Role> afterArticle(String... tail) {
        List<String> raw = new java.util.ArrayList<>(List.of(P1, P2, P3, P4, P5, P6, P7, P8));
        raw.addAll(List.of(tail));
        raw.add("The harbour of the city was built in the last century and has been a busy place ever since then.");
        return readingView(roles(raw));
    }

    @Test
    void aPitchToTheReaderAfterTheArticleEndsIt() {
        List<Role> roles = afterArticle("If you enjoyed reading this story, would you consider supporting our "
                + "work so that we can keep our reporting free for everyone in the city?");
        assertThat(roles.subList(0, 8)).containsOnly(Role.BODY);
        assertThat(roles.subList(8, 10)).containsOnly(Role.FURNITURE);
    }

    @Test
    void aTeaserSellingTheNextStoryAfterTheArticleEndsIt() {
        List<Role> roles = afterArticle("Are ferries really cheaper to run than bridges? We take a look at what "
                + "other port cities have paid for theirs over the last twenty years.");
        assertThat(roles.subList(0, 8)).containsOnly(Role.BODY);
        assertThat(roles.subList(8, 10)).containsOnly(Role.FURNITURE);
    }

    @Test
    void aQuotedAppealInsideTheStoryIsNotASignOff() {
        List<Role> roles = afterArticle("\u201cWe ask everyone to support our engineers and to be patient while "
                + "the work goes on,\u201d the mayor said in a statement to the council on Tuesday evening.");
        assertThat(roles.get(8)).isEqualTo(Role.BODY);
    }

    @Test
    void aNoteOnTheAuthorAfterTheArticleIsNotPartOfIt() {
        List<Role> roles = afterArticle("Jane Doe is a reporter at the Harbour Gazette who covers transport, "
                + "housing and the city council and has written about its bridges for years.");
        assertThat(roles.subList(0, 8)).containsOnly(Role.BODY);
        assertThat(roles.subList(8, 10)).containsOnly(Role.FURNITURE);
    }

    @Test
    void anAffiliateNoticeAboveTheArticleIsNotItsLede() {
        List<Role> roles = readingView(roles(List.of(
                "This post contains affiliate links, and we may receive a commission when you buy something "
                        + "through them, at no extra cost to you as a reader of this site.",
                P1, P2, P3, P4)));
        assertThat(roles).containsExactly(Role.FURNITURE, Role.BODY, Role.BODY, Role.BODY, Role.BODY);
    }

    @Test
    void aRunOfHeadlinesAfterTheArticleIsATeaserList() {
        List<Role> roles = afterArticle(
                "Ferry company doubles the number of crossings for the summer months",
                "New cycle lane on the river road opens after two years of work",
                "School board asks the council for more buses to the northern districts",
                "Harbour festival returns with a parade of old ships in August");
        assertThat(roles.subList(0, 8)).containsOnly(Role.BODY);
        assertThat(roles.subList(8, 13)).containsOnly(Role.FURNITURE);
    }

    @Test
    void aPointerToAnotherStoryBetweenParagraphsIsNotPartOfTheArticle() {
        String pointer = "Leggi anche: the ferry timetable for the summer months and what the tickets will cost";
        List<Role> roles = readingView(roles(List.of(P1, P2, P3, pointer, P4, P5, P6)));
        assertThat(roles).containsExactly(Role.BODY, Role.BODY, Role.BODY, Role.FURNITURE, Role.BODY, Role.BODY,
                Role.BODY);
    }

    @Test
    void aMembershipOfferBetweenParagraphsIsNotPartOfTheArticleButAStoryAboutMembersStays() {
        String offer = "Become a member today and enjoy our reporting on the city without limits.";
        String members = "Members of the rowing club said they would need a new boathouse if the bridge is closed "
                + "to cars for more than a year.";
        assertLeavesBetweenParagraphsWhereProseStays(offer, members);
    }

    @Test
    void aParagraphThatOnlyMentionsFurnitureWordsLaterStays() {
        String mention = "Residents left hundreds of comments on the council's website, most of them asking for "
                + "a ferry that runs late at night.";
        List<Role> roles = readingView(roles(List.of(P1, P2, P3, mention, P4, P5, P6)));
        assertThat(roles).containsOnly(Role.BODY);
    }

    @Test
    void aLabelledListOfOtherStoriesLeavesTheReadingViewButProseOpeningWithTheSameWordStays() {
        String seeAlso = "See also: Ferry company doubles the number of crossings for the summer months; New cycle "
                + "lane on the river road opens after two years of work; School board asks the council for more "
                + "buses to the northern districts";
        String tagsInProse = "Tags darauf kamen die Ingenieure zurück und sagten dem Rat, dass die Brücke noch "
                + "schlechter stehe, als sie zuerst gedacht hatten.";
        List<Role> roles = readingView(roles(List.of(P1, P2, P3, seeAlso, P4, P5, tagsInProse, P6)));
        assertThat(roles).containsExactly(Role.BODY, Role.BODY, Role.BODY, Role.FURNITURE, Role.BODY, Role.BODY,
                Role.BODY, Role.BODY);
    }

    @Test
    void aPictureAgencyOrACopyrightSignAfterASlashMakesALineACaption() {
        for (String caption : List.of("The old bridge seen from the harbour at dusk. (Jane Doe / iStock.com)",
                "Die alte Brücke im Abendlicht (Bildquelle: Stadtarchiv)",
                "Le vieux pont vu du port / (C) Marie Dupont",
                // A picture word right after a letter, a space or a dot, then a colon: all three places.
                "Die alte Brücke im Abendlicht, Pressebild: Stadtarchiv Ulm",
                "The old bridge seen from the harbour at dusk Photo: Jane Doe",
                "Die alte Brücke im Abendlicht.Foto:Stadtarchiv")) {
            assertThat(roles(List.of(P1, caption, P2, P3, P4)).get(1)).as(caption).isEqualTo(Role.CAPTION);
        }
    }

    @Test
    void aSentenceThatIsAllLinkTextIsALinkButProseLinkingAFewWordsStays() {
        String teaser = "<a href=\"https://x.example/b\">Council closes a second bridge after engineers find even "
                + "more rust in its frame</a>";
        String linking = "The engineers published <a href=\"https://x.example/r\">their full report</a> on the "
                + "council's website, with photographs of the corroded beams under the deck.";
        assertLeavesBetweenParagraphsWhereProseStays(teaser, linking);
    }

    @Test
    void anAddressBlockIsALetterheadButASentenceGivingAPhoneNumberStays() {
        String letterhead = "Harbour Gazette GmbH Hafenstraße 12 20457 Hamburg Telefon: +49 40 123456-0 "
                + "Telefax: +49 40 123456-99";
        String sentence = "Residents who have questions about the closure can call the council's bridge office "
                + "on Tel. 040 555 1234 from Monday to Friday.";
        assertLeavesBetweenParagraphsWhereProseStays(letterhead, sentence);
    }

    @Test
    void aNumberedFigureLabelMakesALineACaptionButProseReferringToAFigureStays() {
        List<String> captions = List.of("Abbildung 4: Der Querschnitt der Brücke mit den Trägern, die am stärksten "
                        + "verrostet sind.",
                "Figure 2. The corroded beams under the deck, photographed by the engineers in March.",
                "Rys. 3 – Przekrój mostu z belkami, które najbardziej skorodowały.");
        String prose = "Figure 3 of the engineers' report shows that the beams under the deck have lost almost a "
                + "third of their steel since the last inspection.";
        assertCaptionsWhereProseStays(captions, prose);
    }

    @Test
    void whereSomeoneStandsInAPictureMakesALineACaptionButABracketInProseDoesNot() {
        List<String> captions = List.of(
                "The mayor, Jane Doe (left), and the chief engineer look at the rusted beams.",
                "Bürgermeisterin Eva Roth (r.) und der Ingenieur Jan Berg vor der gesperrten Brücke.");
        String prose = "The council hopes to (re)open the bridge to buses in the spring, once the worst of the "
                + "beams have been replaced.";
        assertCaptionsWhereProseStays(captions, prose);
    }

    @Test
    void aPictureWithALineThatIsNotASentenceIsACaptionButProseBesideAPictureStays() {
        List<String> captions = List.of(
                "<img src=\"/bilder/bruecke.jpg\" alt=\"\"> The closed bridge seen from the harbour Jane Doe",
                "<figure><img src=\"/a.jpg\"><figcaption>Die gesperrte Brücke am Hafen</figcaption></figure>");
        String prose = "<img src=\"/bilder/karte.png\" alt=\"\"> Buses will take the bridge's place from Monday, and "
                + "the council will pay for the extra drivers until the new bridge opens.";
        assertCaptionsWhereProseStays(captions, prose);
    }

    @Test
    void aBareLinkBetweenParagraphsLeavesButALinkedSentenceStays() {
        String button = "<a href=\"https://x.example/print\">Print</a>";
        String linked = "<a href=\"https://x.example/report\">The engineers' report is online.</a>";
        assertLeavesBetweenParagraphsWhereProseStays(button, linked);
    }

    @Test
    void aCookieNoticeBetweenParagraphsLeavesButAStoryAboutCookiesStays() {
        String notice = "We use cookies to improve your experience on our site. By continuing to browse this site "
                + "you agree to our use of cookies.";
        String story = "The regulator said that websites which use cookies to follow their readers must ask them "
                + "first, and that the council's own site had failed to do so for years.";
        assertLeavesBetweenParagraphsWhereProseStays(notice, story);
    }

    @Test
    void aSignUpFormsConsentLineLeavesButAWriterAgreeingStays() {
        String consent = "Mit der Anmeldung erklären Sie sich damit einverstanden, unseren Newsletter per E-Mail zu "
                + "erhalten. Die Einwilligung können Sie jederzeit widerrufen.";
        String agreeing = "Was die Sperrung der Brücke angeht, bin ich einverstanden: Die Ingenieure haben recht, und "
                + "der Rat hätte früher handeln müssen.";
        assertLeavesBetweenParagraphsWhereProseStays(consent, agreeing);
    }

    @Test
    void aNoteOnTheAuthorSetApartFromTheArticleEndsItEarlierThanOneThatFollowsItDirectly() {
        String bio = "Jane Doe is a reporter at the Harbour Gazette who covers transport, housing and the city "
                + "council and has written about its bridges for years.";
        String share = "<a href=\"https://x.example/share\">Share</a>";
        // Two thirds of the reading view come before the note: short of the 80 % a sign-off needs on its own.
        List<Role> apart = readingView(roles(List.of(P1, P2, P3, P4, P5, P6, share, bio, P7, P8)));
        assertThat(apart.subList(0, 6)).containsOnly(Role.BODY);
        assertThat(apart.subList(6, 10)).containsOnly(Role.FURNITURE);
        List<Role> joined = readingView(roles(List.of(P1, P2, P3, P4, P5, P6, bio, P7, P8)));
        assertThat(joined.subList(7, 9)).containsOnly(Role.BODY);
    }

    @Test
    void anExcerptFollowedByItsReadMoreLinkIsAnotherPagesButTheArticlesOwnOpeningStays() {
        String excerpt = "Why the ferry company doubled its crossings this summer, and what the new timetable means "
                + "for the people who live on the far side of the river.";
        List<Role> roles = readingView(roles(List.of(P1, P2, P3, P4, excerpt, "Read more", P5, P6)));
        assertThat(roles).containsExactly(Role.BODY, Role.BODY, Role.BODY, Role.BODY, Role.FURNITURE,
                Role.FURNITURE, Role.BODY, Role.BODY);
        // A locked article shows its opening and a link to the rest: the opening is all there is to read.
        assertThat(readingView(roles(List.of(P1, "Weiterlesen"))).get(0)).isEqualTo(Role.BODY);
        // A post shown whole closes with its source, then the link to its own page.
        assertThat(readingView(roles(List.of(P1, P2, P3, P4, "(via Harbour Gazette)", "Read more", P5, P6)))
                .get(4)).isEqualTo(Role.BODY);
        String prose = "Residents who want to read more about the closure can find the engineers' full report in "
                + "the library of the town hall.";
        assertThat(readingView(roles(List.of(P1, P2, prose, P3, P4)))).containsOnly(Role.BODY);
    }

    @Test
    void anExcerptCutOffWithAnElisionInBracketsIsAnotherPagesButAnElisionInAQuotationStays() {
        String excerpt = "Why the ferry company doubled its crossings this summer, and what the new timetable means "
                + "for the people who live on the far side of the […]";
        String quotation = "The engineers' report warned that the beams \"have lost […] almost a third of their "
                + "steel\" since the last inspection, and that the bridge must close at once.";
        assertLeavesBetweenParagraphsWhereProseStays(excerpt, quotation);
    }

    @Test
    void aBoldLineWithoutASentenceEndLeavesTheArticlesEdgeButIsACrossheadBetweenItsParagraphs() {
        String bold = "<b>It is one of the most beautiful bridges in the whole world</b>";
        assertThat(readingView(roles(List.of(bold, P1, P2, P3, P4)))).containsExactly(
                Role.FURNITURE, Role.BODY, Role.BODY, Role.BODY, Role.BODY);
        assertThat(roles(List.of(P1, P2, bold, P3, P4)).get(2)).isEqualTo(Role.CROSSHEAD);
    }
}
