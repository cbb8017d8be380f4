package io.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.site.SettingsReader;
import io.broadsheet.testing.Project;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildSettingsTest {
    @TempDir
    Path dir;

    private final Console console = new Console();

    private int run(String... args) {
        return console.run(args);
    }

    private Path seeds() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(Project.seed(), seeds.resolve(Project.seed().getFileName()));
        return seeds;
    }

    @Test
    void aBadSettingsFileStopsTheBuildNamingFileLineAndKey() throws Exception {
        Path config = dir.resolve("site.yml");
        Files.writeString(config, "title: Mine\nper_page: ten\n", StandardCharsets.UTF_8);

        assertThat(run("build", "--seeds", seeds().toString(), "--out", dir.resolve("site").toString(),
                "--config", config.toString())).isEqualTo(2);
        assertThat(console.err()).contains(config + ":2:11: per_page:");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void aNamedSettingsFileMustExist() throws Exception {
        assertThat(run("build", "--seeds", seeds().toString(), "--out", dir.resolve("site").toString(),
                "--config", dir.resolve("missing.yml").toString())).isEqualTo(2);
        assertThat(console.err()).contains("missing.yml: settings file not found");
    }

    @Test
    void optionsWinOverTheSettingsFile() throws Exception {
        Path config = dir.resolve("site.yml");
        Files.writeString(config, "title: From the file\nfooter: Kept from the file\n", StandardCharsets.UTF_8);

        assertThat(run("build", "--seeds", seeds().toString(), "--out", dir.resolve("site").toString(),
                "--config", config.toString(), "--title", "From the option", "--base-url",
                "https://example.org/a")).isZero();
        var home = Jsoup.parse(dir.resolve("site/index.html").toFile(), "UTF-8");
        assertThat(home.selectFirst(".site-name").text()).isEqualTo("From the option");
        assertThat(home.selectFirst(".site-footer").text()).isEqualTo("Kept from the file");
        assertThat(Files.readString(dir.resolve("site/robots.txt"))).contains("https://example.org/a/sitemap.xml");
    }

    @Test
    void everySettingHasAnOptionAndIsDocumented() throws Exception {
        assertThat(run("build", "--help")).isZero();
        String readme = Files.readString(Project.dir().resolve("README.md"), StandardCharsets.UTF_8);
        for (String key : SettingsReader.keys()) {
            String option = "--" + key.replace('_', '-');
            assertThat(console.out()).as(key).contains(option);
            assertThat(readme).as(key).contains(key + ":").contains(option);
        }
    }
}
