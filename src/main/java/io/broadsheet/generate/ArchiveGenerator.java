package io.broadsheet.generate;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generates realistic synthetic archives: dumps from a few dozen invented publishers over twenty years, in four
 * languages, about people, places and organisations whose popularity is skewed as in real news. Pure and
 * deterministic: the same seed gives the same bytes on every machine, and dump {@code i} depends only on the seed and
 * {@code i}, so archives of any size are generated lazily and each is a prefix of every larger one.
 */
public final class ArchiveGenerator {
    private static final double SIDECAR_RATE = 0.2;
    private static final String UNIQUE_PREFIX = "zy";
    private static final String CONSONANTS = "bcdfghjklmnprstvw";
    private static final String VOWELS = "aeiou";
    private static final int SYLLABLES = CONSONANTS.length() * VOWELS.length();
    private static final int UNIQUE_SYLLABLES = 6;
    private static final long UNIQUE_SPACE = pow(SYLLABLES, UNIQUE_SYLLABLES);
    private static final long UNIQUE_STRIDE = 2_654_435_761L;

    private ArchiveGenerator() {}

    /**
     * The first {@code count} dumps of the archive {@code seed}, generated one at a time as the stream is consumed.
     *
     * @throws IllegalArgumentException if count is negative
     */
    public static Stream<GeneratedDump> generate(long seed, int count) {
        if (count < 0) throw new IllegalArgumentException("count must not be negative: " + count);
        return IntStream.range(0, count).mapToObj(index -> dump(seed, index));
    }

    /**
     * Dump number {@code index} of the archive {@code seed}.
     *
     * @throws IllegalArgumentException if index is negative
     */
    public static GeneratedDump dump(long seed, int index) {
        if (index < 0) throw new IllegalArgumentException("index must not be negative: " + index);
        SplitMix random = SplitMix.forItem(seed, index);
        String fileName = fileName(index, random.nextLong());
        boolean sidecar = random.chance(SIDECAR_RATE);
        String word = uniqueWord(seed, index);
        ArticleComposer.Composition article = new ArticleComposer(random, word).compose();
        byte[] dump = PythonRepr.list(article.paragraphs()).getBytes(StandardCharsets.UTF_8);
        Optional<byte[]> json = sidecar ? Optional.of(sidecar(article, index)) : Optional.empty();
        return new GeneratedDump(fileName, dump, json, article.publisher(), article.year(), article.language(),
                article.topics(), word);
    }

    /**
     * An invented word that occurs in dump {@code index} of the archive {@code seed} and nowhere else in it: a fixed
     * prefix no other generated text contains, then syllables that encode the index bijectively (the syllables
     * have no {@code z} or {@code y}), all of one length so
     * no unique word is a prefix of another.
     *
     * @throws IllegalArgumentException if index is negative
     */
    public static String uniqueWord(long seed, int index) {
        if (index < 0) throw new IllegalArgumentException("index must not be negative: " + index);
        // An odd multiplier coprime with the space keeps the map bijective while making neighbours look unalike.
        long value = Math.floorMod(index * UNIQUE_STRIDE + Math.floorMod(SplitMix.mix(seed), UNIQUE_SPACE), UNIQUE_SPACE);
        StringBuilder word = new StringBuilder(UNIQUE_PREFIX.length() + 2 * UNIQUE_SYLLABLES).append(UNIQUE_PREFIX);
        for (int i = 0; i < UNIQUE_SYLLABLES; i++) {
            int syllable = (int) (value % SYLLABLES);
            value /= SYLLABLES;
            word.append(CONSONANTS.charAt(syllable / VOWELS.length())).append(VOWELS.charAt(syllable % VOWELS.length()));
        }
        return word.toString();
    }

    private static String fileName(int index, long hash) {
        String number = Integer.toString(index);
        String hex = Long.toHexString(hash);
        return "000000".substring(Math.min(6, number.length())) + number + "_"
                + "0000000000000000".substring(hex.length()) + hex + ".txt";
    }

    private static byte[] sidecar(ArticleComposer.Composition article, int index) {
        StringBuilder json = new StringBuilder(512);
        String month = article.month() < 10 ? "0" + article.month() : Integer.toString(article.month());
        String day = article.day() < 10 ? "0" + article.day() : Integer.toString(article.day());
        json.append("{\n  \"url\": ");
        JsonText.appendString(json, "https://www." + article.domain() + "/" + article.year() + "/" + month + "/"
                + Publisher.slug(article.headline()) + "-" + index);
        json.append(",\n  \"title\": ");
        JsonText.appendString(json, article.headline());
        json.append(",\n  \"published\": ");
        JsonText.appendString(json, article.year() + "-" + month + "-" + day);
        json.append(",\n  \"authors\": ");
        JsonText.appendArray(json, article.authors());
        json.append(",\n  \"publisher\": ");
        JsonText.appendString(json, article.publisher());
        json.append(",\n  \"language\": ");
        JsonText.appendString(json, article.language());
        json.append(",\n  \"tags\": ");
        JsonText.appendArray(json, article.topics());
        return json.append("\n}\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long pow(long base, int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) result *= base;
        return result;
    }
}
