package io.broadsheet.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.parse.DumpParser;
import io.broadsheet.testing.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ArchiveProfileTest {
    private static final String PROMO = "Get our morning briefing delivered to your inbox every weekday";
    private static final String CREDIT = "© 2023 Example Media. All rights reserved.";

    private static List<String> article(int n) {
        List<String> out = new ArrayList<>();
        out.add(PROMO);
        for (int i = 0; i < 4; i++) {
            out.add("Story " + n + " paragraph " + i + " tells how the town of number " + n + " spent the year "
                    + "and what its people said about the weather, the harvest and the new school building.");
        }
        out.add(CREDIT);
        return out;
    }

    @Test
    void paragraphInSeveralDumpsIsFurnitureButCreditsStayAttribution() {
        List<List<String>> dumps = List.of(article(1), article(2), article(3));
        ArchiveProfile profile = ArchiveProfile.of(dumps);
        assertThat(profile.dumpsContaining(PROMO)).isEqualTo(3);
        assertThat(profile.isRepeated(dumps.get(0).get(1))).isFalse();
        Article a = ArticleAssembler.assemble("a", new SourceFile("a.txt", "0".repeat(64)), dumps.get(0),
                Sidecar.NONE, profile);
        assertThat(a.paragraphs().get(0).role()).isEqualTo(Role.FURNITURE);
        assertThat(a.paragraphs().get(5).role()).isEqualTo(Role.ATTRIBUTION);
        assertThat(a.readingView()).hasSize(4);
    }

    @Test
    void rolesDependOnTheSetOfDumpsNotTheirOrder() {
        long seed = 42;
        Random random = new Random(seed);
        List<List<String>> dumps = new ArrayList<>();
        for (int i = 0; i < 8; i++) dumps.add(article(i));
        dumps.add(List.of("A page of its own with nothing in common with the others, long enough to be prose."));
        List<List<Role>> expected = rolesOf(dumps, ArchiveProfile.of(dumps));
        for (int run = 0; run < 20; run++) {
            List<List<String>> shuffled = new ArrayList<>(dumps);
            Collections.shuffle(shuffled, random);
            ArchiveProfile profile = ArchiveProfile.of(shuffled);
            assertThat(rolesOf(dumps, profile)).as("seed %d, run %d", seed, run).isEqualTo(expected);
        }
    }

    @Test
    void secondCopyOfAnArticleDoesNotTurnItIntoFurniture() {
        List<String> story = article(7);
        ArchiveProfile profile = ArchiveProfile.of(List.of(story, story, article(8)));
        Article a = ArticleAssembler.assemble("a", new SourceFile("a.txt", "0".repeat(64)), story, Sidecar.NONE,
                profile);
        assertThat(a.readingView()).hasSize(4);
    }

    /**
     * Two scrapes of one page rarely match line for line: one has a line the other lacks (an update note, a
     * comment). That line's being unique must not make the article's own paragraphs, found in both scrapes, look
     * like a site's furniture, while the site's promo, in more dumps than the article, still is.
     */
    @Test
    void copyWithALineOfItsOwnKeepsItsArticle() {
        List<String> story = article(7);
        List<String> updated = new ArrayList<>(story);
        updated.add(5, "Updated on Friday with the figures for the second half of the year.");
        ArchiveProfile profile = ArchiveProfile.of(List.of(story, updated, article(8)));
        Article a = ArticleAssembler.assemble("a", new SourceFile("a.txt", "0".repeat(64)), updated, Sidecar.NONE,
                profile);
        assertThat(a.readingView().stream().map(Paragraph::html).toList()).containsAll(story.subList(1, 5));
        assertThat(a.paragraphs().get(0).role()).isEqualTo(Role.FURNITURE);
    }

    /**
     * The profile keeps fingerprints, not texts; it must count exactly as counting the texts themselves would,
     * however the dumps are split among builders' calls. Random dumps mix shared furniture written in varying case
     * and punctuation, texts too short to count, and unique prose.
     */
    @Test
    void fingerprintsCountAsTheTextsThemselvesWould() {
        long seed = 20261128L;
        Random random = new Random(seed);
        List<String> furniture = List.of("Sign up for our newsletter today", "Read more: the week in pictures",
                "© 2024 Example Media. All rights reserved.", "Kontakt", "Share this", "Follow us on social media");
        List<List<String>> dumps = new ArrayList<>();
        for (int d = 0; d < 60; d++) {
            List<String> dump = new ArrayList<>();
            for (int p = 0; p < 1 + random.nextInt(12); p++) {
                String text = random.nextInt(3) == 0 ? furniture.get(random.nextInt(furniture.size()))
                        : "Paragraph " + random.nextInt(40) + " of a story about town number " + random.nextInt(5);
                if (random.nextBoolean()) text = "<b>" + text.toUpperCase(java.util.Locale.ROOT) + "!!</b>";
                dump.add(text);
            }
            dumps.add(dump);
        }
        // The count by text itself: in how many dumps each normalised text of at least 12 characters occurs.
        java.util.Map<String, Integer> expected = new java.util.HashMap<>();
        for (List<String> dump : dumps) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String raw : dump) {
                String key = ArchiveProfile.normalise(Features.of(HtmlSanitizer.sanitize(raw)).text());
                if (key.length() >= 12 && seen.add(key)) expected.merge(key, 1, Integer::sum);
            }
        }
        ArchiveProfile.Builder builder = new ArchiveProfile.Builder();
        List<List<String>> shuffled = new ArrayList<>(dumps);
        Collections.shuffle(shuffled, random);
        for (List<String> dump : shuffled) builder.add(ArchiveProfile.fingerprints(dump));
        ArchiveProfile built = builder.build();
        ArchiveProfile whole = ArchiveProfile.of(dumps);

        assertThat(expected.values()).as("seed %d: some texts are shared", seed).anyMatch(n -> n > 1);
        for (List<String> dump : dumps) {
            for (String raw : dump) {
                String text = Features.of(HtmlSanitizer.sanitize(raw)).text();
                int count = expected.getOrDefault(ArchiveProfile.normalise(text), 0);
                assertThat(built.dumpsContaining(text)).as("seed %d: %s", seed, text).isEqualTo(count);
                assertThat(whole.dumpsContaining(text)).as("seed %d: %s", seed, text).isEqualTo(count);
            }
        }
        assertThat(built.dumpsContaining("A text no dump holds, long enough to count")).isZero();
        assertThat(built.dumpsContaining("kontakt")).as("too short to count").isZero();
    }

    /**
     * A profile counted for a few dumps' fingerprints only must answer every question as the whole profile does:
     * for those dumps from its own counts, for any other text by making the whole profile.
     */
    @Test
    void aProfileCountedForSomeDumpsAnswersAsTheWholeOne() {
        long seed = 20261129L;
        Random random = new Random(seed);
        List<String> furniture = List.of("Sign up for our newsletter today", "Read more: the week in pictures",
                "© 2024 Example Media. All rights reserved.", "Follow us on social media");
        List<List<String>> dumps = new ArrayList<>();
        for (int d = 0; d < 80; d++) {
            List<String> dump = new ArrayList<>();
            for (int p = 0; p < 1 + random.nextInt(10); p++) {
                dump.add(random.nextInt(3) == 0 ? furniture.get(random.nextInt(furniture.size()))
                        : "Paragraph " + random.nextInt(60) + " of a story about town number " + random.nextInt(4));
            }
            dumps.add(dump);
        }
        ArchiveProfile whole = ArchiveProfile.of(dumps);
        for (int round = 0; round < 10; round++) {
            ArchiveProfile.Builder builder = new ArchiveProfile.Builder();
            dumps.forEach(d -> builder.add(ArchiveProfile.fingerprints(d)));
            List<List<String>> wanted = new ArrayList<>();
            for (int w = random.nextInt(4); w > 0; w--) wanted.add(dumps.get(random.nextInt(dumps.size())));
            ArchiveProfile partial = builder.buildFor(wanted.stream()
                    .flatMapToLong(d -> java.util.Arrays.stream(ArchiveProfile.fingerprints(d))).toArray());

            for (List<String> dump : wanted) {
                long[] fingerprints = ArchiveProfile.fingerprints(dump);
                assertThat(partial.digestFor(fingerprints)).as("seed %d: a wanted dump", seed)
                        .isEqualTo(whole.digestFor(fingerprints));
            }
            List<String> other = dumps.get(random.nextInt(dumps.size()));
            for (String text : other) {
                assertThat(partial.dumpsContaining(text)).as("seed %d: %s", seed, text)
                        .isEqualTo(whole.dumpsContaining(text)).isPositive();
            }
            assertThat(partial.digestFor(ArchiveProfile.fingerprints(other))).as("seed %d", seed)
                    .isEqualTo(whole.digestFor(ArchiveProfile.fingerprints(other)));
            assertThat(partial.dumpsContaining("A text no dump holds, long enough to count")).isZero();
        }
    }

    @Test
    void digestForChangesOnlyWhenTheComparisonsOfTheDumpsOwnCountsChange() {
        List<String> one = article(1);
        long[] fingerprints = ArchiveProfile.fingerprints(one);
        ArchiveProfile alone = ArchiveProfile.of(List.of(one));
        ArchiveProfile withSite = ArchiveProfile.of(List.of(one, article(2)));
        ArchiveProfile withMoreOfSite = ArchiveProfile.of(List.of(one, article(2), article(3)));
        List<String> promoOnly = List.of(PROMO,
                "A paragraph of a page of its own that no other dump of the archive holds");
        ArchiveProfile promoMoreOften = ArchiveProfile.of(List.of(one, article(2), promoOnly));
        List<String> copying = new ArrayList<>(article(3));
        copying.add(one.get(2));
        ArchiveProfile withCopy = ArchiveProfile.of(List.of(one, article(2), copying));

        // Furniture seen for the first time in a second dump: a count passes 1, which the classifier asks.
        assertThat(withSite.digestFor(fingerprints)).isNotEqualTo(alone.digestFor(fingerprints));
        // Another article of the site raises the promo's and the credit's counts alike: nothing it asks changes.
        assertThat(withMoreOfSite.digestFor(fingerprints)).isEqualTo(withSite.digestFor(fingerprints));
        // The promo now repeats more often than the credit: both still repeat more often than the article.
        assertThat(promoMoreOften.digestFor(fingerprints)).isEqualTo(withSite.digestFor(fingerprints));
        // A paragraph of the article copied elsewhere: its count passes 1.
        assertThat(withCopy.digestFor(fingerprints)).isNotEqualTo(withSite.digestFor(fingerprints));
        // A page scraped twice: its promo and credit count as furniture only while they repeat more often than
        // the page's own text, which another article of the site decides.
        ArchiveProfile twice = ArchiveProfile.of(List.of(one, one));
        ArchiveProfile twiceAndSite = ArchiveProfile.of(List.of(one, one, article(2)));
        assertThat(twiceAndSite.digestFor(fingerprints)).isNotEqualTo(twice.digestFor(fingerprints));
        assertThat(ArchiveProfile.of(List.of(article(2), one)).digestFor(fingerprints))
                .as("order of dumps does not matter").isEqualTo(withSite.digestFor(fingerprints));
        List<String> unrelated = List.of("A paragraph about nothing that is repeated by no other dump at all");
        assertThat(ArchiveProfile.of(List.of(one, article(2), unrelated)).digestFor(fingerprints))
                .as("a dump sharing nothing with it").isEqualTo(withSite.digestFor(fingerprints));
    }

    @Test
    void theAnchorsFingerprintComesFirstThenTheOthersInOrder() {
        List<String> page = List.of(PROMO, "A short paragraph of the page itself.",
                "The longest paragraph of the page, which tells the story with more words than any other one of it.",
                "Another paragraph of the page, shorter than the longest one.", PROMO, CREDIT);
        long[] fingerprints = ArchiveProfile.fingerprints(page);
        assertThat(fingerprints).hasSize(5).startsWith(ArchiveProfile.fingerprints(List.of(page.get(2))));
        long[] rest = Arrays.copyOfRange(fingerprints, 1, fingerprints.length);
        assertThat(rest).isSorted().doesNotHaveDuplicates();
    }

    /**
     * The digest reads the counts of a dump's fingerprints, taken from its raw paragraphs, and the classifier those of
     * its measured paragraphs: on every real page of the dev corpus they must be the same texts, and the digest's
     * anchor the classifier's.
     */
    @Test
    void theClassifierCountsTheParagraphsTheDumpsFingerprintsNameOnEveryRealPage() throws Exception {
        Path corpus = Project.devCorpus().orElse(null);
        Assumptions.assumeTrue(corpus != null, "the dev corpus is not in ../shared/corpus/dev on this machine");
        List<Path> files;
        try (Stream<Path> listed = Files.list(corpus.resolve("seeds"))) {
            files = listed.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(400);
        for (Path file : files) {
            List<String> raw = DumpParser.parse(file.toString(), Files.readAllBytes(file));
            long[] fingerprints = ArchiveProfile.fingerprints(raw);
            List<String> unnested = NestedParagraphs.unnest(raw);
            List<Features> features = unnested.stream().map(r -> HtmlSanitizer.measure(r).features()).toList();
            ArchiveProfile.PageCounts page = ArchiveProfile.of(List.of(raw)).counts(features);
            List<Long> counted = new ArrayList<>();
            for (int i = 0; i < features.size(); i++) {
                long[] own = ArchiveProfile.fingerprints(List.of(unnested.get(i)));
                assertThat(page.counts()[i]).as("%s, paragraph %d", file.getFileName(), i).isEqualTo(own.length);
                if (own.length == 1) counted.add(own[0]);
            }
            assertThat(new TreeSet<>(counted)).as("%s", file.getFileName())
                    .isEqualTo(new TreeSet<>(Arrays.stream(fingerprints).boxed().toList()));
            if (fingerprints.length > 0) {
                assertThat(ArchiveProfile.fingerprints(List.of(unnested.get(page.anchor()))))
                        .as("%s: the anchor", file.getFileName()).containsExactly(fingerprints[0]);
            }
        }
    }

    /**
     * The contract incremental builds rely on: a dump that two archives give the same digest is classified alike
     * in both. Random archives of a few sites' dumps, with promos and credits in varying shares of them, articles
     * copied whole or in part, and pages of their own.
     */
    @Test
    void aDumpGivenTheSameDigestByTwoArchivesIsClassifiedAlikeInBoth() {
        long seed = 20261129L;
        Random random = new Random(seed);
        List<String> furniture = List.of(PROMO, CREDIT, "Sign up for our newsletter and never miss a story again",
                "Read more: the week in pictures from around the region", "Follow us on social media for updates");
        int alike = 0;
        int differentRoles = 0;
        for (int round = 0; round < 200; round++) {
            List<List<String>> dumps = new ArrayList<>();
            for (int d = 0; d < 8; d++) {
                List<String> dump = new ArrayList<>();
                for (String line : furniture) if (random.nextInt(3) > 0) dump.add(line);
                dump.addAll(article(round * 100 + d).subList(1 + random.nextInt(3), 5));
                Collections.shuffle(dump, random);
                dumps.add(dump);
            }
            // Scrapes of one page: the same paragraphs, the site's lines kept or not.
            List<String> dump = dumps.get(0);
            for (int copies = random.nextInt(3); copies > 0; copies--) {
                List<String> copy = new ArrayList<>(dump);
                copy.removeIf(line -> furniture.contains(line) && random.nextBoolean());
                dumps.add(copy);
            }
            ArchiveProfile a = ArchiveProfile.of(holding(dump, dumps, random));
            ArchiveProfile b = ArchiveProfile.of(holding(dump, dumps, random));
            long[] fingerprints = ArchiveProfile.fingerprints(dump);
            List<List<Role>> rolesA = rolesOf(List.of(dump), a);
            List<List<Role>> rolesB = rolesOf(List.of(dump), b);
            if (Arrays.equals(a.digestFor(fingerprints), b.digestFor(fingerprints))) {
                alike++;
                assertThat(rolesA).as("seed %d, round %d", seed, round).isEqualTo(rolesB);
            } else if (!rolesA.equals(rolesB)) {
                differentRoles++;
            }
        }
        assertThat(alike).as("archives giving a dump the same digest").isGreaterThan(10);
        assertThat(differentRoles).as("archives classifying a dump differently").isPositive();
    }

    /** The dump and a random share of the others. */
    private static List<List<String>> holding(List<String> dump, List<List<String>> dumps, Random random) {
        List<List<String>> out = new ArrayList<>(List.of(dump));
        for (List<String> other : dumps) if (other != dump && random.nextBoolean()) out.add(other);
        return out;
    }

    @Test
    void ranksAnswerEveryComparisonOfTheCountsAsTheCountsDo() {
        long seed = 20261128L;
        Random random = new Random(seed);
        for (int round = 0; round < 500; round++) {
            int[] counts = new int[1 + random.nextInt(12)];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = random.nextBoolean() ? random.nextInt(3) : random.nextInt(random.nextBoolean() ? 6 : 5000);
            }
            int[] ranks = ArchiveProfile.ranks(counts);
            for (int i = 0; i < counts.length; i++) {
                for (int bound = 0; bound <= 1; bound++) {
                    assertThat(Integer.compare(ranks[i], bound)).as("seed %d: %s", seed, Arrays.toString(counts))
                            .isEqualTo(Integer.compare(counts[i], bound));
                }
                for (int j = 0; j < counts.length; j++) {
                    assertThat(Integer.compare(ranks[i], ranks[j])).as("seed %d: %s", seed, Arrays.toString(counts))
                            .isEqualTo(Integer.compare(counts[i], counts[j]));
                }
            }
        }
    }

    private static List<List<Role>> rolesOf(List<List<String>> dumps, ArchiveProfile profile) {
        List<List<Role>> out = new ArrayList<>();
        for (List<String> d : dumps) {
            out.add(ArticleAssembler.assemble("a", new SourceFile("a.txt", "0".repeat(64)), d, Sidecar.NONE,
                    profile).paragraphs().stream().map(Paragraph::role).toList());
        }
        return out;
    }

    /**
     * The key is defined as the lowercased text with every run of characters other than letters and numbers made
     * one space, stripped; the hand-written loop must give exactly that, or fingerprints of old caches and of
     * other archives would no longer meet.
     */
    @Test
    void normaliseIsTheRegexDefinition() {
        java.util.regex.Pattern nonWord = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
        String alphabet = "aZ9 \t\n.,-'’İßǅ٣Ⅻ½\u0301\u00a0\u200b\u2028Ωж中\ud83d\ude00\ud835\udc00\ud800x";
        long seed = 20261128L;
        Random random = new Random(seed);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String expected = nonWord.matcher(text.toString().toLowerCase(java.util.Locale.ROOT)).replaceAll(" ")
                    .strip();
            assertThat(ArchiveProfile.normalise(text.toString()))
                    .as("seed %d, text %s", seed, text.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(expected);
        }
    }
}
