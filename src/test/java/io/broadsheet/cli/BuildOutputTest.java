package io.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What a build says: one summary line by default, none with --quiet, its stages with --verbose; a bar on a terminal. */
class BuildOutputTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int build(String... options) throws Exception {
        Path seeds = dir.resolve("seeds");
        if (!Files.isDirectory(seeds)) {
            Files.createDirectories(seeds);
            Files.writeString(seeds.resolve("a.txt"), "['<b>A lede.</b>', 'Body of the first article.']");
            Files.writeString(seeds.resolve("b.txt"), "['fine', 'never ends]");
        }
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] args = new String[options.length + 5];
        args[0] = "build";
        args[1] = "--seeds";
        args[2] = seeds.toString();
        args[3] = "--out";
        args[4] = dir.resolve("site").toString();
        System.arraycopy(options, 0, args, 5, options.length);
        return cli.execute(args);
    }

    @Test
    void byDefaultALogGetsTheRefusedDumpsAndOneSummaryLine() throws Exception {
        assertThat(build()).isEqualTo(1);
        assertThat(out.toString().lines()).singleElement().asString().startsWith("Built 1 article into");
        assertThat(err.toString().lines()).singleElement().asString().contains("b.txt:1:10:");
        assertThat(err.toString()).doesNotContain("\r");
    }

    @Test
    void aSecondBuildOfTheSameInputsSaysTheSiteIsUpToDateAndStillReportsRefusedDumps() throws Exception {
        assertThat(build()).isEqualTo(1);
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertThat(build()).as("refused dumps still fail the build").isEqualTo(1);
        assertThat(out.toString().lines()).singleElement().asString().contains("is up to date: 1 article")
                .contains("nothing written");
        assertThat(err.toString().lines()).singleElement().asString().contains("b.txt:1:10:");

        Files.writeString(dir.resolve("seeds/c.txt"), "['A second article.', 'With a body.']");
        out.getBuffer().setLength(0);
        assertThat(build()).isEqualTo(1);
        assertThat(out.toString()).startsWith("Built 2 articles")
                .contains("Updated in place: 1 dump converted, ").containsPattern("\\d+ files? written, 0 deleted");

        out.getBuffer().setLength(0);
        assertThat(build("--clean")).isEqualTo(1);
        assertThat(out.toString().lines()).singleElement().asString().startsWith("Built 2 articles");
    }

    @Test
    void quietLeavesOnlyTheRefusedDumps() throws Exception {
        assertThat(build("--quiet")).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).singleElement().asString().contains("b.txt:1:10:");
        assertThat(Files.exists(dir.resolve("site/articles/a/index.html"))).isTrue();
    }

    @Test
    void verboseNamesEveryStageWithItsSize() throws Exception {
        assertThat(build("--verbose")).isEqualTo(1);
        assertThat(err.toString()).containsPattern("(?m)^reading +2 in \\d+\\.\\d\\d s$")
                .containsPattern("(?m)^converting +1 in ").containsPattern("(?m)^rendering +1 in ")
                .containsPattern("(?m)^listing +\\d+ in ");
        assertThat(out.toString()).startsWith("Built 1 article");
    }

    @Test
    void quietAndVerboseTogetherIsAUsageError() throws Exception {
        assertThat(build("--quiet", "--verbose")).isEqualTo(2);
        assertThat(err.toString()).contains("--quiet and --verbose");
        assertThat(Files.exists(dir.resolve("site"))).isFalse();
    }

    @Test
    void theBarIsRedrawnInPlaceAtMostTenTimesASecondAndClearedAtTheEnd() {
        StringWriter screen = new StringWriter();
        AtomicLong now = new AtomicLong();
        BuildProgress bar = new BuildProgress(new PrintWriter(screen), true, false, now::get);
        bar.stage("rendering", 4);
        bar.advance();
        now.addAndGet(10_000_000L);
        bar.advance();
        String early = screen.toString();
        now.addAndGet(200_000_000L);
        bar.advance();
        bar.advance();
        String last = screen.toString();
        bar.finish();

        assertThat(early).as("drawn on the stage's start, not again 10 ms later").endsWith("] 0/4");
        assertThat(last).endsWith("rendering  [" + "#".repeat(30) + "] 4/4");
        assertThat(last.substring(early.length())).contains("] 3/4");
        String cleared = screen.toString().substring(last.length());
        assertThat(cleared).matches("\r +\r");
        assertThat(screen.toString()).doesNotContain("\n");
    }
}
