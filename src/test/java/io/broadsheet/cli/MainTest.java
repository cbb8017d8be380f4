package io.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.testing.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    private final Console console = new Console();

    private int run(String... args) {
        return console.run(args);
    }

    @Test
    void helpNamesTheBuildCommandAndItsOptions() {
        assertThat(run("--help")).isZero();
        assertThat(console.out()).contains("build");
        console.clear();
        assertThat(run("build", "--help")).isZero();
        assertThat(console.out()).contains("--seeds", "--templates", "--out", "Exit status");
    }

    @Test
    void versionIsTheProjectVersion() {
        assertThat(run("--version")).isZero();
        assertThat(console.out()).matches("broadsheet \\d+\\.\\d+\\.\\d+\\R");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(run("build", "--no-such-option")).isEqualTo(2);
        assertThat(console.err()).contains("--no-such-option");
    }

    @Test
    void aMissingSeedsFolderIsASetupError() {
        assertThat(run("build", "--seeds", dir.resolve("nowhere").toString(),
                "--out", dir.resolve("site").toString())).isEqualTo(2);
        assertThat(console.err()).contains("seeds folder not found");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void aMissingTemplatesFolderGivenByTheUserIsASetupError() throws Exception {
        Files.createDirectories(dir.resolve("seeds"));
        assertThat(run("build", "--seeds", dir.resolve("seeds").toString(),
                "--templates", dir.resolve("nowhere").toString(), "--out", dir.resolve("site").toString()))
                .isEqualTo(2);
        assertThat(console.err()).contains("templates folder not found");
    }

    @Test
    void aFolderBroadsheetDidNotWriteIsLeftAlone() throws Exception {
        Files.createDirectories(dir.resolve("seeds"));
        Path out = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(out.resolve("thesis.tex"), "years of work");
        assertThat(run("build", "--seeds", dir.resolve("seeds").toString(), "--out", console.out())).isEqualTo(2);
        assertThat(console.err()).contains("refusing to replace");
        assertThat(out.resolve("thesis.tex")).hasContent("years of work");
    }

    @Test
    void generateWritesTheSameArchiveForTheSameSeed() throws Exception {
        assertThat(run("generate", "--seed", "7", "--count", "20", dir.resolve("a").toString())).isZero();
        assertThat(run("generate", "--seed", "7", "--count", "20", dir.resolve("b").toString())).isZero();
        assertThat(console.out()).contains("Wrote 20 dumps");
        assertThat(Trees.differences(Trees.read(dir.resolve("a")),
                Trees.read(dir.resolve("b")))).isEmpty();
        try (var files = Files.list(dir.resolve("a"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".txt")).count()).isEqualTo(20);
        }
    }

    @Test
    void generateRefusesAFolderThatIsNotEmpty() throws Exception {
        Files.writeString(Files.createDirectories(dir.resolve("full")).resolve("keep.txt"), "x");
        assertThat(run("generate", dir.resolve("full").toString())).isEqualTo(2);
        assertThat(console.err()).contains("not empty");
        assertThat(dir.resolve("full/keep.txt")).hasContent("x");
    }

    @Test
    void evaluateScoresALabelledCorpus() throws Exception {
        String body1 = "The city council voted on Tuesday to close the old harbour bridge to cars, "
                + "after engineers found cracks in two of its supports during an inspection last month.";
        String body2 = "Residents who cross the bridge every day said they were worried about "
                + "the longer journeys, but most agreed that safety had to come first.";
        String promo = "Subscribe to our newsletter";
        Files.createDirectories(dir.resolve("corpus/seeds"));
        Files.writeString(dir.resolve("corpus/seeds/a.txt"), "['" + promo + "', '" + body1 + "', '" + body2 + "']");
        Files.writeString(dir.resolve("corpus/labels.json"), "{\"a.txt\": {\"url\": \"u\", \"body\": "
                + "[\"harbour bridge\"], \"furniture\": [\"" + promo + "\"]}}");
        assertThat(run("evaluate", dir.resolve("corpus").toString())).as(console.err()).isZero();
        assertThat(console.out()).contains("| Classifier | 1 | 1 | 1.000 | 1 | 1.000 |");
    }

    @Test
    void evaluateRefusesAFolderThatIsNotACorpus() {
        assertThat(run("evaluate", dir.toString())).isEqualTo(2);
        assertThat(console.err()).contains("not a labelled corpus");
    }
}
