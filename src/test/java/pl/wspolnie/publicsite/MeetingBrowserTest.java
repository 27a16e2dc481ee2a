package pl.wspolnie.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.meeting.MeetingFixtures.culture;
import static pl.wspolnie.meeting.MeetingFixtures.today;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import pl.wspolnie.meeting.MeetingFixtures;
import pl.wspolnie.meeting.MeetingService;
import pl.wspolnie.meeting.RegistrationService;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.support.Chromium;
import pl.wspolnie.support.WebIntegrationTest;

/** A newcomer finds a meeting on /spotkania in headless Chromium, registers and sees the confirmation. */
@Tag("browser")
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    MeetingService meetings;
    @Autowired
    RegistrationService registrations;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;

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
    void aNewcomerRegistersForAMeetingAndSeesTheConfirmation() {
        var fixtures = new MeetingFixtures(programmes, meetings, tasks, identity);
        Long programmeId = fixtures.programme("Program współpracy na rok 2027 (spotkania w przeglądarce)");
        var meeting = fixtures.published(programmeId, culture("Kultura w dzielnicach – spotkanie branżowe",
                today().plusDays(14), today().plusDays(10), 25));

        driver.get("http://localhost:" + port + "/spotkania");
        Chromium.screenshot(driver, "10-spotkania");
        driver.findElement(By.linkText("Kultura w dzielnicach – spotkanie branżowe")).click();
        assertThat(driver.getCurrentUrl()).endsWith("/spotkania/" + meeting.getId());
        driver.findElement(By.id("organisation")).sendKeys("Fundacja Łąka");
        driver.findElement(By.id("person")).sendKeys("Anna Nowak");
        driver.findElement(By.id("email")).sendKeys("anna@laka.example.org");
        driver.findElement(By.id("needs")).sendKeys("Miejsce dla osoby na wózku");
        driver.findElement(By.id("publishConsent")).click();
        Chromium.screenshot(driver, "11-zapis-wypelniony");
        Chromium.submit(driver);

        String reference = driver.findElement(By.cssSelector(".reference")).getText();
        assertThat(reference).matches("SP-20[0-9]{2}-[0-9A-Z]{8}");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Zapis przyjęty");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("spotkanie.ics", "Kultura w dzielnicach");
        Chromium.screenshot(driver, "12-zapis-potwierdzenie");
        assertThat(registrations.of(meeting.getId())).singleElement()
                .satisfies(r -> assertThat(r.getReference()).isEqualTo(reference));
    }
}
