package pl.wspolnie.programme;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.history.ChangeHistory;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.security.CurrentUser;
import pl.wspolnie.shared.ConflictException;
import pl.wspolnie.shared.FieldErrors;

/**
 * When an approved draft goes out for consultation: on the calendar's planned start day, not before (the day is
 * announced to the organisations), or at once when that day has come. The coordination team may move the start
 * while the consultation waits; the planned end and the Public Benefit Council's opinion day then keep their
 * statutory distance from it.
 */
@Service
@Transactional
public class ConsultationSchedule {

    /** When the consultation opens, and whether the process has to wait for it. */
    public record Opening(LocalDate day, Instant at, boolean waits) {
    }

    private final Programmes programmes;
    private final ProgrammeService lifecycle;
    private final MunicipalityProfile profile;
    private final ChangeHistory history;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ZoneId zone;

    ConsultationSchedule(Programmes programmes, ProgrammeService lifecycle, MunicipalityProfile profile, ChangeHistory history,
                         CurrentUser currentUser, Clock clock, ZoneId municipalityZone) {
        this.programmes = programmes;
        this.lifecycle = lifecycle;
        this.profile = profile;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
        this.zone = municipalityZone;
    }

    /** The draft was approved for consultation: the text freezes and the opening waits for the planned day. */
    public Opening schedule(Long programmeId) {
        Programme programme = lifecycle.get(programmeId);
        lifecycle.moveTo(programmeId, Stage.CONSULTATION_SCHEDULED);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate planned = programme.getCalendar().consultationStart();
        boolean waits = planned.isAfter(today);
        LocalDate day = waits ? planned : today;
        history.record(programmeId, "Programme", programmeId, "CONSULTATION_SCHEDULED",
                waits ? "konsultacje od " + day : "konsultacje od razu (planowany początek " + planned + ")");
        return new Opening(day, waits ? day.atStartOfDay(zone).toInstant() : clock.instant(), waits);
    }

    /**
     * Moves the start of a consultation that has not opened yet. Today opens it at once; the end and the opinion day
     * move later when the new start leaves them less than the statutory days.
     */
    public Calendar reschedule(Long programmeId, LocalDate start) {
        Programme programme = lifecycle.get(programmeId);
        if (programme.getStage() != Stage.CONSULTATION_SCHEDULED) {
            throw new ConflictException("The consultation of programme " + programmeId + " is not waiting to open; stage "
                    + programme.getStage());
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        new FieldErrors().required(start, "newConsultationStart")
                .check(start == null || !start.isBefore(today), "newConsultationStart", "must not be before today " + today)
                .throwIfAny();
        Calendar c = programme.getCalendar();
        LocalDate end = later(c.consultationEnd(), start.plusDays(profile.consultationDays()));
        LocalDate opinion = later(c.opinionDeadline(), start.plusDays(profile.publicBenefitCouncilOpinionDays()));
        Calendar next = new Calendar(c.proposalDeadline(), c.sectionsDue(), start, end, opinion, c.councilDeadline());
        programme.replan(next, currentUser.id(), clock.instant());
        programmes.save(programme);
        history.record(programmeId, "Programme", programmeId, "CONSULTATION_RESCHEDULED",
                "początek konsultacji " + c.consultationStart() + " → " + start + ", koniec " + end);
        return next;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
