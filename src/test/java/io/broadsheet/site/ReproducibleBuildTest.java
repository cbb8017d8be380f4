package io.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.testing.Project;
import io.broadsheet.testing.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same inputs, same bytes; and the committed site/ is what the README's build command makes of seeds/. */
class ReproducibleBuildTest {
    static final String REGENERATE = "mvn -q package -DskipTests && java -jar target/broadsheet.jar build";

    @TempDir
    Path dir;

    @Test
    void twoBuildsOfTheSameSeedsAreIdentical() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(Project.seed(), seeds.resolve("a.txt"));
        Files.writeString(seeds.resolve("b.txt"), "['<b>Second lede.</b>', 'Body one.', '© 2021 Example News']");
        Files.writeString(seeds.resolve("c.txt"), "[]");
        Path templates = Project.dir().resolve("templates");

        new SiteBuilder(seeds, templates, dir.resolve("one")).build();
        new SiteBuilder(seeds, templates, dir.resolve("two")).build();
        Map<String, byte[]> one = Trees.read(dir.resolve("one"));
        Map<String, byte[]> two = Trees.read(dir.resolve("two"));

        assertThat(one).containsKey("articles/b/index.html");
        assertThat(Trees.differences(one, two)).isEmpty();
    }

    @Test
    void theCommittedSiteIsUpToDate() throws Exception {
        Path fresh = dir.resolve("site");
        BuildReport report = new SiteBuilder(Project.dir().resolve("seeds"), Project.dir().resolve("templates"), fresh)
                .build();
        assertThat(report.complete()).isTrue();
        assertThat(Trees.differences(Trees.read(fresh), Trees.read(Project.dir().resolve("site"))))
                .as("site/ is out of date with seeds/ and templates/; regenerate it with: " + REGENERATE)
                .isEmpty();
    }
}
