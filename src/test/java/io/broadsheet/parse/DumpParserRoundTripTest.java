package io.broadsheet.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever Python's {@code str(list)} writes, the parser reads back to the same strings. */
class DumpParserRoundTripTest {
    private static final long SEED = 0x5EED_D0C5L;
    private static final int CASES = 5_000;

    @Test
    void strOfAListParsesBackToTheSameStrings() throws DumpSyntaxException {
        Random random = new Random(SEED);
        for (int n = 0; n < CASES; n++) {
            List<String> items = RandomText.strings(random, 6, 40);
            String dump = PythonRepr.list(items);
            // Lone surrogates cannot be encoded, but repr escapes them, so the dump itself is always valid UTF-8.
            byte[] bytes = dump.getBytes(StandardCharsets.UTF_8);
            List<String> parsed;
            try {
                parsed = DumpParser.parse("case.txt", bytes);
            } catch (DumpSyntaxException e) {
                throw new AssertionError("seed " + SEED + ", case " + n + ": refused " + dump, e);
            }
            assertThat(parsed).as("seed %d, case %d: %s", SEED, n, dump).isEqualTo(items);
        }
    }

    @Test
    void reprEscapesWhatThePythonDocumentationSaysItEscapes() {
        // Sanity checks of the test's own repr against values quoted from Python sessions' documented behaviour.
        assertThat(PythonRepr.repr("it's")).isEqualTo("\"it's\"");
        assertThat(PythonRepr.repr("'\"")).isEqualTo("'\\'\"'");
        assertThat(PythonRepr.repr("a\nb\u0000\u00a0\ud800\udbff\udfff")).isEqualTo("'a\\nb\\x00\\xa0\\ud800\\U0010ffff'");
    }
}
