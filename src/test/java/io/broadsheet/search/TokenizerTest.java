package io.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    @Test
    void foldingDropsCaseAndDiacriticsSoPlainLettersFindAccentedWords() {
        assertThat(Folding.fold("Jürgen")).isEqualTo("jurgen");
        assertThat(Folding.fold("ÉCOLE")).isEqualTo(Folding.fold("ecole"));
        assertThat(Folding.fold("Straße")).isEqualTo("strasse");
        assertThat(Folding.fold("Łódź")).isEqualTo("lodz");
        assertThat(Folding.fold("Søren Kierkegaard")).isEqualTo("soren kierkegaard");
        assertThat(Folding.fold("İstanbul")).isEqualTo("istanbul");
        assertThat(Folding.fold("Ærø")).isEqualTo("aero");
    }

    @Test
    void wordsAreRunsOfLettersAndDigitsWithElisionsAndPossessivesDropped() {
        assertThat(Tokenizer.words("L'homme d'Alembert, qu'il", "fr")).containsExactly("homme", "alembert", "qu", "il");
        assertThat(Tokenizer.words("Ukraine's war, 2022—now!", "en")).containsExactly("ukraine", "war", "2022", "now");
        assertThat(Tokenizer.words("Jürgen Klinsmann", "de")).containsExactly("jurgen", "klinsmann");
        assertThat(Tokenizer.words("a 5 b", "en")).containsExactly("5");
        assertThat(Tokenizer.words("", "en")).isEmpty();
    }

    @Test
    void scriptsWithoutSpacesAreSplitIntoCharacters() {
        assertThat(Tokenizer.words("東京 visit", "ja")).containsExactly("東", "京", "visit");
    }

    @Test
    void noCharacterBelowTheFirstUnspacedOneIsOfAScriptWrittenWithoutSpaces() {
        // The shortcut in Tokenizer.unspaced holds only if the JDK's script table agrees, which is checked whole.
        for (int c = 0; c < Tokenizer.FIRST_UNSPACED; c++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            assertThat(script).as("U+%04X", c).isNotIn(Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA,
                    Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL, Character.UnicodeScript.THAI);
        }
        assertThat(Tokenizer.unspaced(Tokenizer.FIRST_UNSPACED + 1)).isTrue();
        assertThat(Tokenizer.words("กรุงเทพ city", "th")).startsWith("ก").endsWith("city");
    }

    @Test
    void numbersSurviveTheirCompactForm() {
        long seed = 17L;
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            long[] values = new long[1 + random.nextInt(20)];
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(4) == 0 ? random.nextInt(40) : random.nextLong() >>> (1 + random.nextInt(63));
                Base32Varint.append(out, values[i]);
            }
            assertThat(out.toString()).as("seed %d round %d", seed, round).matches("[0-9A-Za-z_-]+");
            assertThat(IndexFiles.numbers(out.toString())).as("seed %d round %d", seed, round).containsExactly(values);
        }
    }
}
