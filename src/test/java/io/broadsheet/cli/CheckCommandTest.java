package io.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code broadsheet check}: prints each problem with its page and a summary; the exit status says how it went. */
class CheckCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>T</title></head><body>"
                + body + "</body></html>\n";
    }

    @Test
    void aGoodSiteExitsZeroWithASummary() throws Exception {
        Files.writeString(dir.resolve("index.html"), page("<p><a href=\"about.html\">About</a></p>"));
        Files.writeString(dir.resolve("about.html"), page("<p><a href=\"index.html\">Home</a></p>"));
        assertThat(run("check", dir.toString())).isZero();
        assertThat(out.toString()).isEqualTo("Checked 2 pages: 0 problems" + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void problemsArePrintedWithTheirPageAndExitOne() throws Exception {
        Files.writeString(dir.resolve("index.html"), page("<p><a href=\"gone.html\">Gone</a></p>"));
        assertThat(run("check", "--no-html-validation", dir.toString())).isEqualTo(1);
        assertThat(out.toString().lines()).containsExactly(
                "index.html: line 1: broken link \"gone.html\": no file gone.html",
                "Checked 1 page: 1 problem");
    }

    @Test
    void aMissingFolderIsAUsageError() {
        assertThat(run("check", dir.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("site folder not found");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aBadBaseUrlIsAUsageError() throws Exception {
        Files.writeString(dir.resolve("index.html"), page("<p>Home</p>"));
        assertThat(run("check", "--base-url", "example.org", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("http://");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(run("check", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("--no-such-option");
    }

    @Test
    void helpListsTheOptionsAndExitStatuses() {
        assertThat(run("check", "--help")).isZero();
        assertThat(out.toString()).contains("--base-url", "--no-html-validation", "Exit status");
    }
}
