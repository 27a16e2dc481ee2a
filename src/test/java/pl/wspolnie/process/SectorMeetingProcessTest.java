package pl.wspolnie.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static pl.wspolnie.meeting.MeetingFixtures.culture;
import static pl.wspolnie.meeting.MeetingFixtures.today;
import static pl.wspolnie.meeting.MeetingFixtures.typed;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import pl.wspolnie.meeting.Meeting;
import pl.wspolnie.meeting.MeetingFixtures;
import pl.wspolnie.meeting.MeetingRecords;
import pl.wspolnie.meeting.MeetingService;
import pl.wspolnie.meeting.MeetingStatus;
import pl.wspolnie.meeting.PostulateOutcome;
import pl.wspolnie.meeting.RegistrationService;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.shared.InvalidInputException;
import pl.wspolnie.support.Jobs;
import pl.wspolnie.support.ProcessTest;

/** sector-meeting.bpmn with the real services: plan in Tasklist, publish, the meeting ends, record it. */
@ProcessTest
class SectorMeetingProcessTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    MeetingRecords records;
    @Autowired
    RegistrationService registrations;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    IdentityService identity;
    @Autowired
    FilterService filters;

    MeetingFixtures fixtures;
    Long programmeId;

    @BeforeEach
    void programme() {
        fixtures = new MeetingFixtures(programmes, meetings, tasks, identity);
        programmeId = fixtures.programme("Program współpracy na rok 2027 (proces spotkania)");
    }

    @Test
    void theTeamConfirmsThePlanThenRecordsWhoCameAndWhatTheyAskedFor() {
        Meeting planned = plan(culture("Teatr w dzielnicach", today().plusDays(30), today().plusDays(25), 20));
        ProcessInstance process = instance(planned);
        assertThat(process).isWaitingAt("PlanMeeting");
        Task plan = task(process);
        assertThat(plan.getName()).isEqualTo("Zaplanuj spotkanie – Teatr w dzielnicach");
        assertThat(tasks.getIdentityLinksForTask(plan.getId())).extracting(l -> l.getGroupId()).containsExactly("sector-culture");
        assertThat(plan.getDueDate()).isNotNull();
        assertThat(meetings.get(planned.getId()).getStatus()).isEqualTo(MeetingStatus.PLANNED);
        Map<String, Object> form = tasks.getVariables(plan.getId());
        assertThat(form.get("date")).isEqualTo(typed(today().plusDays(30)));
        assertThat(((SpinJsonNode) form.get("sectorOptions")).elements()).hasSize(8);
        assertThat(((SpinJsonNode) form.get("kindOptions")).elements()).extracting(e -> e.prop("value").stringValue())
                .contains("SECTOR", "NEWCOMERS", "OPEN");

        // the team records a meeting held on 15.03.2026 at 17:30: that day and hour in Kraków (winter time)
        Map<String, Object> changed = new HashMap<>(Map.of("date", "15.03.2026", "startTime", "17:30", "endTime", "19:30",
                "registrationDeadline", "10.03.2026", "sectors", List.of("KULTURA", "EDUKACJA")));
        tasks.complete(plan.getId(), changed);
        Meeting published = meetings.get(planned.getId());
        assertThat(published.getStatus()).isEqualTo(MeetingStatus.PUBLISHED);
        assertThat(published.getStartsAt()).isEqualTo(LocalDateTime.of(2026, 3, 15, 17, 30).atZone(MeetingFixtures.WARSAW).toInstant());
        assertThat(published.getStartsAt().toString()).isEqualTo("2026-03-15T16:30:00Z");
        assertThat(published.getSectors()).containsExactly("KULTURA", "EDUKACJA");
        assertThat(process).isWaitingAt("MeetingOver");

        Jobs.fire(management, process.getId(), "MeetingOver");
        assertThat(process).isWaitingAt("RecordMeeting");
        Task record = task(process);
        assertThat(tasks.getIdentityLinksForTask(record.getId())).extracting(l -> l.getGroupId()).containsExactly("sector-culture");
        assertThat(record.getDueDate()).isAfter(java.util.Date.from(published.getEndsAt()));

        // nobody recorded: refused, the task stays
        assertThatThrownBy(() -> tasks.complete(record.getId(), Map.of("heldConfirmed", true)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("attendance");
        assertThat(process).isWaitingAt("RecordMeeting");

        tasks.complete(record.getId(), Map.of("presentRegistrations", "", "heldConfirmed", true,
                "walkIns", "Fundacja Łąka; Anna Nowak\nTeatr Pod Mostem; Jan Kowalski\nFundacja Łąka; Ewa Kozłowska",
                "postulates", "Fundacja Łąka: Umowy wieloletnie na festiwale dzielnicowe.\nTeatr Pod Mostem: Sale prób w domach kultury."));
        assertThat(process).isEnded();
        assertThat(process).hasPassedInOrder("PrepareMeeting", "PlanMeeting", "MeetingOver",
                "SummariseMeeting", "RecordMeeting", "MeetingRecorded");
        assertThat(meetings.get(planned.getId()).getStatus()).isEqualTo(MeetingStatus.HELD);
        var stats = records.statistics(programmeId);
        assertThat(stats.held()).isEqualTo(1);
        assertThat(stats.people()).isEqualTo(3);
        assertThat(stats.organisations()).isEqualTo(2);
        assertThat(stats.postulates()).isEqualTo(2);
        assertThat(stats.postulates(PostulateOutcome.OPEN)).isEqualTo(2);
    }

    @Test
    void aPostulateFromAnOrganisationThatWasNotThereIsRefusedAndNothingIsKept() {
        Meeting planned = plan(culture("Muzea i organizacje", today().minusDays(2), today().minusDays(3), 20));
        ProcessInstance process = instance(planned);
        tasks.complete(task(process).getId(), Map.of());
        Jobs.fire(management, process.getId(), "MeetingOver");
        Task record = task(process);

        assertThatThrownBy(() -> tasks.complete(record.getId(), Map.of("heldConfirmed", true, "walkIns", "Fundacja Łąka; Anna Nowak",
                "postulates", "Fundacja Nieobecna: Coś ważnego.")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("organisation");
        assertThat(records.attendance(planned.getId())).isEmpty();
        assertThat(records.postulates(planned.getId())).isEmpty();
        assertThat(process).isWaitingAt("RecordMeeting");
    }

    @Test
    void aDateThatDoesNotExistIsRefusedOnTheFormAndTheTaskStays() {
        Meeting planned = plan(culture("Kultura – zła data", today().plusDays(30), today().plusDays(25), 20));
        ProcessInstance process = instance(planned);
        Task plan = task(process);

        assertThatThrownBy(() -> tasks.complete(plan.getId(), Map.of("date", "31.02.2027")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("date");
        assertThat(process).isWaitingAt("PlanMeeting");
        assertThat(meetings.get(planned.getId()).getStatus()).isEqualTo(MeetingStatus.PLANNED);
    }

    @Test
    void aSectorTeamPlansOnlyItsOwnSectorsMeetingsAndTheCoordinationTeamAny() {
        var sport = new pl.wspolnie.meeting.MeetingRequest(pl.wspolnie.meeting.MeetingKind.SECTOR, "Sport dzieci",
                List.of("SPORT"), "SPORT", typed(today().plusDays(9)), "17:00", "19:00", "Hala", null, 10, "Zespół", typed(today().plusDays(5)));

        assertThatThrownBy(() -> meetings.plan(programmeId, sport, Set.of("sector-culture"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.plan(programmeId, culture("x", today(), today().plusDays(1), 5), Set.of("sector-culture")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("registrationDeadline"));
        Meeting m = as("coordinator", "coordination-team", () -> meetings.plan(programmeId, sport, Set.of("coordination-team")));
        assertThat(m.getTeam()).isEqualTo("sector-sport");
        Task plan = task(instance(m));
        assertThat(plan.getName()).isEqualTo("Zaplanuj spotkanie – Sport dzieci");
        assertThat(tasks.getIdentityLinksForTask(plan.getId())).extracting(l -> l.getGroupId()).containsExactly("sector-sport");
    }

    @Test
    void recordingAMeetingBeforeItStartsIsRefusedSayingWhenItStartsAndTheTaskStays() {
        Meeting ahead = plan(culture("Kultura w bibliotekach", today().plusDays(20), today().plusDays(15), 15));
        ProcessInstance process = instance(ahead);
        tasks.complete(task(process).getId(), Map.of());
        // an administrator runs the timer early in Cockpit: the team must not record a meeting that has not been held
        Jobs.fire(management, process.getId(), "MeetingOver");
        Task record = task(process);
        assertThatThrownBy(() -> tasks.complete(record.getId(), Map.of("heldConfirmed", true, "walkIns", "Fundacja Łąka; Anna Nowak")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Spotkanie jeszcze się nie zaczęło (" + pl.wspolnie.meeting.MeetingDates.when(
                        meetings.get(ahead.getId()).getStartsAt(), MeetingFixtures.WARSAW) + ")")
                .hasMessageNotContaining("innym etapie");
        assertThat(process).isWaitingAt("RecordMeeting");
    }

    @Test
    void theCoordinationTeamsScheduleFilterListsEveryTeamsMeetingsWithWhenAndWhoAndEachTeamSeesOnlyItsOwn() {
        Meeting theatre = plan(culture("Teatr w szkołach", today().plusDays(40), today().plusDays(35), 15));
        Task plan = task(instance(theatre));
        var schedule = filters.createFilterQuery().filterName("Harmonogram spotkań").singleResult();
        assertThat(schedule.getProperties().get("variables").toString()).contains("meetingWhen", "meetingTeamName");
        // Tasklist opens it nearest deadline first (scripts/filter-sorting.js puts this into Tasklist's address)
        assertThat(schedule.getProperties().get("sorting")).isEqualTo(List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc")));

        List<Task> coordinatorSees = as("coordinator", "coordination-team", () -> filters.list(schedule.getId()));
        assertThat(coordinatorSees).extracting(Task::getId).contains(plan.getId());
        // what Tasklist shows next to each task in the list: the variables the filter names, read by the coordinator
        List<VariableInstance> shown = as("coordinator", "coordination-team", () -> runtime.createVariableInstanceQuery()
                .processInstanceIdIn(plan.getProcessInstanceId()).variableNameIn("meetingWhen", "meetingTeamName").list());
        assertThat(shown).hasSize(2);
        List<Task> sportSees = as("sport", "sector-sport", () -> filters.list(schedule.getId()));
        assertThat(sportSees).extracting(Task::getId).doesNotContain(plan.getId());
        List<Task> cultureSees = as("culture", "sector-culture", () -> filters.list(schedule.getId()));
        assertThat(cultureSees).extracting(Task::getId).contains(plan.getId());
        String when = (String) tasks.getVariable(plan.getId(), "meetingWhen");
        assertThat(when).isEqualTo(pl.wspolnie.meeting.MeetingDates.when(theatre.getStartsAt(), MeetingFixtures.WARSAW) + "–"
                + pl.wspolnie.meeting.MeetingDates.clock(theatre.getEndsAt(), MeetingFixtures.WARSAW) + ", " + theatre.getPlace());
        assertThat(when).contains(" r., godz. ");
        assertThat(tasks.getVariable(plan.getId(), "meetingTeamName")).isEqualTo("Zespół branżowy: Kultura i sztuka");
    }

    private Meeting plan(pl.wspolnie.meeting.MeetingRequest request) {
        return as("culture", "sector-culture", () -> meetings.plan(programmeId, request, Set.of("sector-culture")));
    }

    /** What {@code work} returns when done as {@code user} of {@code group}; the engine's authentication is cleared after. */
    private <T> T as(String user, String group, Supplier<T> work) {
        identity.setAuthentication(user, List.of(group));
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    private ProcessInstance instance(Meeting m) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("sector-meeting")
                .processInstanceBusinessKey(String.valueOf(m.getId())).singleResult();
    }

    private Task task(ProcessInstance process) {
        return tasks.createTaskQuery().processInstanceId(process.getId()).singleResult();
    }
}
