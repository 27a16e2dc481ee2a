package pl.wspolnie.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver, for tests tagged "browser" (Maven profile
 * {@code browser-tests}). Both paths are fixed so Selenium Manager never downloads a browser or a driver; when
 * either is missing the test fails and says what to install, it is never skipped.
 */
public final class Chromium {

    public static final Path BROWSER = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    /** A city official's browser: Polish first. */
    public static WebDriver start() {
        return start("pl-PL,pl");
    }

    /** A browser whose language preference is {@code languages}, e.g. "en-US,en". */
    public static WebDriver start(String languages) {
        for (Path p : new Path[] {BROWSER, DRIVER}) {
            if (!Files.isExecutable(p)) {
                fail(p + " is missing: the browser tests need Debian's chromium and chromium-driver "
                        + "(apt-get install -y chromium chromium-driver)");
            }
        }
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("wspolnie-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=" + languages.split(",")[0], "--accept-lang=" + languages, "--window-size=1280,1400",
                "--user-data-dir=" + profile);
        // headless Chromium otherwise reports en-US to the pages whatever --lang says
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", languages));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Saves what the browser shows as target/screenshots/{name}.png. */
    public static Path screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Presses the page's submit button and waits (at most 20 s) until the browser has left the page: reading the
     * answer page straight after the click raced the navigation.
     */
    public static void submit(WebDriver driver) {
        WebElement button = driver.findElement(By.cssSelector("form button[type=submit]"));
        button.click();
        // while the old page goes, Chromium may also answer "node does not belong to the document" instead of "stale"
        var wait = new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class);
        wait.until(ExpectedConditions.stalenessOf(button));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }
}
