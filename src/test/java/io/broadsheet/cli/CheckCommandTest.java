package io.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code broadsheet check}: prints each problem with its page and a summary; the exit status says how it went. */
class CheckCommandTest {
    @TempDir
    Path dir;

    private final Console console = new Console();

    private int run(String... args) {
        return console.run(args);
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
        assertThat(console.out()).isEqualTo("Checked 2 pages: 0 problems" + System.lineSeparator());
        assertThat(console.err()).isEmpty();
    }

    @Test
    void problemsArePrintedWithTheirPageAndExitOne() throws Exception {
        Files.writeString(dir.resolve("index.html"), page("<p><a href=\"gone.html\">Gone</a></p>"));
        assertThat(run("check", "--no-html-validation", dir.toString())).isEqualTo(1);
        assertThat(console.out().lines()).containsExactly(
                "index.html: line 1: broken link \"gone.html\": no file gone.html",
                "Checked 1 page: 1 problem");
    }

    @Test
    void aMissingFolderIsAUsageError() {
        assertThat(run("check", dir.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(console.err()).contains("site folder not found");
        assertThat(console.out()).isEmpty();
    }

    @Test
    void aBadBaseUrlIsAUsageError() throws Exception {
        Files.writeString(dir.resolve("index.html"), page("<p>Home</p>"));
        assertThat(run("check", "--base-url", "example.org", dir.toString())).isEqualTo(2);
        assertThat(console.err()).contains("http://");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(run("check", "--no-such-option")).isEqualTo(2);
        assertThat(console.err()).contains("--no-such-option");
    }

    @Test
    void helpListsTheOptionsAndExitStatuses() {
        assertThat(run("check", "--help")).isZero();
        assertThat(console.out()).contains("--base-url", "--no-html-validation", "Exit status");
    }
}
