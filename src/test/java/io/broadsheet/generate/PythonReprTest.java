package io.broadsheet.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected texts are what CPython 3 prints for {@code repr(...)} of the same values. */
class PythonReprTest {
    private static String repr(String s) {
        StringBuilder out = new StringBuilder();
        PythonRepr.appendString(out, s);
        return out.toString();
    }

    @Test
    void choosesTheQuoteAsPythonDoes() {
        assertThat(repr("plain")).isEqualTo("'plain'");
        assertThat(repr("it's")).isEqualTo("\"it's\"");
        assertThat(repr("say \"hi\"")).isEqualTo("'say \"hi\"'");
        assertThat(repr("it's \"both\"")).isEqualTo("'it\\'s \"both\"'");
    }

    @Test
    void escapesBackslashesAndWhitespaceControls() {
        assertThat(repr("a\\b")).isEqualTo("'a\\\\b'");
        assertThat(repr("\n\r\t")).isEqualTo("'\\n\\r\\t'");
        assertThat(repr("\u0000\u0007\u007f")).isEqualTo("'\\x00\\x07\\x7f'");
    }

    @Test
    void escapesInvisibleCharactersButKeepsPrintableOnes() {
        assertThat(repr("\u00a0\u00ad")).isEqualTo("'\\xa0\\xad'");
        assertThat(repr("\u200b\u202f\u2028\ufeff")).isEqualTo("'\\u200b\\u202f\\u2028\\ufeff'");
        assertThat(repr("\udb80\udc00")).isEqualTo("'\\U000f0000'");
        assertThat(repr("Jürgen © – “ok” € ツ 😀")).isEqualTo("'Jürgen © – “ok” € ツ 😀'");
    }

    @Test
    void writesListsLikeStr() {
        assertThat(PythonRepr.list(List.of())).isEqualTo("[]");
        assertThat(PythonRepr.list(List.of("a", "it's", ""))).isEqualTo("['a', \"it's\", '']");
    }
}
