package io.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeTest {
    @TempDir
    Path temp;

    /** The repository's default theme, which the build packages into the jar. */
    private static Path defaultTemplates() {
        String projectDir = System.getProperty("broadsheet.projectDir");
        assumeTrue(projectDir != null, "broadsheet.projectDir is not set; run the tests with Maven");
        Path templates = Path.of(projectDir, "templates");
        assumeTrue(Files.isDirectory(templates), "no templates folder at " + templates);
        return templates;
    }

    @Test
    void aTemplateInTheUsersFolderWinsAndTheOthersFallBackToTheDefaults() throws IOException {
        String index = Files.readString(defaultTemplates().resolve("index.html"), StandardCharsets.UTF_8)
                .replace("<h1 class=\"p-name\">The archive</h1>", "<h1 class=\"p-name\">My own archive</h1>");
        assertThat(index).contains("My own archive");
        Files.writeString(temp.resolve("index.html"), index, StandardCharsets.UTF_8);
        PageRenderer renderer = new PageRenderer(Theme.of(temp));

        Document home = Jsoup.parse(Fixtures.homePage(renderer, Fixtures.ordinary()));
        assertThat(home.selectFirst("h1").text()).isEqualTo("My own archive");
        assertThat(home.select("main li.h-entry")).hasSize(1);
        Document article = Jsoup.parse(renderer.articlePage(Fixtures.ordinary()));
        assertThat(article.selectFirst("h1.p-name").text()).isEqualTo(Fixtures.ordinary().metadata().title());
        assertThat(article.select(".e-content p")).isNotEmpty();
    }

    @Test
    void aUsersLayoutAppliesToTheDefaultPages() throws IOException {
        String layout = Files.readString(defaultTemplates().resolve("layout.html"), StandardCharsets.UTF_8)
                .replace("th:text=\"${site.title}\">Broadsheet</a>", ">The Daily Archive</a>");
        Files.writeString(temp.resolve("layout.html"), layout, StandardCharsets.UTF_8);
        PageRenderer renderer = new PageRenderer(Theme.of(temp));

        assertThat(Jsoup.parse(renderer.articlePage(Fixtures.ordinary())).selectFirst(".site-name").text())
                .isEqualTo("The Daily Archive");
        assertThat(Jsoup.parse(Fixtures.homePage(renderer)).selectFirst(".site-name").text())
                .isEqualTo("The Daily Archive");
    }

    @Test
    void renderersOfDifferentThemesDoNotShareTemplates() throws IOException {
        Files.writeString(temp.resolve("index.html"), "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head>"
                + "<body><main><h1>Custom</h1></main></body></html>", StandardCharsets.UTF_8);

        String custom = Fixtures.homePage(new PageRenderer(Theme.of(temp)));
        String standard = Fixtures.homePage(new PageRenderer(Theme.defaults()));

        assertThat(Jsoup.parse(custom).selectFirst("h1").text()).isEqualTo("Custom");
        assertThat(Jsoup.parse(standard).selectFirst("h1").text()).isEqualTo("The archive");
    }

    @Test
    void defaultAssetsComeFromTheClasspath() throws IOException {
        SortedMap<String, byte[]> assets = Theme.defaults().assets();

        assertThat(assets).containsOnlyKeys(defaultAssetNames());
        assertThat(assets.get("style.css")).isEqualTo(Files.readAllBytes(defaultTemplates().resolve("assets/style.css")));
    }

    @Test
    void usersAssetsOverrideAndAddToTheDefaults() throws IOException {
        Files.createDirectories(temp.resolve("assets/img"));
        Files.writeString(temp.resolve("assets/style.css"), "body { color: red }");
        Files.write(temp.resolve("assets/img/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        SortedMap<String, byte[]> assets = Theme.of(temp).assets();

        assertThat(assets.keySet()).contains("style.css", "img/logo.png").containsAll(defaultAssetNames());
        assertThat(new String(assets.get("style.css"), StandardCharsets.UTF_8)).isEqualTo("body { color: red }");
        assertThat(assets.get("img/logo.png")).containsExactly(0x89, 'P', 'N', 'G');
        assertThat(List.copyOf(assets.keySet())).isSorted();
    }

    @Test
    void theDefaultThemeIsReadFromInsideAJar() throws IOException {
        Path jar = temp.resolve("theme.jar");
        Path templates = defaultTemplates();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(templates)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(Theme.PACKAGED_ROOT + templates.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry(Theme.PACKAGED_ROOT + "assets/fonts/only-in-jar.txt"));
            out.write("jar".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        // No parent but the platform's, so nothing can come from target/classes.
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Theme theme = Theme.defaults(loader);

            SortedMap<String, byte[]> assets = theme.assets();
            assertThat(assets.keySet()).containsAll(defaultAssetNames()).contains("fonts/only-in-jar.txt");
            assertThat(assets.get("fonts/only-in-jar.txt")).isEqualTo("jar".getBytes(StandardCharsets.UTF_8));
            Document home = Jsoup.parse(Fixtures.homePage(new PageRenderer(theme), Fixtures.ordinary()));
            assertThat(home.select("main li.h-entry")).hasSize(1);
            // Reading the assets must not have closed the jar the class loader still uses.
            assertThat(loader.getResource(Theme.PACKAGED_ROOT + "layout.html").openStream().readAllBytes()).isNotEmpty();

            Path user = Files.createDirectories(temp.resolve("user/assets"));
            Files.writeString(user.resolve("style.css"), "main { }");
            assertThat(Theme.of(temp.resolve("user"), loader).assets())
                    .containsKeys("style.css", "fonts/only-in-jar.txt")
                    .extractingByKey("style.css").isEqualTo("main { }".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aFolderThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> Theme.of(temp.resolve("missing"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> defaultAssetNames() throws IOException {
        Path assets = defaultTemplates().resolve("assets");
        try (Stream<Path> files = Files.walk(assets)) {
            return files.filter(Files::isRegularFile).map(f -> assets.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
