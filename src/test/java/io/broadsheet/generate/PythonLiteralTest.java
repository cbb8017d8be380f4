package io.broadsheet.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.broadsheet.parse.DumpParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Python itself is the judge of whether a dump is Python's {@code str()} of a list of strings: one python3 process
 * reads every file with {@code ast.literal_eval} and checks that {@code str()} of the result gives back the very same
 * text, which holds only if every quote and escape was chosen as CPython chooses it.
 */
class PythonLiteralTest {
    private static final long SEED = 4_242L;
    private static final String CHECKER = String.join("\n",
            "import ast, json, pathlib, sys",
            "for path in sorted(pathlib.Path(sys.argv[1]).rglob('*.txt')):",
            "    text = path.read_text(encoding='utf-8')",
            "    try:",
            "        value = ast.literal_eval(text)",
            "    except Exception as e:",
            "        print('FAIL', path.name, 'literal_eval:', repr(e)); continue",
            "    if not isinstance(value, list) or not all(isinstance(s, str) for s in value):",
            "        print('FAIL', path.name, 'not a list of str'); continue",
            "    if str(value) != text:",
            "        print('FAIL', path.name, 'str() differs:', ascii(str(value))[:300]); continue",
            "    expected = path.with_suffix('.json')",
            "    if expected.exists() and json.loads(expected.read_text(encoding='utf-8')) != value:",
            "        print('FAIL', path.name, 'strings differ from', expected.name); continue",
            "    print('OK', path.name)",
            "");
    /** Characters whose escaping is easy to get wrong; all have had the same Unicode category for many versions. */
    private static final int[] TRICKY = {
            '\'', '"', '\\', '\n', '\r', '\t', 0x00, 0x07, 0x1b, 0x7f, 0x80, 0x9f, 0xa0, 0xad, 0xe9, 0xdf, 0x2028,
            0x2029, 0x200b, 0x202f, 0x3000, 0xfeff, 0x20ac, 0x201c, 0x201d, 0x1f600, 0xe000, 0xf0000, '<', '>', '&',
            ' ', 'a', 'Z', '0'};

    @TempDir
    Path folder;

    @Test
    void pythonReadsEveryGeneratedDumpBackExactly() throws Exception {
        assumeTrue(pythonAvailable(), "python3 is not installed; skipping the literal_eval check");
        Path dumps = Files.createDirectory(folder.resolve("dumps"));
        List<GeneratedDump> generated = ArchiveGenerator.generate(SEED, 300).toList();
        for (GeneratedDump dump : generated) Files.write(dumps.resolve(dump.fileName()), dump.dump());

        List<String> report = runChecker(dumps);

        assertThat(report).filteredOn(line -> !line.startsWith("OK ")).isEmpty();
        assertThat(report).hasSize(generated.size());
    }

    @Test
    void javaParserReadsTheSameStringsAsPython() throws Exception {
        assumeTrue(pythonAvailable(), "python3 is not installed; skipping the parser comparison");
        Path dumps = Files.createDirectory(folder.resolve("dumps"));
        List<GeneratedDump> generated = ArchiveGenerator.generate(SEED + 1, 200).toList();
        for (GeneratedDump dump : generated) Files.write(dumps.resolve(dump.fileName()), dump.dump());
        String toJson = String.join("\n",
                "import ast, json, pathlib, sys",
                "for path in sorted(pathlib.Path(sys.argv[1]).glob('*.txt')):",
                "    print(json.dumps([path.name, ast.literal_eval(path.read_text(encoding='utf-8'))]))",
                "");
        Process python = new ProcessBuilder("python3", "-c", toJson, dumps.toString()).redirectErrorStream(true).start();
        python.getOutputStream().close();
        List<String> lines = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
        ObjectMapper json = new ObjectMapper();

        assertThat(lines).hasSize(generated.size());
        for (String line : lines) {
            List<?> entry = json.readValue(line, List.class);
            String name = (String) entry.get(0);
            assertThat(DumpParser.parse(name, Files.readAllBytes(dumps.resolve(name)))).as(name).isEqualTo(entry.get(1));
        }
    }

    @Test
    void reprOfRandomTrickyStringsMatchesPython() throws Exception {
        assumeTrue(pythonAvailable(), "python3 is not installed; skipping the repr check");
        Path cases = Files.createDirectory(folder.resolve("cases"));
        Random random = new Random(SEED);
        ObjectMapper json = new ObjectMapper();
        for (int c = 0; c < 200; c++) {
            List<String> strings = new ArrayList<>();
            for (int s = random.nextInt(4); s > 0; s--) {
                StringBuilder text = new StringBuilder();
                for (int n = random.nextInt(12); n > 0; n--) text.appendCodePoint(TRICKY[random.nextInt(TRICKY.length)]);
                strings.add(text.toString());
            }
            String name = String.format(java.util.Locale.ROOT, "case%03d", c);
            Files.writeString(cases.resolve(name + ".txt"), PythonRepr.list(strings), StandardCharsets.UTF_8);
            Files.write(cases.resolve(name + ".json"), json.writeValueAsBytes(strings));
        }

        List<String> report = runChecker(cases);

        assertThat(report).as("seed %d", SEED).filteredOn(line -> !line.startsWith("OK ")).isEmpty();
        assertThat(report).hasSize(200);
    }

    private static List<String> runChecker(Path folder) throws IOException, InterruptedException {
        Process python = new ProcessBuilder("python3", "-c", CHECKER, folder.toString())
                .redirectErrorStream(true).start();
        python.getOutputStream().close();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).as(output).isZero();
        return output.lines().toList();
    }

    private static boolean pythonAvailable() {
        try {
            Process probe = new ProcessBuilder("python3", "-c", "pass").redirectErrorStream(true).start();
            return probe.waitFor(20, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
