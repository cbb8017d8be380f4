package io.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.generate.ArchiveWriter;
import io.broadsheet.render.SiteSettings;
import io.broadsheet.testing.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * However many threads share a build, the site and the report are those of a build on one thread: the threads
 * change only how fast it is made.
 */
class ParallelBuildTest {
    private static final int ARTICLES = 300;

    @TempDir
    Path dir;

    @Test
    void aBuildOnSeveralThreadsEqualsOneOnASingleThread() throws Exception {
        Path seeds = dir.resolve("seeds");
        ArchiveWriter.write(seeds, 7L, ARTICLES);
        // Refusals and warnings among the good dumps, so that their order in the report is tested too.
        Files.writeString(seeds.resolve("000100_broken.txt"), "['fine', 'never ends]");
        Files.writeString(seeds.resolve("000200_empty.txt"), "[]");
        Files.writeString(seeds.resolve("Same Id!.txt"), "['<b>One lede.</b>', 'A body long enough to read.']");
        Files.writeString(seeds.resolve("same-id-.txt"), "['<b>Other lede.</b>', 'Another body to read.']");
        SiteSettings settings = new SiteSettings("Parallel", "Built on many threads.",
                Optional.of("https://example.org/"), "en", 9, 15, 5, Optional.empty(), "Footer", Optional.empty());
        Path noTheme = dir.resolve("no-templates");

        BuildReport single = new SiteBuilder(seeds, noTheme, dir.resolve("one"), settings).withThreads(1).build();
        BuildReport parallel = new SiteBuilder(seeds, noTheme, dir.resolve("many"), settings).withThreads(4).build();

        assertThat(single.built()).isGreaterThan(ARTICLES / 2);
        assertThat(single.refused()).hasSize(2);
        assertThat(single.warnings()).hasSize(1);
        assertThat(parallel).isEqualTo(single);
        Map<String, byte[]> one = Trees.read(dir.resolve("one"));
        Map<String, byte[]> many = Trees.read(dir.resolve("many"));
        assertThat(one.keySet()).filteredOn(p -> p.endsWith("/index.html") && p.startsWith("articles/"))
                .hasSize(single.built());
        assertThat(Trees.differences(one, many)).isEmpty();
    }

    @Test
    void progressCountsEveryItemOfEveryStage() throws Exception {
        Path seeds = dir.resolve("seeds");
        ArchiveWriter.write(seeds, 11L, 40);
        List<String> stages = new ArrayList<>();
        List<Integer> totals = new ArrayList<>();
        List<Integer> counted = new ArrayList<>();
        AtomicInteger current = new AtomicInteger();
        Progress progress = new Progress() {
            @Override
            public synchronized void stage(String name, int total) {
                if (!stages.isEmpty()) counted.add(current.getAndSet(0));
                stages.add(name);
                totals.add(total);
            }

            @Override
            public void advance() {
                current.incrementAndGet();
            }
        };

        BuildReport report = new SiteBuilder(seeds, dir.resolve("no-templates"), dir.resolve("site"))
                .withThreads(3).build(progress);
        counted.add(current.get());

        // A clean build merges every search entry (indexing), then makes the index from them (reindexing).
        assertThat(stages).containsExactly("reading", "converting", "rendering", "indexing", "reindexing", "listing");
        assertThat(totals.get(0)).isEqualTo(seeds.toFile().list((d, name) -> name.endsWith(".txt")).length);
        assertThat(totals.get(2)).isEqualTo(report.built());
        assertThat(counted).isEqualTo(totals);
    }
}
