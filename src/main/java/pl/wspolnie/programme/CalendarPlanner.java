package pl.wspolnie.programme;

import java.time.LocalDate;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.shared.FieldErrors;

/**
 * Proposes a cycle's calendar backwards from the adoption deadline (30 November of the year before the
 * programme, art. 5a ust. 1) and checks a calendar someone edited. Pure logic.
 */
final class CalendarPlanner {

    /** Days between the end of consultation and the adoption deadline: report, opinion, Mayor, council. */
    static final int AFTER_CONSULTATION_DAYS = 35;
    /** Days the coordination team has to review sector sections before consultation starts. */
    static final int REVIEW_DAYS = 21;
    /** Days the sectoral teams have to write their sections after the call for proposals closes. */
    static final int SECTOR_WORK_DAYS = 45;

    private CalendarPlanner() {
    }

    /** Any non-null field of {@code edited} replaces the proposed date; later fields follow earlier ones. */
    static Calendar plan(int firstYear, MunicipalityProfile profile, Calendar edited) {
        Calendar e = edited != null ? edited : new Calendar(null, null, null, null, null, null);
        LocalDate deadline = or(e.councilDeadline(), profile.adoptionDeadline().atYear(firstYear - 1));
        LocalDate consultationEnd = or(e.consultationEnd(), deadline.minusDays(AFTER_CONSULTATION_DAYS));
        LocalDate consultationStart = or(e.consultationStart(), consultationEnd.minusDays(profile.consultationDays()));
        LocalDate opinionDeadline = or(e.opinionDeadline(), consultationStart.plusDays(profile.publicBenefitCouncilOpinionDays()));
        LocalDate sectionsDue = or(e.sectionsDue(), consultationStart.minusDays(REVIEW_DAYS));
        LocalDate proposalDeadline = or(e.proposalDeadline(), sectionsDue.minusDays(SECTOR_WORK_DAYS));
        Calendar calendar = new Calendar(proposalDeadline, sectionsDue, consultationStart, consultationEnd,
                opinionDeadline, deadline);
        check(calendar, profile);
        return calendar;
    }

    static void check(Calendar c, MunicipalityProfile profile) {
        new FieldErrors()
                .check(!c.sectionsDue().isBefore(c.proposalDeadline()), "calendar.sectionsDue",
                        "must not be before the proposal deadline " + c.proposalDeadline())
                .check(!c.consultationStart().isBefore(c.sectionsDue()), "calendar.consultationStart",
                        "must not be before the sector sections are due " + c.sectionsDue())
                .check(!c.consultationEnd().isBefore(c.consultationStart().plusDays(profile.consultationDays())),
                        "calendar.consultationEnd", "consultation must last at least " + profile.consultationDays() + " days")
                .check(c.opinionDeadline().isAfter(c.consultationStart()), "calendar.opinionDeadline",
                        "must be after the consultation starts")
                .throwIfAny();
    }

    /**
     * What is wrong with a calendar but must not block the cycle: the statutory deadline is often missed, so a
     * plan that misses it, or dates already past when the cycle starts, are warnings.
     */
    static java.util.List<String> warnings(Calendar c, LocalDate today) {
        var warnings = new java.util.ArrayList<String>();
        if (c.consultationEnd().isAfter(c.councilDeadline())) {
            warnings.add("Konsultacje kończą się " + c.consultationEnd() + ", po terminie uchwalenia " + c.councilDeadline());
        }
        if (c.proposalDeadline().isBefore(today)) {
            warnings.add("Termin naboru propozycji (" + c.proposalDeadline() + ") już minął – nabór zamknie się od razu");
        }
        return warnings;
    }

    private static LocalDate or(LocalDate given, LocalDate proposed) {
        return given != null ? given : proposed;
    }
}
