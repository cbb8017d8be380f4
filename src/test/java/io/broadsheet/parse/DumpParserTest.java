package io.broadsheet.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each accepted form with its value, and each refused form with its exact position and reason. */
class DumpParserTest {

    private static List<String> parse(String text) throws DumpSyntaxException {
        return DumpParser.parse("t.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefused(String text, int line, int column, String reason) {
        assertRefused(text.getBytes(StandardCharsets.UTF_8), line, column, reason);
    }

    private static void assertRefused(byte[] bytes, int line, int column, String reason) {
        assertThatThrownBy(() -> DumpParser.parse("seeds/t.txt", bytes))
                .isInstanceOf(DumpSyntaxException.class)
                .hasMessage("seeds/t.txt:" + line + ":" + column + ": " + reason);
    }

    @Test
    void readsTheRealSeed() throws Exception {
        Path seed = Path.of(System.getProperty("broadsheet.projectDir", "."), "seeds/000_1064a9bc0d479205.txt");
        List<String> paragraphs = DumpParser.parse("seeds/000_1064a9bc0d479205.txt", Files.readAllBytes(seed));
        assertThat(paragraphs).hasSize(17);
        assertThat(paragraphs.get(0)).startsWith("<b class=");
        // Written by repr with double quotes because it holds an apostrophe...
        assertThat(paragraphs.get(3)).contains("Vladimir Putin's nuclear threat");
        // ...and with an escaped apostrophe because it holds both kinds of quote.
        assertThat(paragraphs.get(4)).contains("Russian president's move was a \"clear admission\"");
    }

    @Test
    void readsEveryQuoteStyle() throws Exception {
        assertThat(parse("['a', \"b\", '''c''', \"\"\"d\"\"\"]")).containsExactly("a", "b", "c", "d");
        assertThat(parse("['''it's \"x\"''', \"\"\"a\"b\"\"c\"\"\"]")).containsExactly("it's \"x\"", "a\"b\"\"c");
    }

    @Test
    void readsPrefixesInAnyCase() throws Exception {
        assertThat(parse("[r'\\n', R'\\d', u'x', U'y']")).containsExactly("\\n", "\\d", "x", "y");
    }

    @Test
    void concatenatesAdjacentLiterals() throws Exception {
        assertThat(parse("['a' \"b\" r'\\c'\n  u'd']")).containsExactly("ab\\cd");
        assertThat(parse("['a''b']")).containsExactly("ab");
    }

    @Test
    void decodesSimpleEscapes() throws Exception {
        assertThat(parse("['\\\\\\'\\\"\\a\\b\\f\\n\\r\\t\\v']"))
                .containsExactly("\\'\"\u0007\b\f\n\r\t\u000b");
    }

    @Test
    void decodesOctalEscapesOfUpToThreeDigits() throws Exception {
        assertThat(parse("['\\0', '\\101', '\\1011', '\\777', '\\08']"))
                .containsExactly("\0", "A", "A1", "\u01ff", "\u00008");
    }

    @Test
    void decodesHexAndUnicodeEscapes() throws Exception {
        assertThat(parse("['\\x41\\xE9', '\\u00e9\\u20AC', '\\U0001F600']"))
                .containsExactly("A\u00e9", "\u00e9\u20ac", "\uD83D\uDE00");
    }

    @Test
    void decodesNamedEscapesLikePython() throws Exception {
        assertThat(parse("['\\N{LATIN SMALL LETTER A}\\N{latin small letter e with acute}']")).containsExactly("a\u00e9");
        // Formal aliases, which Java does not know.
        assertThat(parse("['\\N{BOM}\\N{LF}\\N{NBSP}']")).containsExactly("\ufeff\n\u00a0");
        // Names computed by algorithm, upper case only, as in CPython.
        assertThat(parse("['\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{HANGUL SYLLABLE GAG}']")).containsExactly("\u4e00\uac01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NO SUCH NAME",
        "' LATIN SMALL LETTER A'",        // Java would trim this
        "LINE FEED (LF)",                 // a Java name Python does not have
        "CJK UNIFIED IDEOGRAPHS 4E00",    // Java's invented name for an unnamed code point
        "cjk unified ideograph-4e00",     // CPython matches algorithmic names in upper case only
        "hangul syllable ga",
        "TANGUT IDEOGRAPH-17000",         // not algorithmic in CPython 3.11
    })
    void refusesNamesPythonDoesNotKnow(String name) {
        assertRefused("['\\N{" + name + "}']", 1, 3, "unknown Unicode character name");
    }

    @Test
    void keepsUnknownEscapesAsWritten() throws Exception {
        assertThat(parse("['\\q\\8\\ \\\u00e9']")).containsExactly("\\q\\8\\ \\\u00e9");
    }

    @Test
    void joinsLinesInsideStringsOnBackslashNewline() throws Exception {
        assertThat(parse("['a\\\nb', 'c\\\r\nd', 'e\\\rf']")).containsExactly("ab", "cd", "ef");
    }

    @Test
    void keepsBackslashesOfRawStringsButLetsThemProtectQuotes() throws Exception {
        assertThat(parse("[r'\\'', r'a\\\\', r\"\\\"\", r'x\\\ny']")).containsExactly("\\'", "a\\\\", "\\\"", "x\\\ny");
    }

    @Test
    void turnsEveryLineEndingInTripleQuotedStringsIntoNewline() throws Exception {
        assertThat(parse("['''a\r\nb\rc\nd''']")).containsExactly("a\nb\nc\nd");
    }

    @Test
    void ignoresCommentsWhitespaceAndTrailingComma() throws Exception {
        assertThat(parse(" \t[ # first\r\n  'a' , # second\r\n\f'b',\r\n]\r\n# done\r\n\n"))
                .containsExactly("a", "b");
    }

    @Test
    void acceptsTuplesInEveryForm() throws Exception {
        assertThat(parse("('a', 'b')")).containsExactly("a", "b");
        assertThat(parse("('a',)")).containsExactly("a");
        assertThat(parse("'a', 'b'")).containsExactly("a", "b");
        assertThat(parse("'a',\n")).containsExactly("a");
        assertThat(parse("'a', \\\n  'b'")).containsExactly("a", "b");
        assertThat(parse("((['a']))")).containsExactly("a");
        assertThat(parse("[('a'), (('b' 'c'))]")).containsExactly("a", "bc");
    }

    @Test
    void returnsAnEmptyListForAnEmptyListOrTuple() throws Exception {
        assertThat(parse("[]")).isEmpty();
        assertThat(parse("( )\n")).isEmpty();
    }

    @Test
    void skipsAByteOrderMarkAndBlankLinesBeforeTheList() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "\n# note\n\\\n['a']".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(body, 0, content, bom.length, body.length);
        assertThat(DumpParser.parse("t.txt", content)).containsExactly("a");
    }

    @Test
    void keepsEscapedLoneSurrogatesAsSingleUtf16Units() throws Exception {
        List<String> parsed = parse("['\\ud800', 'x\\udfffy', '\\U0000dc00']");
        assertThat(parsed.get(0)).hasSize(1);
        assertThat(parsed.get(0).charAt(0)).isEqualTo((char) 0xD800);
        assertThat(parsed.get(1).toCharArray()).containsExactly('x', (char) 0xDFFF, 'y');
        assertThat(parsed.get(2).charAt(0)).isEqualTo((char) 0xDC00);
        // The documented limit: an escaped pair reads as the one character Java cannot tell it from.
        assertThat(parse("['\\ud83d\\ude00']")).containsExactly(new String(Character.toChars(0x1F600)));
    }

    @Test
    void allowsAsManyNestedBracketsAsCPython() throws Exception {
        assertThat(parse("[" + "(".repeat(199) + "'a'" + ")".repeat(199) + "]")).containsExactly("a");
        assertRefused("[" + "(".repeat(200) + "'a'" + ")".repeat(200) + "]", 1, 201, "too many nested brackets");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``                               | 1 | 1  | empty file",
        "`  \n # c\n`                     | 3 | 1  | empty file",
        "['a', 1]                         | 1 | 7  | numbers are not allowed",
        "['a', -1]                        | 1 | 7  | numbers are not allowed",
        "['a', None]                      | 1 | 7  | None is not allowed",
        "['a', x]                         | 1 | 7  | names are not allowed",
        "['a', b'x']                      | 1 | 7  | bytes literals are not allowed",
        "[Rb'x']                          | 1 | 2  | bytes literals are not allowed",
        "['a' f'x']                       | 1 | 6  | f-strings are not allowed",
        "[ur'x']                          | 1 | 2  | invalid string prefix",
        "[['a']]                          | 1 | 2  | nested lists and tuples are not allowed",
        "[('a',)]                         | 1 | 2  | nested lists and tuples are not allowed",
        "(('a',), 'b')                    | 1 | 2  | nested lists and tuples are not allowed",
        "[()]                             | 1 | 2  | nested lists and tuples are not allowed",
        "{'a'}                            | 1 | 1  | dicts and sets are not allowed",
        "['a', {'b': 'c'}]                | 1 | 7  | dicts and sets are not allowed",
        "['a'] x                          | 1 | 7  | unexpected text after the list",
        "`['a']\n'b'`                     | 2 | 1  | unexpected text after the list",
        "['a'                             | 1 | 5  | unexpected end of file",
        "['a',                            | 1 | 6  | unexpected end of file",
        "`['a\n']`                        | 1 | 2  | unterminated string",
        "['''abc''                        | 1 | 2  | unterminated string",
        "['a\\                            | 1 | 2  | unterminated string",
        "['\\x4']                         | 1 | 3  | truncated \\xhh escape",
        "['ab\\u12']                      | 1 | 5  | truncated \\uXXXX escape",
        "['\\U0000FFFG']                  | 1 | 3  | truncated \\UXXXXXXXX escape",
        "['\\U00110000']                  | 1 | 3  | illegal Unicode character",
        "['\\Nx']                         | 1 | 3  | malformed \\N escape",
        "['\\N{}']                        | 1 | 3  | malformed \\N escape",
        "'a'                              | 1 | 1  | a bare string is not a list",
        "('a')                            | 1 | 1  | a bare string is not a list",
        "`  \n  ['a']`                    | 2 | 3  | unexpected indent",
        "`['a']\n  `                      | 2 | 3  | unexpected indent",
        "['a',,]                          | 1 | 6  | unexpected ','",
        "['a' 'b' x]                      | 1 | 10 | expected ',' or ']'",
        "('a' 'b' x)                      | 1 | 10 | expected ',' or ')'",
        "'a', 'b' x                       | 1 | 10 | expected ',' or the end of the line",
        "['a'] \\                         | 1 | 7  | unexpected character after line continuation character",
        "`['a'] \\\n`                     | 1 | 7  | unexpected end of file after line continuation",
        "['\uD83D\uDE00', x]              | 1 | 7  | names are not allowed",
        "`[\r\n'a',\r\n1]`                | 3 | 1  | numbers are not allowed",
        "`[\r'a',\r1]`                    | 3 | 1  | numbers are not allowed",
        "`['a',\n\u000b'b']`              | 2 | 1  | invalid character U+000B",
        "['a\u0000']                      | 1 | 4  | NUL characters are not allowed",
    })
    void refusesWithPositionAndReason(String text, int line, int column, String reason) {
        assertRefused(text, line, column, reason);
    }

    @Test
    void reportsInvalidUtf8AtTheBadByte() {
        byte[] content = "['a',\n 'b\u00ffc']".getBytes(StandardCharsets.UTF_8);
        content[10] = (byte) 0xFF; // the first byte of the two-byte encoding of \u00ff
        assertRefused(content, 2, 4, "invalid UTF-8");
        byte[] surrogate = {'[', '\'', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\'', ']'};
        assertRefused(surrogate, 1, 3, "invalid UTF-8");
        byte[] overlong = {'[', '\'', (byte) 0xC0, (byte) 0x80, '\'', ']'};
        assertRefused(overlong, 1, 3, "invalid UTF-8");
        byte[] truncated = {'[', '\'', (byte) 0xE2, (byte) 0x82};
        assertRefused(truncated, 1, 3, "invalid UTF-8");
        byte[] afterBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '[', (byte) 0xFF};
        assertRefused(afterBom, 1, 2, "invalid UTF-8");
    }

    @Test
    void refusesASecondByteOrderMark() {
        assertRefused("\ufeff\ufeff['a']", 1, 1, "invalid character U+FEFF");
    }

    @Test
    void parsesTheWholeCorpus() throws IOException {
        Path seeds = CorpusLocation.seeds();
        List<Path> files;
        try (Stream<Path> listing = Files.list(seeds)) {
            files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
        List<String> failures = new ArrayList<>();
        int paragraphs = 0;
        for (Path file : files) {
            try {
                paragraphs += DumpParser.parse(file.getFileName().toString(), Files.readAllBytes(file)).size();
            } catch (DumpSyntaxException e) {
                failures.add(e.getMessage());
            }
        }
        assertThat(files).hasSize(463);
        assertThat(failures).isEmpty();
        assertThat(paragraphs).isGreaterThan(files.size());
    }
}
