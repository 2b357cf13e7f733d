package io.scopekit.site;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.Chromium;
import io.scopekit.testsupport.VerifyRun;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The ports page (issue 22, item 6) of the kit's committed certificates ({@code certifications/}), as a reader sees
 * it in chromium at 1280 px: one row per port with a cell per container, each port's behaviours × containers, and the
 * framework's documented unsupported APIs with the page they rest on. A screenshot goes to
 * {@code target/docs-screenshots/ports.png}.
 *
 * <p>Without chromium the tests are skipped on a developer's machine, but fail under {@code CI=true}.
 */
class PortsPageBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "docs-screenshots");

    @TempDir
    static Path root;

    private static Path site;
    private static WebDriver driver;

    @BeforeAll
    static void openBrowser() {
        Chromium.assumeInstalled();
        site = root.resolve("site");
        VerifyRun docs = VerifyRun.run("docs", "--certifications", "certifications", "--out", site.toString());
        then(docs.exitCode()).as(docs.err()).isZero();
        driver = Chromium.start(root, options -> {
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            options.setPageLoadTimeout(Duration.ofSeconds(15));
        });
    }

    @AfterAll
    static void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void should_show_each_port_by_container_when_the_ports_page_is_opened() throws IOException {
        // WHEN
        driver.get(site.resolve("ports.html").toUri().toString());

        // THEN one row per committed certificate, a verdict and six container cells each, and no console error
        List<WebElement> rows = driver.findElements(By.cssSelector("table.ports tbody tr"));
        then(rows).hasSize(4);
        for (WebElement row : rows) {
            then(row.findElements(By.cssSelector("td"))).as(row.getText()).hasSize(7);
        }
        then(rowOf(rows, "uni-app@2.0.0").findElements(By.cssSelector("td")).get(6).getText())
                .contains("not loaded");
        then(rowOf(rows, "taro@4.2.1").getText()).contains("documented unsupported");
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            then(e.getLevel().intValue()).as(e.getMessage()).isLessThan(java.util.logging.Level.WARNING.intValue());
        }
        screenshot("ports");
    }

    @Test
    void should_reach_the_ports_behaviours_and_cited_pages_when_its_row_is_followed() {
        // GIVEN
        driver.get(site.resolve("ports.html").toUri().toString());
        // WHEN
        driver.findElement(By.linkText("taro@4.2.1")).click();

        // THEN Taro's section: behaviours by container (the six containers as columns), the refused APIs with the
        // Taro page each rests on
        WebElement section = driver.findElement(By.id("port-taro-4-2-1"));
        then((String) ((JavascriptExecutor) driver).executeScript("return location.hash;")).isEqualTo("#port-taro-4-2-1");
        then(section.findElements(By.cssSelector("table.port-behaviours thead th"))).hasSize(7);
        List<String> cited = section.findElements(By.cssSelector("table.documented a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        then(cited).isNotEmpty().allSatisfy(href -> then(href).startsWith("https://docs.taro.zone/docs/apis/"));
    }

    private static WebElement rowOf(List<WebElement> rows, String port) {
        return rows.stream().filter(r -> r.findElement(By.cssSelector("th")).getText().equals(port)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + port));
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
