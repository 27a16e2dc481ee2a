package pl.wspolnie.meeting;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.history.ChangeHistory;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.security.CurrentUser;
import pl.wspolnie.security.Groups;
import pl.wspolnie.shared.ConflictException;
import pl.wspolnie.shared.InvalidInputException;
import pl.wspolnie.shared.NotFoundException;

/**
 * Planning meetings: a sector team plans its own sector's meetings, the coordination team any. A planned meeting
 * starts its process; the team confirms the plan in Tasklist, which publishes it for registration.
 */
@Service
@Transactional
public class MeetingService {

    private final Meetings meetings;
    private final Attendances attendances;
    private final ProgrammeService programmes;
    private final MunicipalityProfile profile;
    private final ChangeHistory history;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    MeetingService(Meetings meetings, Attendances attendances, ProgrammeService programmes, MunicipalityProfile profile,
                   ChangeHistory history, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
                   ZoneId municipalityZone) {
        this.meetings = meetings;
        this.attendances = attendances;
        this.programmes = programmes;
        this.profile = profile;
        this.history = history;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.zone = municipalityZone;
    }

    /** Plans a meeting for the team of the caller ({@code groups}: the caller's Tasklist groups) and starts its process. */
    public Meeting plan(Long programmeId, MeetingRequest request, Set<String> groups) {
        programmes.get(programmeId);
        MeetingPlan plan = MeetingPlan.of(request, profile, zone);
        String team = team(request.moderatingSector(), plan, groups);
        Meeting meeting = meetings.save(new Meeting(programmeId, team, plan, clock.instant(), currentUser.id()));
        history.record(programmeId, "Meeting", meeting.getId(), "MEETING_PLANNED",
                meeting.getKind().label() + ": " + meeting.getTopic() + ", " + MeetingDates.when(meeting.getStartsAt(), zone));
        events.publishEvent(new MeetingPlanned(meeting.getId(), programmeId));
        return meeting;
    }

    /** The team confirmed the plan (possibly changed) in Tasklist: the meeting goes on the public schedule. */
    public Meeting confirmPlan(Long meetingId, MeetingRequest request) {
        Meeting meeting = get(meetingId);
        if (meeting.getStatus() == MeetingStatus.HELD) {
            throw new ConflictException("Meeting " + meetingId + " was already held");
        }
        meeting.apply(MeetingPlan.of(request, profile, zone));
        meeting.publish();
        history.record(meeting.getProgrammeId(), "Meeting", meetingId, "MEETING_PUBLISHED",
                meeting.getTopic() + ", " + MeetingDates.when(meeting.getStartsAt(), zone));
        return meeting;
    }

    /** The moderating team confirmed the meeting took place; its attendance must be recorded first. */
    public Meeting recordHeld(Long meetingId) {
        Meeting meeting = get(meetingId);
        if (attendances.countByMeetingId(meetingId) == 0) {
            throw new InvalidInputException("attendance", "record who took part before closing the meeting");
        }
        if (meeting.getStatus() != MeetingStatus.HELD) {
            meeting.held(clock.instant());
            history.record(meeting.getProgrammeId(), "Meeting", meetingId, "MEETING_HELD", meeting.getTopic());
        }
        return meeting;
    }

    public void attachProcess(Long meetingId, String processInstanceId) {
        get(meetingId).attachProcess(processInstanceId);
    }

    @Transactional(readOnly = true)
    public Meeting get(Long meetingId) {
        return meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("Meeting", meetingId));
    }

    /** A meeting of the programme named in the path; 404 for a meeting of another programme. */
    @Transactional(readOnly = true)
    public Meeting get(Long programmeId, Long meetingId) {
        Meeting meeting = get(meetingId);
        if (!meeting.getProgrammeId().equals(programmeId)) {
            throw new NotFoundException("Meeting", meetingId);
        }
        return meeting;
    }

    /** Every meeting of a programme by date: every team's schedule, as the coordination team sees it. */
    @Transactional(readOnly = true)
    public List<Meeting> of(Long programmeId) {
        programmes.get(programmeId);
        return meetings.findByProgrammeIdOrderByStartsAtAscIdAsc(programmeId);
    }

    /** Meetings on the public schedule (published or held), by date. */
    @Transactional(readOnly = true)
    public List<Meeting> publicSchedule() {
        return meetings.findByStatusInOrderByStartsAtAscIdAsc(List.of(MeetingStatus.PUBLISHED, MeetingStatus.HELD));
    }

    /** The plan as the Tasklist form shows it back (dates DD.MM.RRRR). */
    @Transactional(readOnly = true)
    public MeetingRequest asRequest(Long meetingId) {
        Meeting m = get(meetingId);
        String moderating = profile.sectors().stream().filter(s -> s.group().equals(m.getTeam()))
                .map(MunicipalityProfile.Sector::code).findFirst().orElse(null);
        return new MeetingRequest(m.getKind(), m.getTopic(), m.getSectors(), moderating, MeetingDates.typed(m.getStartsAt(), zone),
                MeetingDates.clock(m.getStartsAt(), zone), MeetingDates.clock(m.getEndsAt(), zone), m.getPlace(),
                m.getOnlineLink(), m.getCapacity(), m.getModerator(),
                MeetingDates.typed(m.getRegistrationClosesAt().minusSeconds(1), zone));
    }

    /** Whether someone in {@code groups} may act for the team of the meeting (its moderating team or coordination). */
    public static boolean mayAct(Meeting meeting, Set<String> groups) {
        return groups.contains(Groups.COORDINATION_TEAM) || groups.contains(Groups.ADMIN) || groups.contains(meeting.getTeam());
    }

    private String team(String moderatingSector, MeetingPlan plan, Set<String> groups) {
        boolean coordination = groups.contains(Groups.COORDINATION_TEAM) || groups.contains(Groups.ADMIN);
        if (moderatingSector == null || moderatingSector.isBlank()) {
            if (coordination) {
                return Groups.COORDINATION_TEAM;
            }
            var own = profile.sectors().stream().filter(s -> groups.contains(s.group())).toList();
            if (own.size() != 1) {
                throw new AccessDeniedException("Only the coordination team or a sector team plans meetings");
            }
            moderatingSector = own.get(0).code();
        }
        var sector = profile.sector(moderatingSector.strip().toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new InvalidInputException("moderatingSector", "unknown sector"));
        if (!coordination && !groups.contains(sector.group())) {
            throw new AccessDeniedException("A sector team plans the meetings of its own sector only");
        }
        if (!coordination && !plan.sectors().contains(sector.code())) {
            throw new InvalidInputException("sectors", "a sector team's meeting is about its own sector " + sector.code());
        }
        return sector.group();
    }
}
