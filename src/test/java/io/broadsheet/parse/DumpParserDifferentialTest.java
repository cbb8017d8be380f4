package io.broadsheet.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares the parser with CPython's own {@code ast.literal_eval} on thousands of generated literals, legal and
 * broken, and on the real corpus. Python decodes the same bytes with {@code utf-8-sig} and no newline translation.
 * Only acceptance and the values are compared; Python's error messages are not ours.
 */
class DumpParserDifferentialTest {
    private static final long SEED = 20_261_127L;
    private static final int CASES = 6_000;

    /** One python3 process for all cases: each input line is base64 bytes, the output is one JSON array. */
    private static final String SCRIPT = String.join("\n",
            "import ast, base64, json, sys, warnings",
            "warnings.simplefilter('ignore')",
            "results = []",
            "with open(sys.argv[1], encoding='ascii') as lines:",
            "    for line in lines:",
            "        try:",
            "            value = ast.literal_eval(base64.b64decode(line).decode('utf-8-sig'))",
            "            ok = type(value) in (list, tuple) and all(type(s) is str for s in value)",
            "            results.append(list(value) if ok else None)",
            "        except Exception:",
            "            results.append(None)",
            "with open(sys.argv[2], 'w', encoding='ascii') as out:",
            "    json.dump(results, out, ensure_ascii=True)",
            "");

    @TempDir
    Path temp;

    @Test
    void agreesWithPythonOnGeneratedLiterals() throws Exception {
        Random random = new Random(SEED);
        LiteralWriter writer = new LiteralWriter(random);
        List<byte[]> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) cases.add(writer.randomCase(RandomText.strings(random, 4, 12)));
        int accepted = compareWithPython(cases, "seed " + SEED);
        // The generator must exercise both sides, or agreement would prove little.
        assertThat(accepted).as("cases python accepted").isBetween(CASES / 5, CASES * 4 / 5);
    }

    @Test
    void agreesWithPythonOnTheCorpus() throws Exception {
        Path seeds = CorpusLocation.seeds();
        List<byte[]> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.sorted().collect(Collectors.toList())) cases.add(Files.readAllBytes(file));
        }
        int accepted = compareWithPython(cases, "corpus");
        assertThat(accepted).isEqualTo(cases.size());
    }

    /** Corner cases of CPython's tokenizer and escapes, each picked by hand. */
    private static final String[] TRICKY = {
        "[]",
        "()",
        "[ ]",
        "(\n)",
        "((()))",
        "[,]",
        "(,)",
        ",",
        "'a',,",
        "'a' 'b',",
        "('a' ,)",
        "[\\\n]",
        "[#]\n]",
        "['a']#",
        "['a']\\",
        "['a'];",
        "\t['a']",
        "\f['a']",
        "\n\f ['a']",
        "\n \f['a']",
        "\u000b['a']",
        "['a']\f",
        "['\\\n']",
        "[r'\\\r\n']",
        "['\\N{SPACE}']",
        "['\\N{space}']",
        "['\\N{Space}']",
        "['\\N{LATIN SMALL LETTER A }']",
        "['\\N{LATIN  SMALL LETTER A}']",
        "['\\N{LATIN SMALL LETTER \u017f}']",
        "['\\N{LATIN SMALL LETTER A\nB}']",
        "['\\U0010FFFF']",
        "['\\U0000d800']",
        "['\\u00']",
        "['\\x']",
        "['\\xg0']",
        "['\\N{BOM']",
        "['\\N{BOM}'",
        "['a' u'b' U'c' r'd' R'e']",
        "[rU'a']",
        "[Ru'a']",
        "['a' 'b' f'c']",
        "['a'b'c']",
        "[\"a\"'b']",
        "['''a''''']",
        "['''a'''']",
        "['''''']",
        "[''''']",
        "['\\'''']",
        "['', \"\", '''''', \"\"\"\"\"\"]",
        "['a'\n]",
        "[\n'a'\n,\n'b'\n]",
        "'a'\n",
        "\n'a',",
        "'a',\\\n",
        "'a',\\\n\n",
        "('a',\n'b')",
        "['a']\n\n\n",
        "['a']\r",
        "['a']\r\r\n\r",
        "#!python\n['a']",
        "# -*- coding: latin-1 -*-\n['\u00e9']",
        "['a'] # coding: ascii",
        "['\\8\\9']",
        "['\\400']",
        "['\\1234']",
        "['\u00e9' '\\N{EM DASH}']",
        "[r'\\N{EM DASH}']",
        "[\\\n'a']",
        "[('a'),]",
        "(('a'))",
        "(('a'),)",
        "(['a'],)",
        "([],)",
        "(['a'])\n",
        "[ ( ) ]",
        "[\u00e9'a']",
        "['a',\u00a0'b']",
        "['a',\u2028'b']",
        "['a']\u00a0",
        "['a'\\\r'b']",
        "['a'] \\\r\n",
        "['a\u0000']",
        "['a'] # \u0000",
        "['\\N{NUL}\\N{NULL}\\N{ZWNBSP}\\N{BYTE ORDER MARK}']",
        "['\\N{HANGUL SYLLABLE GAGG}']",
        "['\\N{HANGUL SYLLABLE }']",
        "['\\N{CJK UNIFIED IDEOGRAPH-9FFF}']",
        "['\\N{CJK UNIFIED IDEOGRAPH-9FFFF}']",
        "['\\N{CJK UNIFIED IDEOGRAPH-3134A}']",
        "['\\N{CJK UNIFIED IDEOGRAPH-3134B}']",
        "['\\N{LINE FEED}\\N{NEW LINE}\\N{END OF LINE}']",
        "['\\N{TOOTH}\\N{MELTING FACE}']",
        "['a'] \\\n  ",
        "\\\n  ['a']",
        "\n  \\\n['a']",
        "\\\n\n['a']",
        "['a']\n \\\n \\\n\n",
        "['a']\n\\\n  ",
        "  ['a']\n \t",
        "['a'] ['b']",
        "['a'](",
        "['a'][0]",
        "['a'] + ['b']",
        "[*'ab']",
        "['a' if 1 else 'b']",
        "[...]",
        "['a'] or 1",
        "not ['a']",
        "lambda: ['a']",
        "['a'  # c\r\n]",
        "['a']  \t  ",
    };

    @Test
    void agreesWithPythonOnTrickyCases() throws Exception {
        List<byte[]> cases = new ArrayList<>();
        for (String text : TRICKY) cases.add(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        compareWithPython(cases, "tricky");
    }

    /** Returns how many cases Python accepted, after asserting that Java agrees on every case. */
    private int compareWithPython(List<byte[]> cases, String label) throws Exception {
        assumeTrue(pythonAvailable(), "python3 is not on PATH: differential test skipped");
        Path input = temp.resolve("cases.jsonl");
        Path output = temp.resolve("results.json");
        Base64.Encoder base64 = Base64.getEncoder();
        Files.write(input, cases.stream().map(base64::encodeToString).collect(Collectors.toList()));
        Process python = new ProcessBuilder("python3", "-c", SCRIPT, input.toString(), output.toString())
                .redirectErrorStream(true).start();
        String log = new String(python.getInputStream().readAllBytes());
        assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).as("python3 failed: %s", log).isZero();
        List<List<String>> expected = new ObjectMapper().readValue(output.toFile(), new TypeReference<>() {});
        assertThat(expected).hasSameSizeAs(cases);

        List<String> disagreements = new ArrayList<>();
        int accepted = 0;
        for (int i = 0; i < cases.size(); i++) {
            List<String> python3 = expected.get(i);
            if (python3 != null) accepted++;
            List<String> java;
            String why;
            try {
                java = DumpParser.parse("case" + i, cases.get(i));
                why = "";
            } catch (DumpSyntaxException e) {
                java = null;
                why = e.getMessage();
            }
            if (!Objects.equals(java, python3)) {
                disagreements.add(label + ", case " + i + ": input " + show(cases.get(i)) + "\n  python: " + python3
                        + "\n  java:   " + (java == null ? why : java));
            }
        }
        assertThat(disagreements).as("%d disagreements with python, the first: %s", disagreements.size(),
                disagreements.stream().limit(5).collect(Collectors.joining("\n"))).isEmpty();
        return accepted;
    }

    private static String show(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v >= 0x20 && v < 0x7F && v != '\\') out.append((char) v);
            else out.append(String.format("\\x%02x", v));
        }
        return out.toString();
    }

    private static boolean pythonAvailable() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "pass").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
