package pl.wspolnie.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.drafting.DraftStage;
import pl.wspolnie.drafting.DraftingService;
import pl.wspolnie.programme.FundingMode;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.programme.TaskForm;
import pl.wspolnie.proposal.ProposalService;
import pl.wspolnie.proposal.ProposalSubmission;
import pl.wspolnie.proposal.SubmitterType;
import pl.wspolnie.support.Chromium;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.Jobs;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * Tasklist as officials use it, in headless Chromium: Polish controls, a date typed the Polish way stored as that
 * date, a sector picked from a list, the decision that used to lock the Complete button, and a document opened from
 * Tasklist without a second login. Screenshots go to target/screenshots/.
 */
@Tag("browser")
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    ProposalService proposals;
    @Autowired
    DraftingService drafting;
    @Autowired
    ManagementService management;

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

    @Test
    void theCoordinatorStartsACycleInPolishAndTheTypedDateIsThatDate() {
        logIn("coordinator");
        String page = driver.findElement(By.tagName("body")).getText();
        assertThat(page).contains("Rozpocznij proces", "Zadania").doesNotContain("Start process", "Filter Tasks");
        assertThat(driver.findElements(By.cssSelector(".ce-eol-banner")).stream().filter(WebElement::isDisplayed)).isEmpty();
        Chromium.screenshot(driver, "tasklist-01-koordynator");

        click(By.partialLinkText("Rozpocznij proces"));
        click(By.partialLinkText("Program współpracy – cykl przygotowania"));
        type("Tytuł programu", "Program współpracy na rok 2031 (Tasklist)");
        pick("Rodzaj programu", "Roczny");
        type("Pierwszy rok obowiązywania", "2031");
        type("Ostatni rok obowiązywania", "2031");
        type("Termin naboru propozycji zadań", "2030-07-15");
        field("Tytuł programu").click();
        assertThat(errorOf("Termin naboru propozycji zadań"))
                .isEqualTo("Pole „Termin naboru propozycji zadań”: wpisz datę w postaci DD.MM.RRRR, np. 30.11.2026.");
        Chromium.screenshot(driver, "tasklist-02-data-po-amerykansku");
        type("Termin naboru propozycji zadań", "15.07.2030");
        Chromium.screenshot(driver, "tasklist-03-formularz-startowy");
        click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Rozpocznij']"));
        notified("Proces został rozpoczęty.");
        // Tasklist's own notice names nothing; ours stays until closed and gives the programme's number
        String confirmation = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".wspolnie-start-confirmation")))
                .getText();
        Chromium.screenshot(driver, "tasklist-04-po-starcie");

        var started = programmes.list().stream().filter(p -> p.getTitle().equals("Program współpracy na rok 2031 (Tasklist)"))
                .findFirst().orElseThrow();
        assertThat(started.getCalendar().proposalDeadline()).isEqualTo(LocalDate.of(2030, 7, 15));
        assertThat(confirmation).contains("„Program współpracy na rok 2031 (Tasklist)” – numer programu: " + started.getId(),
                "Nabór propozycji zadań trwa do 15.07.2030");
    }

    @Test
    void aSectorTeamPicksTheSectorAndCompletesAfterARefusedRejection() {
        long programmeId = Cycles.withOpenCall(new Http(port, "coordinator"), 2032, "Program współpracy na rok 2032 (Tasklist)");
        long proposalId = proposals.submit(programmeId, new ProposalSubmission("TL-1",
                new ProposalSubmission.Submitter(SubmitterType.NGO, null, "Fundacja Teatr Ulicy", null, "teatr@example.org"),
                "KULTURA", "Warsztaty teatralne dla młodzieży z osiedli", "Cykl warsztatów teatralnych w domach kultury.",
                "Młodzież z osiedli ma mało zajęć po szkole.", TaskForm.OTWARTY_KONKURS_OFERT, FundingMode.WSPIERANIE,
                "40000.00", List.of(2032))).proposal().getId();

        logIn("culture");
        // Tasklist opens the first filter, "Zadania moich zespołów", where the proposal waits for the team
        click(By.partialLinkText("Zadania moich zespołów"));
        click(By.partialLinkText("Warsztaty teatralne dla młodzieży"));
        By claim = By.xpath("//button[normalize-space(.)='Przejmij'] | //a[normalize-space(.)='Przejmij']");
        click(claim);
        // claimed: Tasklist renders the form anew, now enabled
        wait.until(ExpectedConditions.invisibilityOfElementLocated(claim));
        pick("Rozstrzygnięcie", "Odrzuć");
        complete();
        notified("Uzasadnienie rozstrzygnięcia");
        Chromium.screenshot(driver, "tasklist-05-odrzucenie-bez-uzasadnienia");

        pick("Rozstrzygnięcie", "Przyjmij jako zadanie priorytetowe");
        pick("Obszar docelowy", "Edukacja i młodzież");
        Chromium.screenshot(driver, "tasklist-06-wybor-obszaru");
        complete();
        // Tasklist's "completed" notice lasts a few seconds; the task leaving the team's list stays
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.partialLinkText("Warsztaty teatralne dla młodzieży")));
        Chromium.screenshot(driver, "tasklist-07-zakonczone");

        assertThat(proposals.get(proposalId).getStatus().name()).isEqualTo("ACCEPTED");
        assertThat(programmes.priorityTasks(programmeId)).anySatisfy(task -> {
            assertThat(task.getTitle()).isEqualTo("Warsztaty teatralne dla młodzieży z osiedli");
            assertThat(programmes.sections(programmeId).stream().filter(s -> s.getId().equals(task.getSectionId())).findFirst()
                    .orElseThrow().getSectorCode()).isEqualTo("EDUKACJA");
        });
    }

    @Test
    void aDocumentOpensWithTheTasklistLoginButNothingChangesWithoutBasic() {
        long programmeId = Cycles.withOpenCall(new Http(port, "coordinator"), 2033, "Program współpracy na rok 2033 (Tasklist)");
        drafting.recordVersion(programmeId, DraftStage.DRAFT_ASSEMBLED, null);

        logIn("coordinator");
        Map<String, Object> download = fetch("GET", "/api/programmes/" + programmeId + "/drafts/1");
        assertThat(download).containsEntry("status", 200L);
        assertThat((String) download.get("type")).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml");
        assertThat(fetch("POST", "/api/programmes/" + programmeId + "/proposals")).containsEntry("status", 401L);
        assertThat(fetch("GET", "/api/programmes/" + programmeId)).as("not a download").containsEntry("status", 401L);

        driver.manage().deleteAllCookies();
        driver.get(url("/camunda/app/tasklist/"));
        assertThat(fetch("GET", "/api/programmes/" + programmeId + "/drafts/1")).as("logged out").containsEntry("status", 401L);
    }

    @Test
    void theDraftsTextOpensBesideTheTaskSoWhatWasTypedStays() {
        long programmeId = Cycles.withOpenCall(new Http(port, "coordinator"), 2034, "Program współpracy na rok 2034 (Tasklist)");
        String cycle = programmes.get(programmeId).getProcessInstanceId();
        Jobs.fire(management, cycle, "CallForProposalsClosed");
        // the sections start after an asynchronous step, whether or not the job executor got to it first
        Jobs.runDue(management, cycle);

        logIn("culture");
        click(By.partialLinkText("Zadania moich zespołów"));
        click(By.partialLinkText("Przygotuj część sektorową – Kultura i sztuka, program na rok 2034"));
        click(By.xpath("//button[normalize-space(.)='Przejmij'] | //a[normalize-space(.)='Przejmij']"));
        type("Treść części sektorowej", "Diagnoza potrzeb organizacji kultury.");
        String tasklist = driver.getWindowHandle();
        // walking a cycle, the link replaced Tasklist in the same tab and what the team had typed was gone
        click(By.xpath("//div[contains(@class,'fjs-container')]//a[contains(@href, '/drafting/programmes/" + programmeId + "')]"));
        wait.until(d -> d.getWindowHandles().size() == 2);
        assertThat(driver.getWindowHandle()).isEqualTo(tasklist);
        assertThat(field("Treść części sektorowej").getDomProperty("value")).isEqualTo("Diagnoza potrzeb organizacji kultury.");
        Chromium.screenshot(driver, "tasklist-10-tekst-projektu-obok");
        for (String handle : driver.getWindowHandles()) {
            if (!handle.equals(tasklist)) {
                driver.switchTo().window(handle);
                wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Tekst projektu programu"));
                Chromium.screenshot(driver, "tasklist-11-tekst-projektu");
                driver.close();
            }
        }
        driver.switchTo().window(tasklist);
    }

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

    @SuppressWarnings("unchecked")
    private Map<String, Object> fetch(String method, String path) {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[1], {method: arguments[0], credentials: 'same-origin', headers: {'X-Requested-With': 'XMLHttpRequest'}})"
                        + ".then(r => done({status: r.status, type: r.headers.get('content-type') || ''}))"
                        + ".catch(e => done({status: -1, type: String(e)}));", method, path);
    }

    private void logIn(String user) {
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

    private void complete() {
        // an earlier refusal's notice stays over the button until it is closed, as a person closes it
        for (WebElement close : driver.findElements(By.cssSelector(".alert .close"))) {
            if (close.isDisplayed()) {
                close.click();
            }
        }
        click(By.xpath("//button[normalize-space(.)='Zakończ']"));
    }

    private void notified(String text) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[contains(@class,'notifications') or contains(@class,'alert')]//*[contains(normalize-space(.), '" + text + "')]")));
    }

    private WebElement fieldGroup(String label) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[contains(@class,'fjs-form-field')][./label[starts-with(normalize-space(.), '" + label + "')]]")));
    }

    private WebElement field(String label) {
        return fieldGroup(label).findElement(By.cssSelector("input, textarea"));
    }

    /**
     * Types into the field and leaves it (Tab), until the field keeps the text: keys sent while form-js re-renders the
     * form are lost, and a field it re-renders from its own state comes back empty, so each try is checked on the
     * next poll, after the re-render.
     */
    private void type(String label, String text) {
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

    private void pick(String label, String option) {
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

    private String errorOf(String label) {
        return wait.until(d -> {
            // form-js renders one message as a span, several as a list
            var errors = fieldGroup(label).findElements(By.cssSelector(".fjs-form-field-error li, .fjs-form-field-error > span"));
            return errors.isEmpty() ? null : errors.get(0).getText();
        });
    }

    private void click(By target) {
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
    private WebElement inView(WebElement element) {
        if (element != null) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        }
        return element;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
