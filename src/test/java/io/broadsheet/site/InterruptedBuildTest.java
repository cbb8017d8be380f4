package io.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.testing.Project;
import io.broadsheet.testing.Trees;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build killed midway, as by a power cut or kill -9, leaves the previous site whole. */
class InterruptedBuildTest {
    @TempDir
    Path dir;

    private Path seeds;
    private Path site;
    private Path templates;

    /** Builds a site of the seed dump, as the previous build a killed one leaves behind. */
    private Map<String, byte[]> buildFirstSite() throws Exception {
        seeds = Files.createDirectories(dir.resolve("seeds"));
        site = dir.resolve("site");
        templates = Project.dir().resolve("templates");
        Files.copy(Project.seed(), seeds.resolve("first.txt"));
        new SiteBuilder(seeds, templates, site).build();
        return Trees.read(site);
    }

    @Test
    void aKilledBuildLeavesThePreviousSiteIntact() throws Exception {
        Map<String, byte[]> before = buildFirstSite();

        byte[] seed = Files.readAllBytes(Project.seed());
        for (int i = 0; i < 4000; i++) Files.write(seeds.resolve(String.format("copy-%04d.txt", i)), seed);
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.broadsheet.cli.Main", "build",
                "--seeds", seeds.toString(), "--templates", templates.toString(), "--out", site.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("build.log").toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (stagingFolders().isEmpty() && build.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
            Thread.sleep(300);
            assertThat(build.isAlive()).as("the build must still be running when it is killed; log: %s",
                    Files.readString(dir.resolve("build.log"))).isTrue();
        } finally {
            build.destroyForcibly().waitFor();
        }

        assertThat(Trees.differences(before, Trees.read(site))).isEmpty();

        for (int i = 0; i < 4000; i++) Files.delete(seeds.resolve(String.format("copy-%04d.txt", i)));
        new SiteBuilder(seeds, templates, site).build();
        assertThat(stagingFolders()).as("the next build clears what the killed one left").isEmpty();
        assertThat(Trees.differences(before, Trees.read(site))).isEmpty();
    }

    @Test
    void aCleanBuildKilledBeforePublishingIsClearedByTheNextIncrementalBuild() throws Exception {
        buildFirstSite();
        // What `build --clean` stopped with Ctrl-C leaves: its staging folder, marked, with part of a site in it.
        // The previous cache is still valid, so the next build is incremental.
        Path killed = Files.createDirectories(dir.resolve(".site.staging-987/articles/first"));
        Files.writeString(dir.resolve(".site.staging-987").resolve(StagingArea.MARKER), StagingArea.MARKER_TEXT);
        Files.writeString(killed.resolve("article.md"), "half");
        Path foreign = Files.createDirectories(dir.resolve(".site.staging-654"));
        Files.writeString(foreign.resolve("keep.txt"), "not Broadsheet's");

        Files.copy(Project.seed(), seeds.resolve("second.txt"));
        BuildReport report = new SiteBuilder(seeds, templates, site).build();

        assertThat(report.clean()).isFalse();
        assertThat(dir.resolve(".site.staging-987")).doesNotExist();
        assertThat(foreign.resolve("keep.txt")).hasContent("not Broadsheet's");
    }

    private List<Path> stagingFolders() throws Exception {
        try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, ".site.{staging,old,delta}-*")) {
            return java.util.stream.StreamSupport.stream(found.spliterator(), false).toList();
        }
    }
}
