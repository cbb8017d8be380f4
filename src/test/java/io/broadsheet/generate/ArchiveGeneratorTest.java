package io.broadsheet.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.broadsheet.parse.DumpParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ArchiveGeneratorTest {
    private static final long SEED = 20_260_127L;

    @Test
    void sameSeedGivesTheSameBytes() {
        List<GeneratedDump> first = ArchiveGenerator.generate(SEED, 60).toList();
        List<GeneratedDump> second = ArchiveGenerator.generate(SEED, 60).toList();

        assertThat(first).hasSize(60);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).fileName()).isEqualTo(first.get(i).fileName());
            assertThat(second.get(i).dump()).isEqualTo(first.get(i).dump());
            assertThat(second.get(i).sidecarJson().map(String::new))
                    .isEqualTo(first.get(i).sidecarJson().map(String::new));
        }
    }

    @Test
    void differentSeedsGiveDifferentArchives() {
        List<GeneratedDump> one = ArchiveGenerator.generate(SEED, 40).toList();
        List<GeneratedDump> other = ArchiveGenerator.generate(SEED + 1, 40).toList();

        for (int i = 0; i < one.size(); i++) {
            assertThat(other.get(i).fileName()).isNotEqualTo(one.get(i).fileName());
            assertThat(other.get(i).dump()).isNotEqualTo(one.get(i).dump());
            assertThat(other.get(i).uniqueWord()).isNotEqualTo(one.get(i).uniqueWord());
        }
    }

    @Test
    void aSmallArchiveIsAPrefixOfALargerOne() {
        List<GeneratedDump> small = ArchiveGenerator.generate(SEED, 10).toList();
        List<GeneratedDump> large = ArchiveGenerator.generate(SEED, 100).toList();

        for (int i = 0; i < small.size(); i++) assertSame(small.get(i), large.get(i));
        // Dump 87 on its own, without generating the 87 before it, is the one in the archive.
        assertSame(ArchiveGenerator.dump(SEED, 87), large.get(87));
    }

    @Test
    void fileNamesAreNumberedHashedAndDistinct() {
        List<String> names = ArchiveGenerator.generate(SEED, 300).map(GeneratedDump::fileName).toList();

        assertThat(names).allMatch(name -> name.matches("\\d{6}_[0-9a-f]{16}\\.txt"));
        assertThat(names.get(0)).startsWith("000000_");
        assertThat(names.get(299)).startsWith("000299_");
        assertThat(new HashSet<>(names)).hasSize(names.size());
        assertThat(ArchiveGenerator.dump(SEED, 1_234_567).fileName()).startsWith("1234567_");
    }

    @Test
    void manyPublishersYearsAndLanguages() {
        List<GeneratedDump> dumps = ArchiveGenerator.generate(SEED, 400).toList();
        Map<String, Integer> languages = counts(dumps.stream().map(GeneratedDump::language).toList());

        assertThat(dumps.stream().map(GeneratedDump::publisher).distinct().count()).isGreaterThanOrEqualTo(15);
        assertThat(dumps).allMatch(d -> d.year() >= 2005 && d.year() <= 2024);
        assertThat(dumps.stream().map(GeneratedDump::year).distinct().count()).isGreaterThanOrEqualTo(18);
        assertThat(languages).containsOnlyKeys("en", "de", "fr", "es");
        assertThat(languages.get("en")).isBetween(240, 340);
        assertThat(languages.values()).allMatch(n -> n >= 10);
        // A publisher writes in one language only.
        Map<String, Set<String>> languagesOfPublisher = new TreeMap<>();
        for (GeneratedDump d : dumps) {
            languagesOfPublisher.computeIfAbsent(d.publisher(), p -> new HashSet<>()).add(d.language());
        }
        assertThat(languagesOfPublisher.values()).allMatch(set -> set.size() == 1);
    }

    @Test
    void topicsRecurAcrossArticlesWithALongTail() {
        List<GeneratedDump> dumps = ArchiveGenerator.generate(SEED, 400).toList();
        Map<String, Integer> articlesPerTopic = counts(dumps.stream().flatMap(d -> d.topics().stream()).toList());
        List<Integer> sizes = new ArrayList<>(articlesPerTopic.values());
        sizes.sort(null);
        long rare = sizes.stream().filter(n -> n <= 2).count();

        assertThat(dumps).allMatch(d -> d.topics().size() >= 2);
        assertThat(sizes.get(sizes.size() - 1)).as("most popular topic").isGreaterThanOrEqualTo(20);
        assertThat(sizes.stream().filter(n -> n >= 5).count()).as("topics with five or more articles")
                .isGreaterThanOrEqualTo(10);
        assertThat(rare).as("topics with one or two articles").isGreaterThan(sizes.size() / 2);
    }

    @Test
    void theDumpParserReadsEveryDumpAndFindsTopicsAndTheUniqueWordInIt() throws Exception {
        for (GeneratedDump d : ArchiveGenerator.generate(SEED, 200).toList()) {
            List<String> paragraphs = DumpParser.parse(d.fileName(), d.dump());
            String text = String.join("\n", paragraphs);

            assertThat(paragraphs).as(d.fileName()).hasSizeGreaterThanOrEqualTo(7);
            for (String topic : d.topics()) {
                assertThat(text).as("%s names %s", d.fileName(), topic).contains(topic.replace("&", "&amp;"));
            }
            assertThat(paragraphs.stream().filter(p -> p.contains(d.uniqueWord())).count()).isEqualTo(1);
        }
    }

    @Test
    void aboutOneDumpInFiveHasASidecar() {
        long withSidecar = ArchiveGenerator.generate(SEED, 2000).filter(d -> d.sidecarJson().isPresent()).count();

        // Binomial(2000, 0.2) has a standard deviation of about 18; this allows more than five.
        assertThat(withSidecar).isBetween(300L, 500L);
    }

    @Test
    void sidecarsHoldExactlyTheAgreedFieldsMatchingTheDump() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<GeneratedDump> withSidecar = ArchiveGenerator.generate(SEED, 300)
                .filter(d -> d.sidecarJson().isPresent()).toList();
        assertThat(withSidecar).hasSizeGreaterThan(30);

        for (GeneratedDump d : withSidecar) {
            JsonNode sidecar = json.readTree(d.sidecarJson().orElseThrow());
            List<String> fields = new ArrayList<>();
            sidecar.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("url", "title", "published", "authors", "publisher", "language", "tags");
            assertThat(sidecar.get("url").asText()).startsWith("https://www.").doesNotContain(" ");
            assertThat(sidecar.get("title").asText()).isNotBlank();
            assertThat(sidecar.get("published").asText()).matches(d.year() + "-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9])");
            assertThat(sidecar.get("authors").isArray()).isTrue();
            assertThat(sidecar.get("publisher").asText()).isEqualTo(d.publisher());
            assertThat(sidecar.get("language").asText()).isEqualTo(d.language());
            List<String> tags = new ArrayList<>();
            sidecar.get("tags").forEach(tag -> tags.add(tag.asText()));
            assertThat(tags).isEqualTo(d.topics());
            assertThat(d.sidecarFileName()).isEqualTo(d.fileName().replace(".txt", ".json"));
        }
    }

    @Test
    void eachUniqueWordOccursInItsOwnArticleOnly() {
        List<GeneratedDump> dumps = ArchiveGenerator.generate(SEED, 300).toList();
        // Search folds case, so the check does too.
        List<String> texts = dumps.stream()
                .map(d -> new String(d.dump(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT)).toList();

        for (int i = 0; i < dumps.size(); i++) {
            String word = ArchiveGenerator.uniqueWord(SEED, i);
            assertThat(dumps.get(i).uniqueWord()).isEqualTo(word);
            assertThat(texts.get(i)).contains(word);
            // Every unique word starts with "zy" and all have one length, so if "zy" turns up nowhere else in a dump,
            // no other article's word can be in it either, whatever the size of the archive.
            assertThat(occurrences(texts.get(i), "zy")).as(dumps.get(i).fileName())
                    .isEqualTo(occurrences(texts.get(i), word));
        }
        for (int i = 0; i < 20; i++) {
            String word = ArchiveGenerator.uniqueWord(SEED, i);
            assertThat(texts.stream().filter(text -> text.contains(word)).count()).isEqualTo(1);
        }
    }

    @Test
    void uniqueWordsAreDistinctLettersOfOneLength() {
        Set<String> words = new HashSet<>();
        for (int i = 0; i < 200_000; i++) words.add(ArchiveGenerator.uniqueWord(SEED, i));

        assertThat(words).hasSize(200_000);
        assertThat(words).allMatch(word -> word.matches("zy[a-z]{12}"));
        assertThat(ArchiveGenerator.uniqueWord(SEED, Integer.MAX_VALUE)).matches("zy[a-z]{12}")
                .isNotEqualTo(ArchiveGenerator.uniqueWord(SEED, Integer.MAX_VALUE - 1));
    }

    @Test
    void dumpsLookLikeScrapedPages() {
        List<String> texts = ArchiveGenerator.generate(SEED, 300)
                .map(d -> new String(d.dump(), StandardCharsets.UTF_8)).toList();

        assertThat(texts).allMatch(text -> text.startsWith("[") && text.endsWith("]"));
        assertThat(share(texts, t -> t.contains("<b class=\""))).as("bold ledes").isGreaterThan(0.8);
        assertThat(share(texts, t -> t.contains("©") || t.contains("Copyright"))).as("copyright lines").isGreaterThan(0.8);
        assertThat(share(texts, t -> t.contains("<a href=\""))).as("links").isGreaterThan(0.5);
        assertThat(share(texts, t -> t.contains("&amp;"))).as("entities").isGreaterThan(0.1);
        assertThat(share(texts, t -> t.contains("<i>"))).as("italics").isGreaterThan(0.1);
        assertThat(share(texts, t -> t.contains("<br"))).as("line breaks").isGreaterThan(0.1);
        // The escapes a Python-literal reader must get right.
        for (String escape : List.of("\\'", "\\\\", "\\n", "\\t", "\\r", "\\xa0", "\\u200b", "\\u202f")) {
            assertThat(share(texts, t -> t.contains(escape))).as(escape).isGreaterThan(0.0);
        }
        assertThat(share(texts, t -> t.contains(", \""))).as("double-quoted strings").isGreaterThan(0.1);
    }

    @Test
    void rejectsNegativeArguments() {
        assertThatThrownBy(() -> ArchiveGenerator.generate(SEED, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArchiveGenerator.dump(SEED, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArchiveGenerator.uniqueWord(SEED, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertSame(GeneratedDump actual, GeneratedDump expected) {
        assertThat(actual).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(actual.fileName()).isEqualTo(expected.fileName());
        assertThat(actual.dump()).isEqualTo(expected.dump());
        assertThat(actual.sidecarJson().map(String::new)).isEqualTo(expected.sidecarJson().map(String::new));
        assertThat(actual.topics()).isEqualTo(expected.topics());
    }

    private static Map<String, Integer> counts(List<String> values) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String value : values) counts.merge(value, 1, Integer::sum);
        return counts;
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) count++;
        return count;
    }

    private static double share(List<String> texts, java.util.function.Predicate<String> test) {
        return texts.stream().filter(test).count() / (double) texts.size();
    }
}
