package io.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.markdown.MarkdownReader;
import io.broadsheet.testing.Project;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarBuildTest {
    @TempDir
    Path dir;

    @Test
    void aSidecarsValuesReachTheArticleAndABadSidecarRefusesOnlyItsDump() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        byte[] dump = Files.readAllBytes(Project.seed());
        Files.write(seeds.resolve("good.txt"), dump);
        Files.writeString(seeds.resolve("good.json"), "{\"title\": \"Given title\", \"publisher\": \"Given Times\","
                + " \"published\": \"2019-05-06\", \"tags\": [\"Mr Given Name\"]}", StandardCharsets.UTF_8);
        Files.write(seeds.resolve("bad.txt"), dump);
        Files.writeString(seeds.resolve("bad.json"), "{\"colour\": \"red\"}", StandardCharsets.UTF_8);

        BuildReport report = new SiteBuilder(seeds, dir.resolve("no-templates"), dir.resolve("site")).build();

        assertThat(report.built()).isEqualTo(1);
        assertThat(report.refused()).singleElement().asString().contains("bad.json").contains("colour");
        var article = MarkdownReader.read(Files.readString(dir.resolve("site/articles/good/article.md")));
        assertThat(article.metadata().title()).isEqualTo("Given title");
        assertThat(article.metadata().tags()).containsExactly("Mr Given Name");
        assertThat(dir.resolve("site/years/2019/index.html")).exists();
        assertThat(dir.resolve("site/topics/given-name/index.html")).exists();
        assertThat(dir.resolve("site/publishers/given-times/index.html")).exists();
    }

    /**
     * A rebuild trusts an old sidecar whose size, time and file key are unchanged without reading it to find out
     * whether anything changed; when something did, the trusted sidecar is read after all, so its values and its
     * refusal stand, and an edited one is read again.
     */
    @Test
    void aRebuildWithWorkToDoStillReadsSidecarsItTrustedByTheirStat() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        byte[] dump = Files.readAllBytes(Project.seed());
        Files.write(seeds.resolve("good.txt"), dump);
        Files.writeString(seeds.resolve("good.json"), "{\"title\": \"Given title\"}", StandardCharsets.UTF_8);
        Files.write(seeds.resolve("bad.txt"), dump);
        Files.writeString(seeds.resolve("bad.json"), "{\"colour\": \"red\"}", StandardCharsets.UTF_8);
        backdate(seeds, 1);
        Path site = dir.resolve("site");
        new SiteBuilder(seeds, dir.resolve("no-templates"), site).build();

        Files.write(seeds.resolve("other.txt"), dump);
        backdate(seeds, 2);
        BuildReport report = new SiteBuilder(seeds, dir.resolve("no-templates"), site).build();

        assertThat(report.built()).isEqualTo(2);
        assertThat(report.refused()).singleElement().asString().contains("bad.json").contains("colour");
        assertThat(MarkdownReader.read(Files.readString(site.resolve("articles/good/article.md"))).metadata().title())
                .isEqualTo("Given title");

        Files.writeString(seeds.resolve("good.json"), "{\"title\": \"Other title\"}", StandardCharsets.UTF_8);
        backdate(seeds, 3);
        new SiteBuilder(seeds, dir.resolve("no-templates"), site).build();

        assertThat(MarkdownReader.read(Files.readString(site.resolve("articles/good/article.md"))).metadata().title())
                .isEqualTo("Other title");
    }

    /** Gives every file written since the last call a time of its own long ago, old enough for builds to trust. */
    private static void backdate(Path seeds, int step) throws Exception {
        FileTime old = FileTime.fromMillis(946_684_800_000L + 1_000L * step); // 2000-01-01
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.toList()) {
                if (Files.getLastModifiedTime(file).toMillis() > 946_684_800_000L + 86_400_000L) {
                    Files.setLastModifiedTime(file, old);
                }
            }
        }
    }
}
