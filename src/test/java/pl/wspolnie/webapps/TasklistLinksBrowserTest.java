package pl.wspolnie.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.drafting.DraftStage;
import pl.wspolnie.drafting.DraftingService;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.support.Chromium;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.Jobs;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * Where Tasklist's links lead, in headless Chromium: a document opened with the Tasklist login (and nothing changed
 * without Basic), and the drafting page opened beside the task, naming the person, so that what was typed stays.
 */
@Tag("browser")
@WebIntegrationTest
class TasklistLinksBrowserTest extends TasklistBrowser {

    @Autowired
    ProgrammeService programmes;
    @Autowired
    DraftingService drafting;
    @Autowired
    ManagementService management;

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
        // not yet claimed, the form lies under Tasklist's veil; its link to the text opens all the same
        String first = driver.getWindowHandle();
        By toText = By.xpath("//div[contains(@class,'fjs-container')]//a[contains(@href, '/drafting/programmes/" + programmeId + "')]");
        wait.until(d -> driver.findElements(By.cssSelector(".disabled-form")).size() > 0);
        click(toText);
        wait.until(d -> d.getWindowHandles().size() == 2);
        for (String handle : driver.getWindowHandles()) {
            if (!handle.equals(first)) {
                driver.switchTo().window(handle).close();
            }
        }
        driver.switchTo().window(first);
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
                // the person by name, as Tasklist's header shows them, not by login
                assertThat(driver.findElement(By.tagName("body")).getText()).contains("Zalogowano jako Zespół Kultura i sztuka.")
                        .doesNotContain("Zalogowano jako culture");
                Chromium.screenshot(driver, "tasklist-11-tekst-projektu");
                driver.close();
            }
        }
        driver.switchTo().window(tasklist);
    }
}
