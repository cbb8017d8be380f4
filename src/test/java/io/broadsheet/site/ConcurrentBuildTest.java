package io.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One build of a site at a time: a second one started while the first runs (a build beside a preview server's
 * rebuild) would take the first one's delta folder for a killed build's and remove it.
 */
class ConcurrentBuildTest {
    @TempDir
    Path dir;

    @Test
    void aBuildOfASiteAnotherBuildHoldsIsRefusedAndTouchesNothing() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("one.txt"), "['<b>A headline</b>', 'A first paragraph of the article.']",
                StandardCharsets.UTF_8);
        Path site = dir.resolve("site");
        SiteBuilder builder = new SiteBuilder(seeds, dir.resolve("no-theme"), site);
        builder.build();
        Files.writeString(seeds.resolve("two.txt"), "['<b>Another headline</b>', 'Another paragraph.']",
                StandardCharsets.UTF_8);
        String before = listing(dir);

        try (CacheFolder.Lock held = CacheFolder.of(site).lock()) {
            assertThatThrownBy(builder::build).isInstanceOf(SetupException.class)
                    .hasMessageContaining("another build of").hasMessageContaining("is running");
            assertThat(listing(dir)).as("nothing written, moved or removed").isEqualTo(before);
        }
        assertThat(builder.build().built()).as("the next build, once the first is done").isEqualTo(2);
        assertThat(site.resolve("articles/two/index.html")).exists();
    }

    @Test
    void aRefusedBuildLeavesNoCacheFolderBehind() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Path folder = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(folder.resolve("letter.txt"), "not a site", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new SiteBuilder(seeds, dir.resolve("no-theme"), folder).build())
                .isInstanceOf(SetupException.class);
        assertThat(dir.resolve(".documents.broadsheet-cache")).doesNotExist();
        assertThat(folder.resolve("letter.txt")).hasContent("not a site");
    }

    private static String listing(Path root) throws Exception {
        try (Stream<Path> paths = Files.walk(root)) {
            return String.join("\n", paths.map(p -> root.relativize(p) + " " + p.toFile().length()).sorted().toList());
        }
    }
}
