package pl.wspolnie.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.history.ChangeHistory;
import pl.wspolnie.history.HistoryEntry;
import pl.wspolnie.programme.Calendar;
import pl.wspolnie.programme.NewProgramme;
import pl.wspolnie.programme.Programme;
import pl.wspolnie.programme.ProgrammeKind;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.programme.Stage;
import pl.wspolnie.support.Jobs;
import pl.wspolnie.support.ProcessTest;
import pl.wspolnie.text.TextService;

/**
 * The start of public-consultation.bpmn: an approved draft goes out for consultation on the calendar's planned start
 * day (a timer), at once when that day has come, and the coordination team sees the day and may move it.
 */
@ProcessTest
class ConsultationScheduleProcessTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;
    @Autowired
    ManagementService management;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    ConsultationService consultations;
    @Autowired
    TextService text;
    @Autowired
    ChangeHistory changes;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
    }

    @Test
    void aConsultationPlannedAheadWaitsForItsDayWhichTheCoordinationTeamSees() {
        Programme programme = programme("waits", null);
        LocalDate planned = programme.getCalendar().consultationStart();
        ProcessInstance pi = start(programme);

        assertThat(pi).hasPassed("ScheduleConsultation").isWaitingAt("AwaitConsultationStart").hasNotPassed("OpenConsultation");
        assertThat(consultations.current(programme.getId())).isEmpty();
        assertThat(programmes.get(programme.getId()).getStage()).isEqualTo(Stage.CONSULTATION_SCHEDULED);
        // what the organisations will read is the approved text: nobody edits it while the consultation waits
        assertThat(text.frozen(programme.getId())).get().asString().contains("rozpoczną się w zaplanowanym dniu");

        Task waiting = task("AwaitConsultationStart", pi);
        assertThat(waiting).hasCandidateGroup("coordination-team")
                .hasName("Konsultacje zaplanowane – możesz zmienić dzień rozpoczęcia – program na rok 2031");
        Date startOfDay = Date.from(planned.atStartOfDay(WARSAW).toInstant());
        assertThat(waiting.getDueDate()).hasSameTimeAs(startOfDay);
        assertThat(timer(pi).getDuedate()).hasSameTimeAs(startOfDay);
        assertThat(forms.getTaskFormVariables(waiting.getId()))
                .containsKeys("consultationOpensText", "plannedConsultationEndText", "draftUrl");
        assertThat(runtime.getVariable(pi.getId(), "consultationOpensText")).isEqualTo(Deadlines.dayText(planned));

        // the day comes: the consultation opens and the waiting task goes
        Jobs.fire(management, pi.getId(), "ConsultationStartReached");
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("AwaitConsultationStart").count()).isZero();
        Jobs.fire(management, pi.getId(), "OpenConsultation");
        assertThat(pi).hasPassedInOrder("ScheduleConsultation", "AwaitConsultationStart", "OpenConsultation")
                .isWaitingAt("EndConsultationEarly", "RecordBenefitCouncilOpinion");
        assertThat(programmes.get(programme.getId()).getStage()).isEqualTo(Stage.CONSULTATION);
    }

    @Test
    void theCoordinationTeamMovesTheStartAndTodayOpensItAtOnce() {
        Programme programme = programme("moved", null);
        Calendar before = programme.getCalendar();
        ProcessInstance pi = start(programme);
        Task waiting = task("AwaitConsultationStart", pi);

        // a day already past, or not a date, changes nothing and says why in Polish
        assertThatThrownBy(() -> tasks.complete(waiting.getId(), Map.of("newConsultationStart", "01.01.2020")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("„Nowy dzień rozpoczęcia konsultacji”").hasMessageContaining("nie może być wcześniejsza niż");
        assertThatThrownBy(() -> tasks.complete(waiting.getId(), Map.of("newConsultationStart", "1 grudnia")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("DD.MM.RRRR");
        assertThat(programmes.get(programme.getId()).getCalendar()).isEqualTo(before);
        assertThat(pi).isWaitingAt("AwaitConsultationStart");

        // later than planned: the end keeps the statutory 21 days, the task waits for the new day
        LocalDate later = before.consultationEnd().plusDays(10);
        tasks.complete(waiting.getId(), Map.of("newConsultationStart", Deadlines.dayText(later)));
        Calendar moved = programmes.get(programme.getId()).getCalendar();
        assertThat(moved.consultationStart()).isEqualTo(later);
        assertThat(moved.consultationEnd()).isEqualTo(later.plusDays(21));
        assertThat(moved.opinionDeadline()).isEqualTo(later.plusDays(14));
        assertThat(moved.councilDeadline()).isEqualTo(before.councilDeadline());
        Task again = task("AwaitConsultationStart", pi);
        assertThat(again.getId()).isNotEqualTo(waiting.getId());
        assertThat(again.getDueDate()).hasSameTimeAs(Date.from(later.atStartOfDay(WARSAW).toInstant()));
        assertThat(timer(pi).getDuedate()).hasSameTimeAs(again.getDueDate());
        assertThat(runtime.getVariable(pi.getId(), "newConsultationStart")).isNull();
        assertThat(changes.of(programme.getId(), List.of("CONSULTATION_RESCHEDULED"))).extracting(HistoryEntry::getDetail)
                .containsExactly("początek konsultacji " + before.consultationStart() + " → " + later + ", koniec " + later.plusDays(21));

        // today: no more waiting
        tasks.complete(again.getId(), Map.of("newConsultationStart", Deadlines.dayText(LocalDate.now(WARSAW))));
        assertThat(pi).isWaitingAt("OpenConsultation");
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        Jobs.fire(management, pi.getId(), "OpenConsultation");
        assertThat(consultations.current(programme.getId())).isPresent();
    }

    @Test
    void aPlannedStartAlreadyPastOpensTheConsultationAtOnce() {
        LocalDate today = LocalDate.now(WARSAW);
        Programme programme = programme("late", new Calendar(today.minusDays(60), today.minusDays(20), today.minusDays(1),
                today.plusDays(30), null, null));
        ProcessInstance pi = start(programme);

        assertThat(pi).hasPassed("ScheduleConsultation").hasNotPassed("AwaitConsultationStart").isWaitingAt("OpenConsultation");
        assertThat(runtime.getVariable(pi.getId(), "consultationWaits")).isEqualTo(false);
        assertThat(changes.of(programme.getId(), List.of("CONSULTATION_SCHEDULED"))).extracting(HistoryEntry::getDetail)
                .containsExactly("konsultacje od razu (planowany początek " + today.minusDays(1) + ")");
        Jobs.fire(management, pi.getId(), "OpenConsultation");
        assertThat(pi).isWaitingAt("EndConsultationEarly", "RecordBenefitCouncilOpinion");
    }

    private Programme programme(String name, Calendar calendar) {
        return programmes.create(new NewProgramme(ProgrammeKind.ANNUAL, 2031, 2031,
                "Program współpracy 2031 (test harmonogramu: " + name + ")", calendar));
    }

    private ProcessInstance start(Programme programme) {
        return runtime.startProcessInstanceByKey("public-consultation", String.valueOf(programme.getId()),
                Map.of("programmeId", programme.getId()));
    }

    private org.camunda.bpm.engine.runtime.Job timer(ProcessInstance pi) {
        return management.createJobQuery().processInstanceId(pi.getId()).activityId("ConsultationStartReached").singleResult();
    }
}
