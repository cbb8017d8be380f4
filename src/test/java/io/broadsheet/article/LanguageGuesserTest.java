package io.broadsheet.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
