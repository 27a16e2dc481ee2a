package pl.wspolnie.meeting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import pl.wspolnie.programme.Calendar;
import pl.wspolnie.programme.NewProgramme;
import pl.wspolnie.programme.ProgrammeKind;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.shared.TypedDates;

/** Programmes and meetings for tests, made through the services and the meeting process as the teams would. */
public final class MeetingFixtures {

    public static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private final ProgrammeService programmes;
    private final MeetingService meetings;
    private final TaskService tasks;
    private final IdentityService identity;

    public MeetingFixtures(ProgrammeService programmes, MeetingService meetings, TaskService tasks, IdentityService identity) {
        this.programmes = programmes;
        this.meetings = meetings;
        this.tasks = tasks;
        this.identity = identity;
    }

    public static LocalDate today() {
        return LocalDate.now(WARSAW);
    }

    public static String typed(LocalDate day) {
        return TypedDates.DAY.format(day);
    }

    /** A programme whose call for proposals is open. */
    public Long programme(String title) {
        LocalDate t = today();
        identity.setAuthentication("coordinator", List.of("coordination-team"));
        try {
            return programmes.create(new NewProgramme(ProgrammeKind.ANNUAL, 2027, 2027, title,
                    new Calendar(t.plusDays(20), t.plusDays(40), t.plusDays(50), t.plusDays(75), null, null))).getId();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** A sector meeting of the culture team on {@code day}, 17:00–19:00, registration until {@code deadline}. */
    public static MeetingRequest culture(String topic, LocalDate day, LocalDate deadline, int capacity) {
        return new MeetingRequest(MeetingKind.SECTOR, topic, List.of("KULTURA"), "KULTURA", typed(day), "17:00", "19:00",
                "Pałac Sztuki, pl. Szczepański 4", null, capacity, "Anna Nowak", typed(deadline));
    }

    /** Planned by the culture team and confirmed in its Tasklist task: published, open for registration. */
    public Meeting published(Long programmeId, MeetingRequest request) {
        identity.setAuthentication("culture", List.of("sector-culture"));
        try {
            Meeting m = meetings.plan(programmeId, request, Set.of("sector-culture"));
            var task = tasks.createTaskQuery().processInstanceId(meetings.get(m.getId()).getProcessInstanceId())
                    .taskDefinitionKey("PlanMeeting").singleResult();
            tasks.complete(task.getId(), Map.of());
            return meetings.get(m.getId());
        } finally {
            identity.clearAuthentication();
        }
    }

    public static RegistrationForm person(String organisation, String email) {
        return new RegistrationForm(organisation, null, "Jan Kowalski", email, null, true);
    }
}
