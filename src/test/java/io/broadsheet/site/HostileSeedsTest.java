package io.broadsheet.site;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.cli.Main;
import io.broadsheet.testing.Hostile;
import io.broadsheet.testing.Project;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A folder of hostile and broken dumps, built through the command line as a user would. */
class HostileSeedsTest {
    /** Dumps that must be refused, with the line and column of the offending character. */
    private static final Map<String, String> BROKEN = Map.ofEntries(
            Map.entry("unterminated.txt", "['fine', 'never ends]"),
            Map.entry("number.txt", "['a',\n 42]"),
            Map.entry("none.txt", "['a', None]"),
            Map.entry("nested.txt", "['a', ['b']]"),
            Map.entry("dict.txt", "{'a': 'b'}"),
            Map.entry("after.txt", "['a'] + ['b']"),
            Map.entry("bytes.txt", "[b'a']"),
            Map.entry("fstring.txt", "['a', f'{x}']"),
            Map.entry("escape.txt", "['\\x4g']"),
            Map.entry("truncated.txt", "['a', 'b'"),
            Map.entry("empty.txt", ""));

    /** Where each broken dump goes wrong: line and column. */
    private static final Map<String, String> POSITION = Map.ofEntries(
            Map.entry("unterminated.txt", ":1:10:"),
            Map.entry("number.txt", ":2:2:"),
            Map.entry("none.txt", ":1:7:"),
            Map.entry("nested.txt", ":1:7:"),
            Map.entry("dict.txt", ":1:1:"),
            Map.entry("after.txt", ":1:7:"),
            Map.entry("bytes.txt", ":1:2:"),
            Map.entry("fstring.txt", ":1:7:"),
            Map.entry("escape.txt", ":1:3:"),
            Map.entry("truncated.txt", ":1:10:"),
            Map.entry("empty.txt", ":1:1:"));

    private static final List<String> INJECTIONS = List.of(
            "<script>alert(1)</script>Script tag.",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>Upper-case script.",
            "<img src=x onerror=alert(1)>Image with handler.",
            "<b onclick=\"alert(1)\">Bold with handler.</b>",
            "<a href=\"javascript:alert(1)\">js link</a>",
            "<a href=\"  JaVaScRiPt:alert(1)\">spaced js link</a>",
            "<a href=\"&#106;avascript:alert(1)\">entity js link</a>",
            "<a href=\"vbscript:msgbox(1)\">vb link</a>",
            "<a href=\"DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data link</a>",
            "<iframe src=\"https://evil.example/\"></iframe>Frame.",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">Object.",
            "<form action=\"https://evil.example/\"><input name=a><button formaction=\"javascript:x\">go</button></form>",
            "<style>body{display:none}</style>Style.",
            "<svg onload=alert(1)><script>alert(2)</script></svg>SVG.",
            "&lt;script&gt;alert('text that looks like a tag')&lt;/script&gt;",
            "[click](javascript:alert(1)) and <http://x.example> and <b>*not emphasis*</b>",
            "<a href=\"https://ok.example/\" onmouseover=\"alert(1)\">good link</a>");

    @TempDir
    static Path dir;

    static Path seeds;
    static Path site;
    static int exitCode;
    static String stderr;

    @BeforeAll
    static void build() throws Exception {
        seeds = Files.createDirectories(dir.resolve("seeds"));
        site = dir.resolve("site");
        Files.copy(Project.seed(), seeds.resolve("000_1064a9bc0d479205.txt"));
        BROKEN.forEach((name, text) -> write(name, text.getBytes(UTF_8)));
        write("invalid-utf8.txt", new byte[] {'[', '\'', 'a', (byte) 0xff, '\'', ']'});
        write("empty-list.txt", "[]".getBytes(UTF_8));
        write("injection.txt", pythonList(INJECTIONS).getBytes(UTF_8));
        write("with space.txt", "['<b>A lede in a file with a space.</b>', 'Its body.']".getBytes(UTF_8));
        write("quote'\"<x>&.txt", "['A lede in a file named with quotes.', 'Its body.']".getBytes(UTF_8));
        write("Ünïcødé 新聞.txt", "['Ein Vorspann mit Umlauten: ä ö ü ß.', 'Körper.']".getBytes(UTF_8));

        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        exitCode = cli.execute("build", "--seeds", seeds.toString(), "--out", site.toString(),
                "--templates", Project.dir().resolve("templates").toString());
        stderr = err.toString();
    }

    @Test
    void exitsWithOneBecauseSomeDumpsWereRefused() {
        assertThat(exitCode).as(stderr).isEqualTo(1);
    }

    @Test
    void eachBrokenDumpIsReportedWithItsPosition() {
        POSITION.forEach((name, position) ->
                assertThat(stderr).as(stderr).contains(seeds.resolve(name) + position));
        assertThat(stderr).contains(seeds.resolve("invalid-utf8.txt") + ":1:4:");
    }

    @Test
    void anEmptyListIsAWarningAndMakesNoArticle() {
        assertThat(stderr).contains(seeds.resolve("empty-list.txt") + ": empty list");
        assertThat(site.resolve("articles/empty-list")).doesNotExist();
    }

    @Test
    void everyGoodDumpIsBuilt() {
        for (String id : List.of("000_1064a9bc0d479205", "injection", "with-space", "quote---x--", "-n-c-d----")) {
            assertThat(site.resolve("articles/" + id + "/index.html")).as(id).exists();
            assertThat(site.resolve("articles/" + id + "/article.md")).as(id).exists();
            assertThat(site.resolve("articles/" + id + "/source.txt")).as(id).exists();
        }
        for (String name : BROKEN.keySet()) {
            assertThat(site.resolve("articles/" + name.replace(".txt", ""))).doesNotExist();
        }
    }

    @Test
    void sourcesArePublishedByteForByte() throws Exception {
        assertThat(Files.readAllBytes(site.resolve("articles/injection/source.txt")))
                .isEqualTo(Files.readAllBytes(seeds.resolve("injection.txt")));
    }

    @Test
    void noOutputFileHoldsExecutableContent() throws Exception {
        Hostile.assertNothingExecutable(site);
    }

    @Test
    void theTextOfInjectionsIsKeptAsText() throws Exception {
        Document page = Jsoup.parse(site.resolve("articles/injection/index.html").toFile(), "UTF-8");
        assertThat(page.text()).contains("alert('text that looks like a tag')", "Bold with handler.",
                "js link", "good link", "[click](javascript:alert(1))");
        assertThat(page.select("a[href=https://ok.example/]")).hasSize(1);
    }

    @Test
    void oddFileNamesAreEscapedOnThePages() throws Exception {
        String page = Files.readString(site.resolve("articles/quote---x--/index.html"), UTF_8);
        assertThat(page).doesNotContain("<x>");
        assertThat(Jsoup.parse(page).text()).contains("quote'\"<x>&.txt");
    }

    private static void write(String name, byte[] bytes) {
        try {
            Files.write(seeds.resolve(name), bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The list as Python's str() writes it, for strings without quotes of both kinds or backslashes. */
    private static String pythonList(List<String> strings) {
        StringBuilder out = new StringBuilder("[");
        for (String s : strings) {
            if (out.length() > 1) out.append(", ");
            char quote = s.contains("'") ? '"' : '\'';
            out.append(quote).append(s).append(quote);
        }
        return out.append(']').toString();
    }
}
