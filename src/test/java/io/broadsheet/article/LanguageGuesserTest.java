package io.broadsheet.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuesserTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The minister said that the new law would come into force at the end of the year and that it was not too late.
            de | Der Minister sagte, dass das neue Gesetz am Ende des Jahres in Kraft treten werde und es noch nicht zu spät sei.
            fr | Le ministre a dit que la nouvelle loi entrera en vigueur à la fin de l'année et qu'il n'est pas trop tard.
            es | El ministro dijo que la nueva ley entrará en vigor a finales del año y que todavía no es demasiado tarde para los ciudadanos.
            pt | O ministro disse que a nova lei entra em vigor no fim do ano e que ainda não é tarde demais para os cidadãos.
            it | Il ministro ha detto che la nuova legge entrerà in vigore alla fine dell'anno e che non è troppo tardi per i cittadini.
            pl | Minister powiedział, że nowa ustawa wejdzie w życie na koniec roku i że nie jest jeszcze za późno dla obywateli.
            """)
    void tellsLanguagesByTheirStopWords(String language, String text) {
        assertThat(LanguageGuesser.guess(List.of(text))).isEqualTo(language);
    }

    @ParameterizedTest
    @CsvSource({"'12345 67890'", "'Zürich Genève Lugano'"})
    void saysUndeterminedWhenNoLanguageShows(String text) {
        assertThat(LanguageGuesser.guess(List.of(text))).isEqualTo(LanguageGuesser.UNDETERMINED);
    }

    /**
     * The guesser finds words by scanning letters rather than with a {@code \p{L}+} regex, and looks each up once
     * for all languages: on seeded random texts of stop words, other words in several scripts (astral letters
     * among them), digits and punctuation, it must guess as counting with that regex, language by language, does.
     */
    @Test
    void guessesAsCountingWithTheLetterRegexDoes() {
        String[] pieces = {"the", "The", "DER", "die", "und", "le", "la", "de", "que", "il", "nie", "się", "het",
                "Ą", "ż", "é", "ß", "İ", "ǅ", "Ωμέγα", "слово", "日本", "\uD835\uDC00", "\uD801\uDC37x", "x",
                "abc", "12", "3", " ", " ", " ", ", ", ".", "-", "'", "\u00ad", "\u0301", "\uD83D\uDE00", "\t"};
        Random random = new Random(20261129);
        for (int run = 0; run < 3_000; run++) {
            List<String> texts = new ArrayList<>();
            for (int t = random.nextInt(3) + 1; t > 0; t--) {
                StringBuilder text = new StringBuilder();
                for (int k = random.nextInt(40); k > 0; k--) text.append(pieces[random.nextInt(pieces.length)]);
                texts.add(text.toString());
            }
            assertThat(LanguageGuesser.guess(texts)).as("%s", texts).isEqualTo(guessWithRegex(texts));
        }
    }

    private static String guessWithRegex(List<String> texts) {
        int[] hits = new int[Lexicon.LANGUAGES.size()];
        for (String text : texts) {
            Matcher m = Pattern.compile("\\p{L}+").matcher(text);
            while (m.find()) {
                String word = m.group().toLowerCase(Locale.ROOT);
                for (int i = 0; i < hits.length; i++) {
                    if (Lexicon.forLanguage(Lexicon.LANGUAGES.get(i)).isStopword(word)) hits[i]++;
                }
            }
        }
        int best = 0;
        for (int i = 1; i < hits.length; i++) if (hits[i] > hits[best]) best = i;
        return hits[best] < 3 ? LanguageGuesser.UNDETERMINED : Lexicon.LANGUAGES.get(best);
    }
}
