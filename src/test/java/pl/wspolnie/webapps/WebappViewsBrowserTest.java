package pl.wspolnie.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.support.Chromium;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * What the webapps show around the forms, in headless Chromium: the language the browser asks for (Polish unless it
 * is English), Cockpit's dates and column headers in Polish, and the meetings' schedule in Tasklist nearest deadline
 * first.
 */
@Tag("browser")
@WebIntegrationTest
class WebappViewsBrowserTest extends TasklistBrowser {

    @Autowired
    ProgrammeService programmes;

    @Test
    void anEnglishBrowserGetsEnglishControlsAndAnyOtherLanguagePolish() {
        assertThat(controlsFor("en-US,en", "tasklist-08-przegladarka-angielska")).contains("Start process", "Create task")
                .doesNotContain("Rozpocznij proces");
        assertThat(controlsFor("de-DE,de", "tasklist-09-przegladarka-niemiecka")).as("no German: Polish, the default")
                .contains("Rozpocznij proces", "Utwórz zadanie").doesNotContain("Start process", "Prozess starten");
    }

    /** Logs the coordinator into Tasklist in a browser of the given languages; the page's text after login. */
    private String controlsFor(String languages, String screenshot) {
        WebDriver browser = Chromium.start(languages);
        try {
            var patient = new WebDriverWait(browser, Duration.ofSeconds(120));
            browser.get(url("/camunda/app/tasklist/"));
            patient.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                    .sendKeys("coordinator");
            browser.findElement(By.cssSelector("input[type='password']")).sendKeys("coordinator", Keys.ENTER);
            // the header with the user's name and the process-start link, in whichever language the app chose
            patient.until(d -> {
                String text = d.findElement(By.tagName("body")).getText();
                return text.contains("Katarzyna") && (text.contains("Start process") || text.contains("Rozpocznij proces"));
            });
            Chromium.screenshot(browser, screenshot);
            return browser.findElement(By.tagName("body")).getText();
        } finally {
            browser.quit();
        }
    }

    @Test
    void cockpitShowsAnInstancesDatesAndColumnsInPolish() {
        long programmeId = Cycles.withOpenCall(new Http(port, "coordinator"), 2037, "Program współpracy na rok 2037 (Cockpit)");
        String instance = programmes.get(programmeId).getProcessInstanceId();

        logIn("demo");
        driver.get(url("/camunda/app/cockpit/default/#/process-instance/" + instance + "/runtime"));
        // the variables: the proposal deadline (a Date) the Polish way, the actions column in Polish
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains("proposalDeadline"));
        Chromium.screenshot(driver, "cockpit-01-zmienne");
        String text = driver.findElement(By.tagName("body")).getText();
        assertThat(text).contains("Akcje").doesNotContain("Actions");
        assertThat(text).containsPattern("proposalDeadline\\s+Date\\s+\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
        // the jobs: the call's closing timer with a Polish due date
        click(By.xpath("//a[normalize-space(.)='Zadania wsadowe']"));
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains("ID zadania wsadowego"));
        Chromium.screenshot(driver, "cockpit-02-zadania-wsadowe");
        assertThat(driver.findElement(By.tagName("body")).getText()).containsPattern("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    }

    @Test
    void theMeetingsScheduleOpensNearestDeadlineFirstAndOtherFiltersNewestFirst() {
        logIn("coordinator");
        click(By.partialLinkText("Harmonogram spotkań"));
        wait.until(d -> sorting().contains("\"dueDate\"") && sorting().contains("\"asc\""));
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Termin wykonania"));
        Chromium.screenshot(driver, "tasklist-14-harmonogram-spotkan");

        click(By.partialLinkText("Zadania moich zespołów"));
        wait.until(d -> !sorting().contains("dueDate"));
    }

    /** The order Tasklist's address gives the list (empty: Tasklist's own, newest first). */
    private String sorting() {
        String address = URLDecoder.decode(driver.getCurrentUrl(), StandardCharsets.UTF_8);
        int at = address.indexOf("sorting=");
        return at < 0 ? "" : address.substring(at);
    }
}
