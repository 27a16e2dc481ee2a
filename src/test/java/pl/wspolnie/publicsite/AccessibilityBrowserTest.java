package pl.wspolnie.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.meeting.MeetingFixtures.culture;
import static pl.wspolnie.meeting.MeetingFixtures.today;

import java.net.URI;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.consultation.CommentSubmission;
import pl.wspolnie.meeting.MeetingFixtures;
import pl.wspolnie.meeting.MeetingService;
import pl.wspolnie.meeting.RegistrationService;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.subscription.SubscriptionService;
import pl.wspolnie.support.Axe;
import pl.wspolnie.support.Browser;
import pl.wspolnie.support.Chromium;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * Every public page passes an axe-core scan for WCAG 2.1 A and AA in headless Chromium (issue #12): lists, the draft
 * with its tables, each form blank, with its errors shown and shown again after an expired token, confirmations,
 * statuses, cancellation, the answers after the report, and the error pages. Data are made through the services
 * and the jsoup browser; Chromium only opens, sends and scans.
 */
@Tag("browser")
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    ConsultationSetup setup;
    @Autowired
    MeetingService meetings;
    @Autowired
    RegistrationService registrations;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    SubscriptionService subscriptions;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    WebDriver driver;

    @BeforeAll
    void startBrowser() {
        driver = Chromium.start();
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void consultationPagesFormsAndErrorPagesHaveNoViolation() {
        long id = setup.open("Program 2027 – dostępność");
        scan("/", "lista konsultacji");
        scan("/konsultacje/" + id, "projekt w konsultacjach (z tabelami)");
        // on a phone the draft's tables scroll sideways: each scrolling region must be reachable by keyboard
        driver.manage().window().setSize(new Dimension(400, 900));
        try {
            scan("/konsultacje/" + id, "projekt w konsultacjach na wąskim ekranie");
            assertThat(driver.findElements(By.cssSelector(".table-wrap[tabindex='0'][role=region][aria-label]"))).isNotEmpty();
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1400));
        }
        String form = "/konsultacje/" + id + "/uwagi/nowa?fragment=" + setup.anchor(id, "§ 6 ust. 1");
        scan(form, "formularz uwagi");
        send("formularz uwagi z błędami");
        assertThat(driver.findElement(By.cssSelector(".error-summary")).getText()).contains("Podaj nazwę organizacji");

        open(form);
        driver.findElement(By.id("organisation")).sendKeys("Fundacja Łąka");
        driver.manage().deleteAllCookies();
        send("formularz uwagi pokazany ponownie po wygaśnięciu");
        assertThat(driver.findElement(By.id("organisation")).getAttribute("value")).isEqualTo("Fundacja Łąka");

        open(form);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('website').value = 'http://spam.example.com';");
        send("strona błędu 400 (honeypot)");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Formularza nie przyjęliśmy");

        Browser jsoup = new Browser(port);
        var blank = jsoup.open(form).html();
        var sent = jsoup.submit(blank.selectFirst("form"), PublicSiteErrorsIntegrationTest.filled("a11y-" + id + "@laka.example.org"));
        scan(URI.create(sent.location().orElseThrow()).getPath(), "potwierdzenie uwagi");

        long reported = setup.open("Program 2027 – dostępność (raport)");
        setup.consultations().submitComment(reported, new CommentSubmission("A11Y-" + reported, "Stowarzyszenie Ćma", null, "Jan Kowalski",
                "jan-" + reported + "@cma.example.org", "Rozdział 3", null, null, "Dopisać zasadę jawności.", "Ważna zasada.", null));
        setup.answerAndSignOff(reported);
        scan("/konsultacje/" + reported, "konsultacje z odpowiedziami");
        scan("/konsultacje/" + reported + "/uwagi/nowa", "strona błędu 409 (konsultacje zakończone)");
        scan("/konsultacje/987654321", "strona błędu 404");
        scan("/logowanie-tasklist", "logowanie do Tasklist");
    }

    @Test
    void proposalAndMeetingPagesHaveNoViolation() {
        long call = Cycles.withOpenCall(new Http(port, "coordinator"), 2027, "Program 2027 – dostępność (propozycje)");
        scan("/propozycje", "lista naborów");
        String form = "/propozycje/" + call + "/nowa";
        scan(form, "formularz propozycji");
        send("formularz propozycji z błędami");
        Browser jsoup = new Browser(port);
        var sent = jsoup.submit(jsoup.open(form).html().selectFirst("form"), PublicSiteErrorsIntegrationTest.proposal("Dostępne warsztaty " + call));
        String confirmation = sent.location().orElseThrow();
        scan(confirmation, "potwierdzenie propozycji");
        scan("/propozycje/status", "status propozycji");
        scan("/propozycje/status?numer=zly", "status propozycji z błędem");
        scan("/propozycje/status?numer=" + confirmation.substring(confirmation.lastIndexOf('/') + 1), "status propozycji – wynik");

        var fixtures = new MeetingFixtures(programmes, meetings, tasks, identity);
        Long programmeId = fixtures.programme("Program 2027 – dostępność (spotkania)");
        var meeting = fixtures.published(programmeId, culture("Dostępna kultura – spotkanie", today().plusDays(14), today().plusDays(10), 25));
        scan("/spotkania", "harmonogram spotkań");
        scan("/spotkania/" + meeting.getId(), "spotkanie z formularzem zapisu");
        send("formularz zapisu z błędami");
        var registration = registrations.register(meeting.getId(), MeetingFixtures.person("Fundacja Łąka", "a11y-" + programmeId + "@laka.example.org"))
                .registration();
        scan("/spotkania/potwierdzenie/" + registration.getReference(), "potwierdzenie zapisu");
        scan("/spotkania/rezygnacja/" + registration.getCancelToken(), "rezygnacja ze spotkania");
    }

    @Test
    void subscriptionPagesHaveNoViolation() {
        var subscription = subscriptions.subscribe("a11y-" + System.nanoTime() + "@laka.example.org");
        String confirm = "/powiadomienia/potwierdzenie/" + subscription.getToken();
        scan(confirm, "pytanie o potwierdzenie zapisu");
        send("zapis potwierdzony");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Zapis potwierdzony");
        String leave = "/powiadomienia/rezygnacja/" + subscription.getToken();
        scan(leave, "pytanie o rezygnację z powiadomień");
        send("rezygnacja z powiadomień przyjęta");
        scan("/powiadomienia/potwierdzenie/nieznany-token", "strona nieznanego linku (404)");

        var stale = subscriptions.subscribe("a11y-wygasly-" + System.nanoTime() + "@laka.example.org");
        jdbc.update("update news_subscription set created_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(30))), stale.getId());
        scan("/powiadomienia/potwierdzenie/" + stale.getToken(), "link wygasł (410)");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Link wygasł");
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private void scan(String path, String name) {
        open(path);
        Axe.assertNoViolations(driver, name);
    }

    /** Sends the form shown with its button and scans the page that comes back. */
    private void send(String name) {
        driver.findElement(By.id("wyslij")).click();
        Axe.assertNoViolations(driver, name);
    }
}
