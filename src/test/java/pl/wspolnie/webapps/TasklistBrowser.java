package pl.wspolnie.webapps;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.support.Chromium;

/**
 * What the Tasklist browser tests share: one headless Chromium per test class, logged out before each test, a
 * screenshot of what it showed when a test failed, and the moves of a person in Tasklist and its Camunda Forms (log
 * in, click, type, pick from a list, complete, read a notice or a field's error). Screenshots go to target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TasklistBrowser {

    @LocalServerPort
    int port;

    WebDriver driver;
    WebDriverWait wait;

    @BeforeAll
    void startBrowser() {
        driver = Chromium.start();
        // generous: the webapps load slowly on a busy build machine. Tasklist re-renders a task's form when it is
        // claimed and when a field changes, so an action on an element just replaced is tried again.
        wait = new WebDriverWait(driver, Duration.ofSeconds(120));
        wait.ignoring(StaleElementReferenceException.class).ignoring(ElementClickInterceptedException.class);
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** What the browser showed when a test failed, to look at: target/screenshots/blad-{test}.png. */
    @RegisterExtension
    final TestWatcher failureScreenshot = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (driver != null) {
                Chromium.screenshot(driver, "blad-" + context.getRequiredTestMethod().getName());
            }
        }
    };

    @BeforeEach
    void logOut() {
        driver.manage().deleteAllCookies();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> fetch(String method, String path) {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[1], {method: arguments[0], credentials: 'same-origin', headers: {'X-Requested-With': 'XMLHttpRequest'}})"
                        + ".then(r => done({status: r.status, type: r.headers.get('content-type') || ''}))"
                        + ".catch(e => done({status: -1, type: String(e)}));", method, path);
    }

    void logIn(String user) {
        driver.get(url("/camunda/app/tasklist/"));
        try {
            WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
            Chromium.screenshot(driver, "tasklist-00-logowanie");
            name.sendKeys(user);
            driver.findElement(By.cssSelector("input[type='password']")).sendKeys(user, Keys.ENTER);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.partialLinkText("Rozpocznij proces")));
        } catch (RuntimeException e) {
            Chromium.screenshot(driver, "tasklist-logowanie-" + user + "-blad");
            throw e;
        }
    }

    void complete() {
        // an earlier refusal's notice stays over the button until it is closed, as a person closes it
        for (WebElement close : driver.findElements(By.cssSelector(".alert .close"))) {
            if (close.isDisplayed()) {
                close.click();
            }
        }
        click(By.xpath("//button[normalize-space(.)='Zakończ']"));
    }

    void notified(String text) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[contains(@class,'notifications') or contains(@class,'alert')]//*[contains(normalize-space(.), '" + text + "')]")));
    }

    WebElement fieldGroup(String label) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[contains(@class,'fjs-form-field')][./label[starts-with(normalize-space(.), '" + label + "')]]")));
    }

    WebElement field(String label) {
        return fieldGroup(label).findElement(By.cssSelector("input, textarea"));
    }

    /**
     * Types into the field and leaves it (Tab), until the field keeps the text: keys sent while form-js re-renders the
     * form are lost, and a field it re-renders from its own state comes back empty, so each try is checked on the
     * next poll, after the re-render.
     */
    void type(String label, String text) {
        wait.until(d -> {
            WebElement input = field(label);
            if (text.equals(input.getDomProperty("value")) && !input.equals(d.switchTo().activeElement())) {
                return true;
            }
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            input.sendKeys(text, Keys.TAB);
            return false;
        });
    }

    void pick(String label, String option) {
        By item = By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + option + "']");
        // opens the list and waits for the option in it
        WebElement found = wait.until(d -> {
            var open = d.findElements(item).stream().filter(WebElement::isDisplayed).findFirst();
            if (open.isPresent()) {
                return open.get();
            }
            // a list left focused (e.g. by a refused completion) toggles shut on a click: start unfocused
            ((JavascriptExecutor) d).executeScript("if (document.activeElement) { document.activeElement.blur(); }");
            inView(fieldGroup(label).findElement(By.cssSelector("input, .fjs-select-display, .fjs-input-group"))).click();
            try {
                return new WebDriverWait(d, Duration.ofSeconds(3)).until(ExpectedConditions.visibilityOfElementLocated(item));
            } catch (org.openqa.selenium.TimeoutException notOpened) {
                return null;
            }
        });
        inView(found).click();
    }

    String errorOf(String label) {
        return wait.until(d -> {
            // form-js renders one message as a span, several as a list
            var errors = fieldGroup(label).findElements(By.cssSelector(".fjs-form-field-error li, .fjs-form-field-error > span"));
            return errors.isEmpty() ? null : errors.get(0).getText();
        });
    }

    void click(By target) {
        wait.until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(target).apply(d);
            if (element == null) {
                return false;
            }
            inView(element).click();
            return true;
        });
    }

    /** Tasklist's fixed footer covers the bottom of a long form: the element is brought to the middle first. */
    WebElement inView(WebElement element) {
        if (element != null) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        }
        return element;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
