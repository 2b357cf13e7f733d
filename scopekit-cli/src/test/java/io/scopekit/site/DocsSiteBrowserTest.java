package io.scopekit.site;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.Chromium;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import io.scopekit.testsupport.SharedResources;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Opens the documentation site of a failing fixture run in Debian's chromium (headless, through chromium-driver) from
 * {@code file://}: every page loads without a console error and without a broken internal link, the search finds a
 * scope by its Chinese label, failure groups reach their scenarios, and a target's script payload stays text.
 * Screenshots at 1280 px go to {@code target/docs-screenshots/}.
 *
 * <p>Without chromium the tests are skipped on a developer's machine, but fail under {@code CI=true}: CI installs it.
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "no in-process run: its verify runs in a JVM of its own")
@ResourceLock(SharedResources.CHROMIUM)
class DocsSiteBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "docs-screenshots");
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    static Path root;

    private static Path site;
    private static WebDriver driver;

    @BeforeAll
    static void openBrowser() throws Exception {
        Chromium.assumeInstalled();
        site = SiteFixture.failingRunSiteFromAChildJvm(root);
        driver = Chromium.start(root, options -> {
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            options.setPageLoadTimeout(WAIT);
            options.setScriptTimeout(WAIT);
        });
    }

    @AfterAll
    static void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void should_load_every_page_without_console_error_or_broken_link_when_the_site_is_crawled() {
        // GIVEN the index page
        String start = site.resolve(DocsSite.INDEX).toUri().toString();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        Set<String> seen = new HashSet<>(queue);
        Map<String, Set<String>> idsByPage = new HashMap<>();
        List<String> anchorsWanted = new ArrayList<>();
        List<String> problems = new ArrayList<>();

        // WHEN every internal link is followed once
        while (!queue.isEmpty()) {
            String url = queue.poll();
            driver.get(url);
            for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
                if (e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                    problems.add(url + ": console " + e.getLevel() + " " + e.getMessage());
                }
            }
            @SuppressWarnings("unchecked")
            List<String> ids = (List<String>) js().executeScript(
                    "return Array.from(document.querySelectorAll('[id]')).map(e => e.id);");
            idsByPage.put(url, new HashSet<>(ids));
            // Accessibility: one h1 first, no heading level skipped, every table with header cells.
            @SuppressWarnings("unchecked")
            List<Number> levels = (List<Number>) js().executeScript(
                    "return Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6')).map(h => +h.tagName[1]);");
            for (int i = 0; i < levels.size(); i++) {
                int level = levels.get(i).intValue();
                int previous = i == 0 ? 0 : levels.get(i - 1).intValue();
                if (i == 0 && level != 1 || level > previous + 1) {
                    problems.add(url + ": heading h" + level + " after h" + previous);
                }
            }
            Number bareTables = (Number) js().executeScript(
                    "return Array.from(document.querySelectorAll('table')).filter(t => !t.querySelector('th')).length;");
            if (bareTables.intValue() > 0) {
                problems.add(url + ": " + bareTables + " tables without header cells");
            }
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) js().executeScript(
                    "return Array.from(document.querySelectorAll('a[href]')).map(a => a.href);");
            for (String link : links) {
                if (!link.startsWith("file:")) {
                    continue;
                }
                String page = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
                if (!Files.isRegularFile(Path.of(URI.create(page)))) {
                    problems.add(url + " -> " + link + ": no such page");
                    continue;
                }
                if (link.contains("#")) {
                    anchorsWanted.add(link);
                }
                if (seen.add(page)) {
                    queue.add(page);
                }
            }
        }

        // THEN
        for (String link : anchorsWanted) {
            String page = link.substring(0, link.indexOf('#'));
            String id = java.net.URLDecoder.decode(link.substring(link.indexOf('#') + 1),
                    java.nio.charset.StandardCharsets.UTF_8);
            if (!idsByPage.getOrDefault(page, Set.of()).contains(id)) {
                problems.add(link + ": no such anchor");
            }
        }
        then(problems).isEmpty();
        then(seen.size()).isGreaterThan(20);
    }

    @Test
    void should_find_a_scope_by_its_chinese_label_when_searching() {
        // GIVEN
        driver.get(site.resolve(DocsSite.INDEX).toUri().toString());

        // WHEN the Feishu gadget microphone scope is searched by its label
        driver.findElement(By.id("q")).sendKeys("麦克风");
        WebElement hit = new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#results a[href='platform-feishu-gadget.html#scope-scope-record']")));

        // THEN the hit names the scope and leads to its row
        then(hit.getText()).contains("scope.record").contains("麦克风");
        hit.click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("platform-feishu-gadget.html"));
        then(driver.findElement(By.id("scope-scope-record")).getText()).contains("麦克风");
    }

    @Test
    void should_reach_the_scenario_when_a_failure_group_link_is_followed() {
        // GIVEN the failures page of the failing run
        driver.get(site.resolve("failures.html").toUri().toString());
        List<String[]> links = driver.findElements(By.cssSelector("a.scenario-link")).stream()
                .map(a -> new String[] {a.getAttribute("href"), a.getText()}).toList();
        then(links).hasSize(3);
        then(driver.findElements(By.cssSelector("section.group"))).hasSizeLessThanOrEqualTo(3);

        // WHEN / THEN each link opens the scenario it names
        for (String[] link : links) {
            driver.get(link[0]);
            then(driver.findElement(By.tagName("h1")).getText()).isEqualTo(link[1]);
        }
    }

    @Test
    void should_render_a_script_payload_from_the_target_as_text_when_its_scenario_is_shown() throws IOException {
        // GIVEN the failing FX-DENIED scenario, whose target reported <script>alert(1)</script> as errMsg
        driver.get(site.resolve("failures.html").toUri().toString());
        WebElement row = driver.findElements(By.cssSelector("tr")).stream()
                .filter(tr -> tr.getText().contains("FX-DENIED")).findFirst().orElseThrow();
        String scenario = row.findElement(By.cssSelector("a.scenario-link")).getAttribute("href");

        // WHEN
        driver.get(scenario);

        // THEN the payload is visible text, no script element carries it, and no alert opened
        then(driver.findElements(By.cssSelector("code.observed")).stream().map(WebElement::getText))
                .contains(SiteFixture.PAYLOAD);
        then(driver.findElements(By.xpath("//script[contains(., 'alert(1)')]"))).isEmpty();
        then(driver.getTitle()).isNotBlank();
        screenshot("failing-scenario");
    }

    @Test
    void should_fit_1280_px_and_write_screenshots_when_index_platform_and_matrix_are_shown() throws IOException {
        for (String page : List.of(DocsSite.INDEX, "platform-feishu-gadget.html", "matrix.html")) {
            // WHEN
            driver.get(site.resolve(page).toUri().toString());

            // THEN nothing scrolls sideways at 1280 px
            Number width = (Number) js().executeScript("return document.documentElement.scrollWidth;");
            then(width.intValue()).as(page).isLessThanOrEqualTo(1280);
        }
        driver.get(site.resolve(DocsSite.INDEX).toUri().toString());
        then(screenshot("index").getWidth()).isEqualTo(1280);
        driver.get(site.resolve("platform-feishu-gadget.html").toUri().toString());
        then(screenshot("platform-feishu-gadget").getWidth()).isEqualTo(1280);
    }

    @Test
    void should_hide_navigation_and_keep_the_hashes_when_the_certificate_is_printed() {
        // GIVEN
        driver.get(site.resolve("certificate.html").toUri().toString());

        // WHEN the page is laid out for print
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            // THEN the print stylesheet drops the navigation and search, and the hashes stay
            then(driver.findElement(By.cssSelector("header.top")).isDisplayed()).isFalse();
            then(driver.findElements(By.cssSelector("table.hashes code")).stream().map(WebElement::getText)
                    .filter(h -> h.matches("[0-9a-f]{64}")).count()).isGreaterThan(5);
        } finally {
            ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    private static BufferedImage screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path out = SCREENSHOTS.resolve(name + ".png");
        Files.copy(shot.toPath(), out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return ImageIO.read(out.toFile());
    }

    private static JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }
}
