package io.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.markdown.ArchivedArticle;
import io.broadsheet.testing.Chromium;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Pages opened from disk in real Chromium: the Content-Security-Policy must still let the theme's stylesheet
 * apply (Chromium's handling of 'self' on file: URLs is the risk) while keeping inline script from running.
 */
class ContentSecurityPolicyChromiumTest {
    private static final String MARKER_SCRIPT = "<script>document.documentElement.dataset.ran = 'yes';</script>";

    @TempDir
    static Path site;

    private static ChromeDriver driver;

    @BeforeAll
    static void renderSiteAndStartChromium() throws IOException {
        Chromium.assumeInstalled();
        PageRenderer renderer = new PageRenderer(Theme.defaults());
        ArchivedArticle article = Fixtures.ordinary();
        Path folder = Files.createDirectories(site.resolve("articles").resolve(article.id()));
        String page = renderer.articlePage(article);
        Files.writeString(folder.resolve("index.html"), page, StandardCharsets.UTF_8);
        // The same page as a user's careless template might make it, with an inline script.
        Files.writeString(folder.resolve("inline.html"), page.replace("</main>", "</main>" + MARKER_SCRIPT),
                StandardCharsets.UTF_8);
        Files.writeString(site.resolve("index.html"), Fixtures.homePage(renderer, article), StandardCharsets.UTF_8);
        for (Map.Entry<String, byte[]> asset : Theme.defaults().assets().entrySet()) {
            Path file = site.resolve("assets").resolve(asset.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, asset.getValue());
        }

        ChromeOptions options = Chromium.options();
        options.addArguments("--window-size=1280,900");
        driver = Chromium.start(options);
    }

    @AfterAll
    static void stopChromium() {
        if (driver != null) driver.quit();
    }

    @Test
    void stylesheetAppliesToAnArticlePageOpenedFromDisk() {
        open(site.resolve("articles").resolve(Fixtures.ordinary().id()).resolve("index.html"));

        assertStylesheetApplied();
    }

    @Test
    void stylesheetAppliesToTheHomePageOpenedFromDisk() {
        open(site.resolve("index.html"));

        assertStylesheetApplied();
    }

    @Test
    void inlineScriptDoesNotRun() {
        Path page = site.resolve("articles").resolve(Fixtures.ordinary().id()).resolve("inline.html");
        open(page);

        assertThat(script("return document.documentElement.outerHTML")).asString().contains("dataset.ran");
        assertThat(script("return document.documentElement.dataset.ran === undefined")).isEqualTo(true);
    }

    private static void open(Path page) {
        driver.get(page.toUri().toString());
    }

    private static Object script(String code) {
        return ((JavascriptExecutor) driver).executeScript(code);
    }

    /** Values that only the theme's stylesheet sets, so a blocked stylesheet leaves the browser's defaults. */
    private static void assertStylesheetApplied() {
        assertThat(script("return document.styleSheets.length")).isEqualTo(1L);
        assertThat(script("return getComputedStyle(document.documentElement).getPropertyValue('--measure').trim()"))
                .isEqualTo("65ch");
        assertThat(script("return getComputedStyle(document.body).marginTop")).isEqualTo("0px");
        assertThat(script("return getComputedStyle(document.querySelector('.skip-link')).position"))
                .isEqualTo("absolute");
    }
}
