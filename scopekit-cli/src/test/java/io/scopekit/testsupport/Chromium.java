package io.scopekit.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium driven through chromium-driver, as the browser tests of the site use it. Where either is missing
 * a test is skipped, except under {@code CI=true}, where .ci/run installs both and a skip would hide the tests.
 */
public final class Chromium {

    private Chromium() {}

    /** Chromium and its driver on PATH, or the test aborted (failed under {@code CI=true}) saying what to install. */
    public static void assumeInstalled() {
        binaries();
    }

    /**
     * A headless chromium, 1280 × 1000 at scale 1, its profile under {@code profileRoot}; {@code more} adds what a
     * test needs beyond that (logging, timeouts).
     */
    public static WebDriver start(Path profileRoot, Consumer<ChromeOptions> more) {
        Path[] found = binaries();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(found[0].toFile());
        // The network is closed: without these chromium waits on connections it will never get.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profileRoot.resolve("chromium-profile").toAbsolutePath(),
                "--window-size=1280,1000", "--force-device-scale-factor=1", "--lang=en-US");
        more.accept(options);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(found[1].toFile()).usingAnyFreePort().withTimeout(Duration.ofSeconds(60))
                .build();
        return new ChromeDriver(service, options);
    }

    private static Path[] binaries() {
        Optional<Path> chromium = onPath("chromium", "chromium-browser");
        Optional<Path> chromedriver = onPath("chromedriver");
        if (chromium.isEmpty() || chromedriver.isEmpty()) {
            String why = "chromium and chromium-driver are not installed (apt-get install -y chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true but " + why + ": .ci/run installs them, the browser tests must run in CI");
            }
            Assumptions.abort("browser tests skipped: " + why);
        }
        return new Path[] {chromium.get(), chromedriver.get()};
    }

    private static Optional<Path> onPath(String... names) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
