package io.broadsheet.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.site.BuildReport;
import io.broadsheet.site.SiteBuilder;
import io.broadsheet.testing.Project;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Broadsheet builds passes its own checker: links work from disk and every page is valid. */
class BuiltSiteTest {
    @TempDir
    Path dir;

    @Test
    void theSiteBuiltFromTheRepositorysSeedsPasses() throws Exception {
        Path site = dir.resolve("site");
        BuildReport build = new SiteBuilder(Project.dir().resolve("seeds"), Project.dir().resolve("templates"), site)
                .build();
        assertThat(build.built()).isPositive();

        CheckReport report = SiteChecker.of(site).check();

        assertThat(report.problems()).isEmpty();
        assertThat(report.pages()).as("every page of the site was checked").isEqualTo(htmlPages(site));
    }

    /**
     * Real dumps give hundreds of pages with every kind of scraped link and stray control characters: every page
     * is valid and all of Broadsheet's own links resolve.
     */
    @Test
    void theSiteBuiltFromTheDevCorpusPasses() throws Exception {
        Optional<Path> corpus = Project.devCorpus();
        Assumptions.assumeTrue(corpus.isPresent(), "the dev corpus is not in ../shared/corpus/dev on this machine");
        Path site = dir.resolve("site");
        BuildReport build = new SiteBuilder(corpus.get().resolve("seeds"), Project.dir().resolve("templates"), site)
                .build();

        long start = System.nanoTime();
        CheckReport report = SiteChecker.of(site).check();
        System.out.printf("Checked the dev corpus site, %d pages, in %.1f s%n", report.pages(),
                (System.nanoTime() - start) / 1e9);

        assertThat(report.problems()).isEmpty();
        assertThat(report.pages()).as("every page of the site was checked").isEqualTo(htmlPages(site));
    }

    private static long htmlPages(Path site) throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).count();
        }
    }
}
