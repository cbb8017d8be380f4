package io.broadsheet.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.parse.DumpParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast word-list matching must answer exactly as Java's case-insensitive regex does, on real paragraphs and
 * on random text full of the characters whose case folding is odd.
 */
class FoldedPatternTest {
    private static final List<Pattern> LISTS = List.of(Lexicon.FURNITURE, Lexicon.ABOUT, Lexicon.READER_PITCH,
            Lexicon.APPEAL, Lexicon.TEASER, Lexicon.CREDIT,
            // Shapes the lists may take: classes, optional openings, escapes and word boundaries first.
            Pattern.compile("(?iu)(?:[(\\[|]\\s*(?:fotos?|photos?|bild|credit)\\s*[:/©]|getty images|"
                    + "\\p{L}(?:bild|foto|photo)s?: ?\\S|[ .](?:bild|foto)s?: ?\\S|\\bap photo\\b|/ ?reuters\\b|"
                    + "\\bphoto: )"),
            Pattern.compile("(?iu)(?<!\\p{L})(?:(?:additional )?reporting by|i|i'm|(?:this|the)+ (?:story|page)|"
                    + "a*b?copyright|\\(c\\)\\s*\\d{4}|x{0,2}yes|edit(?:ing|ed) by|e-mail|ü\\.)(?!\\p{L})"));
    /** Characters that lowercase to more than one character, to ASCII, or fold differently from lowercasing. */
    private static final String ODD = "İıſKÅΣσςẞßﬀǅǄ\u0130\u212A😀𐐀𐐨Éé ";
    private static final long SEED = 20261128L;

    @Test
    void randomTextWithOddCharactersMatchesLikeTheCaseInsensitivePattern() {
        Random random = new Random(SEED);
        List<String> texts = new ArrayList<>();
        List<String> words = words();
        for (int n = 0; n < 4000; n++) {
            StringBuilder b = new StringBuilder();
            int parts = 1 + random.nextInt(8);
            for (int k = 0; k < parts; k++) {
                String w = words.get(random.nextInt(words.size()));
                for (char c : w.toCharArray()) {
                    b.append(random.nextInt(3) == 0 ? Character.toUpperCase(c) : c);
                }
                if (random.nextInt(4) == 0) b.appendCodePoint(ODD.codePointAt(ODD.offsetByCodePoints(0,
                        random.nextInt(ODD.codePointCount(0, ODD.length())))));
                b.append(" .,-:©(c)2024/".charAt(random.nextInt(14)));
            }
            texts.add(b.toString());
        }
        assertSameAnswers(texts, "seed " + SEED);
    }

    @Test
    void corpusParagraphsMatchLikeTheCaseInsensitivePattern() throws IOException, io.broadsheet.parse.DumpSyntaxException {
        Path seeds = Path.of(System.getProperty("broadsheet.projectDir", ".")).resolve("../shared/corpus/dev/seeds");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(seeds), "no dev corpus at " + seeds);
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(120).toList()) {
                for (String raw : DumpParser.parse(file.toString(), Files.readAllBytes(file))) {
                    String text = Features.of(HtmlSanitizer.sanitize(raw)).text();
                    texts.add(text);
                    texts.add(text.toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(1000);
        assertSameAnswers(texts, "corpus");
    }

    @Test
    void knowsWhatAnAlternativeCanStartWith() {
        assertThat(WordList.firstChars("(?:additional )?reporting by")).containsExactly('a', 'r');
        assertThat(WordList.firstChars("[(\\[|]\\s*photo")).containsExactly('(', '[', '|');
        assertThat(WordList.firstChars("\\bap photo\\b")).containsExactly('a');
        assertThat(WordList.firstChars("x{0,2}yes")).containsExactly('x', 'y');
        assertThat(WordList.firstChars("\\p{L}*fotos?")).isNull();
        assertThat(WordList.firstChars("a?")).isNull();
    }

    @Test
    void lowersOnlyWhereFoldingAgrees() {
        assertThat(FoldedPattern.lower("Share THIS")).isEqualTo("share this");
        assertThat(FoldedPattern.lower("Ünd Ça 😀")).isEqualTo("ünd ça 😀");
        for (String odd : List.of("İstanbul", "ıx", "ſ", "\u212A", "𐐀")) assertThat(FoldedPattern.lower(odd)).isNull();
    }

    private static void assertSameAnswers(List<String> texts, String what) {
        for (Pattern pattern : LISTS) {
            FoldedPattern folded = FoldedPattern.of(pattern);
            WordList lowerList = WordList.of(pattern.pattern().substring("(?iu)".length()));
            Pattern lowerPattern = Pattern.compile(pattern.pattern().substring("(?iu)".length()));
            for (String t : texts) {
                String lowered = FoldedPattern.lower(t);
                String message = what + ", pattern " + pattern.pattern().substring(0, 40) + ", text: " + t;
                assertThat(folded.count(t, lowered)).as(message).isEqualTo(count(pattern.matcher(t)));
                assertThat(folded.find(t)).as(message).isEqualTo(pattern.matcher(t).find());
                Matcher m = pattern.matcher(t);
                assertThat(folded.first(t, lowered)).as(message)
                        .isEqualTo(m.find() ? new int[] {m.start(), m.end()} : null);
                String rootLower = t.toLowerCase(java.util.Locale.ROOT);
                assertThat(lowerList.count(rootLower)).as(message).isEqualTo(count(lowerPattern.matcher(rootLower)));
            }
        }
    }

    /** Words and phrases of the lists themselves, so that random text hits them often. */
    private static List<String> words() {
        List<String> out = new ArrayList<>();
        for (Pattern p : LISTS) {
            for (String piece : p.pattern().split("[|()?:\\[\\]\\\\{}*+!<]+")) {
                if (piece.length() > 1) out.add(piece);
            }
        }
        out.addAll(List.of("Reporting by", "All Rights Reserved", "ist Journalistin", "Ich bin", "I am a writer"));
        return out;
    }

    private static int count(Matcher m) {
        int c = 0;
        while (m.find()) c++;
        return c;
    }
}
