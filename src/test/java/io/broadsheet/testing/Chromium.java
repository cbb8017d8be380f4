package io.broadsheet.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for the browser tests, started the one way that works here and in CI: the packaged
 * browser and driver (nothing is downloaded) and no background networking, which this machine's closed network
 * would refuse.
 */
public final class Chromium {
    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {}

    /** Whether Debian's chromium and chromium-driver are installed. */
    public static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    /**
     * Skips the calling test where Chromium is missing, except in CI: {@code .ci/run} installs it there, so its
     * absence must fail the run rather than pass it silently.
     */
    public static void assumeInstalled() {
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(installed(), "Chromium is not installed: apt-get install chromium chromium-driver");
        }
    }

    /** The options every test starts from; callers add a window size or logging as they need. */
    public static ChromeOptions options() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
        return options;
    }

    /** Starts a browser with the given options, driven by the packaged chromedriver on a free port. */
    public static ChromeDriver start(ChromeOptions options) {
        return new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build(), options);
    }
}
