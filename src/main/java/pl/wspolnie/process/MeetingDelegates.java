package pl.wspolnie.process;

import static pl.wspolnie.process.Vars.id;
import static pl.wspolnie.process.Vars.integer;
import static pl.wspolnie.process.Vars.text;
import static pl.wspolnie.process.Vars.userInput;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.meeting.Meeting;
import pl.wspolnie.meeting.MeetingDates;
import pl.wspolnie.meeting.MeetingKind;
import pl.wspolnie.meeting.MeetingPlanned;
import pl.wspolnie.meeting.MeetingRecords;
import pl.wspolnie.meeting.MeetingRequest;
import pl.wspolnie.meeting.MeetingService;
import pl.wspolnie.meeting.RegistrationService;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.shared.InvalidInputException;

/** Service tasks of sector-meeting.bpmn, and its start when a team plans a meeting. */
@Configuration
class MeetingDelegates {

    static final String PROCESS = "sector-meeting";
    /** How long the team has to confirm the plan, and to record the meeting after it ends. */
    static final Duration PLAN_TIME = Duration.ofDays(7);
    static final Duration RECORD_TIME = Duration.ofDays(14);

    private final MeetingService meetings;
    private final MeetingRecords records;
    private final RegistrationService registrations;
    private final MunicipalityProfile profile;
    private final Clock clock;
    private final ZoneId zone;

    MeetingDelegates(MeetingService meetings, MeetingRecords records, RegistrationService registrations, MunicipalityProfile profile,
                     Clock clock, ZoneId municipalityZone) {
        this.clock = clock;
        this.zone = municipalityZone;
        this.meetings = meetings;
        this.records = records;
        this.registrations = registrations;
        this.profile = profile;
    }

    /** One process per planned meeting, business key = meeting id; runs in the planning transaction. */
    @Component
    static class Starter {
        private final RuntimeService runtime;

        Starter(RuntimeService runtime) {
            this.runtime = runtime;
        }

        @EventListener
        void on(MeetingPlanned event) {
            runtime.startProcessInstanceByKey(PROCESS, String.valueOf(event.meetingId()),
                    Map.of("meetingId", event.meetingId(), "programmeId", event.programmeId()));
        }
    }

    /** The team, its deadlines and the plan as the form shows it, with the pick lists from the profile. */
    @Bean
    JavaDelegate prepareMeeting() {
        return execution -> {
            Long meetingId = id(execution, "meetingId");
            meetings.attachProcess(meetingId, execution.getProcessInstanceId());
            Meeting m = meetings.get(meetingId);
            execution.setVariable("meetingTeam", m.getTeam());
            execution.setVariable(TaskTitle.CONTEXT, TaskTitle.shorten(m.getTopic(), 150));
            showInSchedule(execution, m);
            Instant due = clock.instant().plus(PLAN_TIME);
            execution.setVariable("planDue", Deadlines.of(due.isBefore(m.getRegistrationClosesAt()) ? due : m.getRegistrationClosesAt()));
            List<Map<String, String>> kinds = new ArrayList<>();
            for (MeetingKind k : MeetingKind.values()) {
                kinds.add(Map.of("value", k.name(), "label", k.label()));
            }
            execution.setVariable("kindOptions", Spin.JSON(kinds));
            execution.setVariable("sectorOptions", Spin.JSON(profile.sectors().stream()
                    .map(s -> Map.of("value", s.code(), "label", s.name())).toList()));
            MeetingRequest r = meetings.asRequest(meetingId);
            execution.setVariable("kind", r.kind().name());
            execution.setVariable("topic", r.topic());
            execution.setVariable("sectors", Spin.JSON(r.sectors()));
            execution.setVariable("date", r.date());
            execution.setVariable("startTime", r.startTime());
            execution.setVariable("endTime", r.endTime());
            execution.setVariable("place", r.place());
            execution.setVariable("onlineLink", r.onlineLink());
            execution.setVariable("capacity", r.capacity());
            execution.setVariable("moderator", r.moderator());
            execution.setVariable("registrationDeadline", r.registrationDeadline());
            execution.setVariable("moderatingSector", r.moderatingSector());
        };
    }

    /** The plan as confirmed on the form; the meeting goes on the public schedule. */
    @Bean
    JavaDelegate publishMeeting() {
        return execution -> {
            Meeting m = userInput(() -> meetings.confirmPlan(id(execution, "meetingId"), fromForm(execution)));
            execution.setVariable("meetingEndsAt", Deadlines.of(m.getEndsAt()));
            execution.setVariable("recordDue", Deadlines.of(m.getEndsAt().plus(RECORD_TIME)));
            execution.setVariable(TaskTitle.CONTEXT, TaskTitle.shorten(m.getTopic(), 150));
            showInSchedule(execution, m);
        };
    }

    /**
     * What the coordination team's "Harmonogram spotkań" filter shows next to each team's meeting task: when and where
     * ("środa, 15 marca 2027 r., godz. 17:30–19:30, Dom Kultury"), and which team moderates it.
     */
    private void showInSchedule(DelegateExecution execution, Meeting m) {
        String where = m.getPlace() != null && !m.getPlace().isBlank() ? m.getPlace() : "online";
        execution.setVariable("meetingWhen", TaskTitle.shorten(MeetingDates.when(m.getStartsAt(), zone) + "–"
                + MeetingDates.clock(m.getEndsAt(), zone) + ", " + where, 400));
        execution.setVariable("meetingTeamName", profile.sectors().stream().filter(s -> s.group().equals(m.getTeam()))
                .map(s -> "Zespół branżowy: " + s.name()).findFirst().orElse("Zespół koordynacyjny"));
    }

    /** What the team sees when recording the meeting: who registered (numbers, organisations, seat or waiting list). */
    @Bean
    JavaDelegate summariseMeeting() {
        return execution -> {
            StringBuilder text = new StringBuilder();
            for (var r : registrations.of(id(execution, "meetingId"))) {
                text.append(r.getReference()).append(" – ").append(r.getOrganisation()).append(" – ").append(r.getPerson())
                        .append(switch (r.getStatus()) {
                            case CONFIRMED -> "";
                            case WAITING -> " (lista oczekujących)";
                            case CANCELLED -> " (zrezygnował)";
                        }).append('\n');
            }
            execution.setVariable("meetingSummary", text.length() == 0 ? "Nikt się nie zapisał." : TaskTitle.shorten(text.toString(), 4000));
        };
    }

    @Bean
    JavaDelegate recordMeetingHeld() {
        return execution -> userInput(() -> records.recordHeld(id(execution, "meetingId"), text(execution, "presentRegistrations"),
                text(execution, "walkIns"), text(execution, "postulates")));
    }

    private static MeetingRequest fromForm(DelegateExecution execution) {
        String kind = text(execution, "kind");
        MeetingKind parsed;
        try {
            parsed = kind == null || kind.isBlank() ? null : MeetingKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "unknown kind " + kind);
        }
        return new MeetingRequest(parsed, text(execution, "topic"), list(execution.getVariable("sectors")),
                text(execution, "moderatingSector"), text(execution, "date"), text(execution, "startTime"),
                text(execution, "endTime"), text(execution, "place"), text(execution, "onlineLink"),
                integer(execution, "capacity"), text(execution, "moderator"), text(execution, "registrationDeadline"));
    }

    /** A checklist's value: a JSON array (Tasklist), a Java list (tests) or comma-separated text (engine REST). */
    static List<String> list(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof SpinJsonNode json) {
            return json.isArray() ? json.elements().stream().map(SpinJsonNode::stringValue).toList() : List.of(json.stringValue());
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        String text = value.toString().strip();
        if (text.startsWith("[")) {
            return list(Spin.JSON(text));
        }
        return text.isEmpty() ? List.of() : List.of(text.split("\\s*,\\s*"));
    }
}
