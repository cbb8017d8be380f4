package io.broadsheet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.site.SiteBuilder;
import io.broadsheet.testing.Chromium;
import io.broadsheet.testing.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Opens the site as a reader would, from disk in a real Chromium, and follows the home page to the seed's article.
 * In CI Chromium must be there ({@code .ci/run} installs it); elsewhere the test is skipped without it.
 */
class BrowserTest {
    private static final Path SHOTS = Project.dir().resolve("target/screenshots");

    static WebDriver browser;
    static Path site;

    @BeforeAll
    static void start() throws Exception {
        Chromium.assumeInstalled();
        site = Project.dir().resolve("target/browser-site");
        new SiteBuilder(Project.dir().resolve("seeds"), Project.dir().resolve("templates"), site).build();
        Files.createDirectories(SHOTS);

        ChromeOptions options = Chromium.options();
        options.addArguments("--window-size=1280,900");
        browser = Chromium.start(options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
    }

    @Test
    void aReaderFollowsTheHomePageToTheSeedArticle() throws Exception {
        browser.get(site.resolve("index.html").toUri().toString());
        shoot("seed-home-desktop");
        WebElement link = browser.findElement(By.cssSelector("a[href='articles/000_1064a9bc0d479205/index.html']"));
        link.click();

        assertThat(browser.getCurrentUrl()).endsWith("/articles/000_1064a9bc0d479205/index.html");
        WebElement reading = browser.findElement(By.cssSelector(".e-content"));
        assertThat(reading.isDisplayed()).isTrue();
        assertThat(reading.getText()).contains("The foreign secretary has demanded justice for victims of war crimes");
        assertThat(reading.getText()).doesNotContain("Klinsmann");

        WebElement credit = browser.findElement(By.xpath("//body//p[contains(., '© 2022 BBC')]"));
        assertThat(credit.isDisplayed()).isTrue();
        assertThat(credit.findElements(By.xpath("ancestor::*[contains(@class, 'e-content')]")))
                .as("the credit is shown outside the reading view").isEmpty();
        WebElement creditLink = browser.findElement(By.linkText("Read about our approach to external linking."));
        assertThat(creditLink.isDisplayed()).isTrue();
        assertThat(creditLink.getAttribute("href"))
                .isEqualTo("https://www.bbc.co.uk/editorialguidelines/guidance/feeds-and-links");

        String styled = browser.findElement(By.tagName("body")).getCssValue("font-family");
        assertThat(styled).as("the stylesheet applies from file://").doesNotContain("Times");
        shoot("seed-article-desktop");
        browser.manage().window().setSize(new Dimension(390, 844));
        shoot("seed-article-phone");
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private static void shoot(String name) throws Exception {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
