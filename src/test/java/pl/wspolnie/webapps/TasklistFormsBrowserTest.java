package pl.wspolnie.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.programme.FundingMode;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.programme.TaskForm;
import pl.wspolnie.proposal.ProposalService;
import pl.wspolnie.proposal.ProposalSubmission;
import pl.wspolnie.proposal.SubmitterType;
import pl.wspolnie.support.Chromium;
import pl.wspolnie.support.Cycles;
import pl.wspolnie.support.Http;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * Tasklist's forms as officials fill them, in headless Chromium: Polish controls, a date typed the Polish way stored
 * as that date, a sector and a department picked from lists the profile fills, and the decision that used to lock the
 * Complete button.
 */
@Tag("browser")
@WebIntegrationTest
class TasklistFormsBrowserTest extends TasklistBrowser {

    @Autowired
    ProgrammeService programmes;
    @Autowired
    ProposalService proposals;

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
    void aDepartmentProposesInItsOwnNameWhichIsAlreadyChosen() {
        long programmeId = Cycles.withOpenCall(new Http(port, "coordinator"), 2035, "Program współpracy na rok 2035 (Tasklist)");

        logIn("department");
        click(By.partialLinkText("Rozpocznij proces"));
        click(By.partialLinkText("Propozycja zadania priorytetowego"));
        type("Sygnatura zgłoszenia", "WKS-2035-01");
        type("Numer programu", String.valueOf(programmeId));
        pick("Kto zgłasza", "Wydział lub jednostka miejska");
        // the department list of the profile, cut to the person's own department and already chosen
        assertThat(field("Wydział lub jednostka").getDomProperty("value")).isEqualTo("Wydział Kształtowania Środowiska");
        Chromium.screenshot(driver, "tasklist-12-wlasny-wydzial");
        // with the search box emptied the list shows every option it has
        WebElement search = inView(field("Wydział lub jednostka"));
        search.click();
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-dropdownlist-item")));
        assertThat(driver.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream().map(WebElement::getText))
                .containsExactly("Wydział Kształtowania Środowiska");
        pick("Wydział lub jednostka", "Wydział Kształtowania Środowiska");
        pick("Obszar współpracy", "Ochrona środowiska i ekologia");
        type("Nazwa zadania", "Sprzątanie brzegów Wisły z mieszkańcami");
        type("Opis zadania", "Wiosenna akcja sprzątania brzegów Wisły z organizacjami i mieszkańcami.");
        type("Uzasadnienie", "Co roku zgłaszają się chętni; brakuje organizatora.");
        pick("Forma realizacji", "Współpraca pozafinansowa");
        type("Pierwszy rok realizacji", "2035");
        click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Rozpocznij']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".wspolnie-start-confirmation")));
        Chromium.screenshot(driver, "tasklist-13-propozycja-wydzialu");

        assertThat(proposals.of(programmeId)).singleElement().satisfies(p -> {
            assertThat(p.getExternalRef()).isEqualTo("WKS-2035-01");
            assertThat(p.getSubmitterCode()).isEqualTo("WKS");
        });
    }
}
