package pl.wspolnie.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.programme.NewProgramme;
import pl.wspolnie.programme.ProgrammeKind;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.programme.Stage;
import pl.wspolnie.shared.TypedDates;
import pl.wspolnie.support.Chromium;
import pl.wspolnie.support.WebIntegrationTest;

/**
 * The coordination team in Tasklist sees the day an approved draft goes out for consultation, and moves it by typing a
 * date the Polish way: a day already past is refused in Polish naming the field, a later day is stored as typed.
 */
@Tag("browser")
@WebIntegrationTest
class ConsultationScheduleBrowserTest extends TasklistBrowser {

    @Autowired
    ProgrammeService programmes;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    @Test
    void theCoordinatorSeesTheStartDayAndMovesItTypingAPolishDate() {
        var programme = programmes.create(new NewProgramme(ProgrammeKind.ANNUAL, 2035, 2035,
                "Program współpracy na rok 2035 (harmonogram konsultacji)", null));
        LocalDate planned = programme.getCalendar().consultationStart();
        String instance = runtime.startProcessInstanceByKey("public-consultation", String.valueOf(programme.getId()),
                Map.of("programmeId", programme.getId())).getId();

        logIn("coordinator");
        click(By.partialLinkText("Zadania moich zespołów"));
        click(By.partialLinkText("Konsultacje zaplanowane – możesz zmienić dzień rozpoczęcia – program na rok 2035"));
        click(By.xpath("//button[normalize-space(.)='Przejmij'] | //a[normalize-space(.)='Przejmij']"));
        assertThat(field("Konsultacje rozpoczną się").getDomProperty("value")).isEqualTo(planned.format(TypedDates.DAY));
        Chromium.screenshot(driver, "tasklist-20-konsultacje-zaplanowane");

        type("Nowy dzień rozpoczęcia konsultacji", "01.01.2020");
        complete();
        notified("nie może być wcześniejsza niż");
        Chromium.screenshot(driver, "tasklist-21-dzien-rozpoczecia-w-przeszlosci");
        assertThat(programmes.get(programme.getId()).getCalendar().consultationStart()).isEqualTo(planned);

        LocalDate later = planned.plusDays(9);
        type("Nowy dzień rozpoczęcia konsultacji", later.format(TypedDates.DAY));
        complete();
        wait.until(d -> programmes.get(programme.getId()).getCalendar().consultationStart().equals(later));
        assertThat(programmes.get(programme.getId()).getStage()).isEqualTo(Stage.CONSULTATION_SCHEDULED);
        var again = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("AwaitConsultationStart").singleResult();
        assertThat(again.getDueDate().toInstant()).isEqualTo(later.atStartOfDay(ZoneId.of("Europe/Warsaw")).toInstant());
    }
}
