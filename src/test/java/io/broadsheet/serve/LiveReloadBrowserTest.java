package io.broadsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.cli.Main;
import io.broadsheet.testing.Chromium;
import io.broadsheet.testing.Project;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code broadsheet serve} in a real Chromium: the page open on an article reloads with the change when its seed
 * is edited, under the pages' own Content-Security-Policy. Skipped where Chromium is not installed, except in CI.
 */
class LiveReloadBrowserTest {
    private static final Pattern SERVING = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/) \\(Ctrl\\+C to stop\\)");
    private static final String ID = "000_1064a9bc0d479205";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Thread serving;
    private WebDriver browser;

    @BeforeEach
    void startBrowser() {
        Chromium.assumeInstalled();
        ChromeOptions options = Chromium.options();
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = Chromium.start(options);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (browser != null) browser.quit();
        if (serving != null) {
            serving.interrupt();
            serving.join(WAIT.toMillis());
        }
    }

    private String serve(Path seeds, Path site) throws InterruptedException {
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        serving = new Thread(() -> cli.execute("serve", "--seeds", seeds.toString(), "--out", site.toString(),
                "--port", "0"), "test-serve");
        serving.start();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline && serving.isAlive()) {
            Matcher matcher = SERVING.matcher(out.toString());
            if (matcher.find()) return matcher.group(1);
            Thread.sleep(50);
        }
        throw new AssertionError("serve did not start; out: " + out + " err: " + err);
    }

    @Test
    void editingTheSeedReloadsTheOpenArticleWithTheChange() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Path seed = seeds.resolve(ID + ".txt");
        Files.copy(Project.seed(), seed);
        Path site = dir.resolve("site");
        String home = serve(seeds, site);

        browser.get(home + "articles/" + ID + "/");
        assertThat(browser.findElement(By.cssSelector(".e-content")).getText()).contains("demanded justice");
        // A mark that lives as long as this document does: gone after a reload.
        ((JavascriptExecutor) browser).executeScript("window.beforeEdit = true;");

        String dump = Files.readString(seed, StandardCharsets.UTF_8);
        Files.writeString(seed, dump.replace("demanded justice", "demanded live justice"), StandardCharsets.UTF_8);

        reloaded().until(b ->
                b.findElement(By.cssSelector(".e-content")).getText().contains("demanded live justice"));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.beforeEdit === undefined;"))
                .isEqualTo(true);
        List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused"))
                .toList();
        assertThat(problems).as("CSP complaints in the console").isEmpty();
        assertThat(Files.readString(site.resolve("articles/" + ID + "/index.html"))).doesNotContain("live-reload");
    }

    @Test
    void anOpenPageReconnectsAndReloadsWhenTheServerRestarts() throws Exception {
        Path site = SiteFolder.site(dir.resolve("site"), "Before the restart");
        int port;
        try (PreviewServer first = PreviewServer.start(site, 0)) {
            port = first.port();
            browser.get(first.uri().toString());
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Before the restart");
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (first.listeners() == 0 && System.nanoTime() < deadline) Thread.sleep(50);
            assertThat(first.listeners()).as("the page's event stream").isEqualTo(1);
        }
        SiteFolder.file(site.resolve("index.html"), SiteFolder.page("After the restart"));
        Thread.sleep(1500);
        try (PreviewServer second = PreviewServer.start(site, port)) {
            reloaded().until(b ->
                    b.findElement(By.tagName("h1")).getText().equals("After the restart"));
        }
    }

    /** A wait across a reload: an element found just before the page goes is stale when read, and is looked up again. */
    private WebDriverWait reloaded() {
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
