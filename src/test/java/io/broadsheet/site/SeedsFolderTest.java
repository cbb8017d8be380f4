package io.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What in the seeds folder is a dump: regular {@code .txt} files, whatever else the folder holds. */
class SeedsFolderTest {
    @TempDir
    Path dir;

    @Test
    void foldersLinksToNothingAndOtherFilesAreNotDumps() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("good.txt"), "['<b>A headline</b>', 'A first paragraph of the article.']",
                StandardCharsets.UTF_8);
        Files.createDirectories(seeds.resolve("folder.txt"));
        Files.createDirectories(seeds.resolve("folder.json"));
        Files.createSymbolicLink(seeds.resolve("gone.txt"), seeds.resolve("nowhere.txt"));
        Files.createSymbolicLink(seeds.resolve("linked.txt"), seeds.resolve("good.txt"));
        Files.writeString(seeds.resolve("notes.md"), "not a dump", StandardCharsets.UTF_8);

        BuildReport report = new SiteBuilder(seeds, dir.resolve("no-theme"), dir.resolve("site")).build();

        // A link to a dump is a dump; the rest is left alone without a complaint.
        assertThat(report.refused()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.built()).isEqualTo(2);
        assertThat(dir.resolve("site/articles/good/index.html")).exists();
        assertThat(dir.resolve("site/articles/linked/index.html")).exists();
        assertThat(dir.resolve("site/articles/folder")).doesNotExist();
    }

    @Test
    void twoNamesWithOneIdAreNamedBothInTheRefusalOfTheSecond() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        String dump = "['<b>A headline</b>', 'A first paragraph of the article.']";
        Files.writeString(seeds.resolve("Story one.txt"), dump, StandardCharsets.UTF_8);
        Files.writeString(seeds.resolve("story-one.txt"), dump, StandardCharsets.UTF_8);
        Files.writeString(seeds.resolve(".txt"), dump, StandardCharsets.UTF_8);

        BuildReport report = new SiteBuilder(seeds, dir.resolve("no-theme"), dir.resolve("site")).build();

        assertThat(report.built()).isEqualTo(1);
        assertThat(report.refused()).extracting(Problem::file, Problem::message).containsExactly(
                tuple(seeds.resolve(".txt").toString(),
                        "file name leaves an empty id: .txt"),
                tuple(seeds.resolve("story-one.txt").toString(),
                        "has the same article id 'story-one' as " + seeds.resolve("Story one.txt")
                                + "; rename one of them"));
    }

    @Test
    void aFolderWithoutDumpsBuildsAnEmptySiteAndSaysSo() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("labels.json"), "{}", StandardCharsets.UTF_8);

        BuildReport report = new SiteBuilder(seeds, dir.resolve("no-theme"), dir.resolve("site")).build();

        assertThat(report.built()).isZero();
        assertThat(report.refused()).isEmpty();
        assertThat(report.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).endsWith("seeds");
            assertThat(w.message()).isEqualTo("no dumps (*.txt) in this folder");
        });
        assertThat(dir.resolve("site/index.html")).exists();
    }
}
