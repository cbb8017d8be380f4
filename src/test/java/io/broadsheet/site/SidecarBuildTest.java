package io.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.markdown.MarkdownReader;
import io.broadsheet.testing.Project;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
