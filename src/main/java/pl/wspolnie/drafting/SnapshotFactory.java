package pl.wspolnie.drafting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import pl.wspolnie.consultation.ConsultationComment;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.council.CouncilService;
import pl.wspolnie.council.CouncilSubmission;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.programme.PriorityTask;
import pl.wspolnie.programme.Programme;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.text.CommentTraces;
import pl.wspolnie.text.TextService;
import pl.wspolnie.text.Unit;

/** Reads the current state of a cycle from the features and freezes it into a {@link DraftSnapshot}. */
@Component
class SnapshotFactory {

    private final ProgrammeService programmes;
    private final ConsultationService consultations;
    private final CouncilService council;
    private final MunicipalityProfile profile;
    private final ZoneId zone;
    private final TextService text;
    private final MeetingsPartFactory meetings;
    private final CommentTraces traces;

    SnapshotFactory(ProgrammeService programmes, ConsultationService consultations, CouncilService council,
                    MunicipalityProfile profile, ZoneId municipalityZone, TextService text, MeetingsPartFactory meetings,
                    CommentTraces traces) {
        this.text = text;
        this.traces = traces;
        this.meetings = meetings;
        this.programmes = programmes;
        this.consultations = consultations;
        this.council = council;
        this.profile = profile;
        this.zone = municipalityZone;
    }

    DraftSnapshot take(Long programmeId, int version, DraftStage stage, String note, String author, Instant at) {
        Programme p = programmes.get(programmeId);
        var calendar = p.getCalendar();
        var programme = new DraftSnapshot.ProgrammeData(p.getKind().name(), p.getFirstYear(), p.getLastYear(), p.getTitle(),
                p.getRound(), calendar.consultationStart(), calendar.consultationEnd(), calendar.councilDeadline());
        var municipality = new DraftSnapshot.Municipality(profile.name(), profile.council(), profile.mayor(),
                profile.publicBenefitCouncil(), profile.councilChair());
        List<Unit> units = text.units(programmeId);
        return new DraftSnapshot(DraftSnapshot.FORMAT, programmeId, version, stage, stage.label(), day(at), author, note,
                municipality, programme, sections(programmeId, units), consultation(programmeId), council(p),
                meetings.take(programmeId), text.source(programmeId).orElse(null), units);
    }

    /**
     * When the consultation report of the current round exists, who made it and on which day: signed off by the
     * coordination team, or (while answers are written) when the window closed. Empty while the window is open.
     */
    java.util.Optional<ReportStage> reportStage(Long programmeId, Instant now) {
        return consultations.current(programmeId).map(c -> {
            boolean open = c.getStatus() == pl.wspolnie.consultation.ConsultationStatus.OPEN && now.isBefore(c.getClosesAt());
            Instant at = c.getSignedOffAt() != null ? c.getSignedOffAt()
                    : c.getIntakeClosedAt() != null ? c.getIntakeClosedAt() : c.getClosesAt();
            return new ReportStage(open, at, c.getSignedOffBy(), day(c.getClosesAt().minusSeconds(1)));
        });
    }

    /** See {@link #reportStage}; {@code lastDay} is the last day of the window. */
    record ReportStage(boolean open, Instant madeAt, String madeBy, LocalDate lastDay) {
    }

    /** Each sector's description is the wording of its unit in the text. */
    private List<DraftSnapshot.Section> sections(Long programmeId, List<Unit> units) {
        List<PriorityTask> tasks = programmes.priorityTasks(programmeId);
        return programmes.sections(programmeId).stream().map(s -> new DraftSnapshot.Section(s.getSectorCode(),
                s.getSectorName(), units.stream().filter(u -> s.getSectorCode().equals(u.sector())).map(Unit::text)
                .findFirst().orElse(s.getNarrative()), tasks.stream().filter(t -> t.getSectionId().equals(s.getId()))
                .map(SnapshotFactory::task).toList())).toList();
    }

    private static DraftSnapshot.Task task(PriorityTask t) {
        var amounts = t.getAmounts().stream().sorted(Comparator.comparingInt(a -> a.getBudgetYear()))
                .map(a -> new DraftSnapshot.Amount(a.getBudgetYear(), a.getAmount())).toList();
        return new DraftSnapshot.Task(t.getTitle(), t.getDescription(), t.getTaskForm().name(), t.getTaskForm().label(),
                t.getFundingMode() == null ? null : t.getFundingMode().name(),
                t.getFundingMode() == null ? null : t.getFundingMode().label(), t.getResponsibleDepartment(), amounts);
    }

    private DraftSnapshot.ConsultationData consultation(Long programmeId) {
        return consultations.current(programmeId).map(c -> {
            Map<String, CommentTraces.Outcome> outcomes = traces.outcomes(programmeId);
            List<DraftSnapshot.Comment> comments = consultations.comments(programmeId).stream()
                    .filter(x -> x.getConsultationId().equals(c.getId()))
                    .map(x -> comment(x, outcomes.get(x.getExternalRef()))).toList();
            var opinion = consultations.opinion(c.getId()).map(o -> new DraftSnapshot.Opinion(o.getStatus().name(),
                    o.getOpinionText(), day(o.getRecordedAt()))).orElse(null);
            // closesAt is the first instant after the last day of the window
            return new DraftSnapshot.ConsultationData(c.getRound(), c.getStatus().name(), day(c.getOpenedAt()),
                    day(c.getClosesAt().minusSeconds(1)), day(c.getOpinionDeadline().minusSeconds(1)), comments, opinion);
        }).orElse(null);
    }

    private DraftSnapshot.Comment comment(ConsultationComment c, CommentTraces.Outcome outcome) {
        return new DraftSnapshot.Comment(c.getExternalRef(), c.getOrganisation(), c.getKrs(), c.getSection(),
                c.getCurrentText(), c.getProposedText(), c.getJustification(),
                c.getDecision() == null ? null : c.getDecision().name(), c.getResponseJustification(), day(c.getCreatedAt()),
                c.getChannel() == null ? null : c.getChannel().name(),
                outcome == null ? null : outcome.unitLabel(), outcome == null ? null : outcome.adoptedWording());
    }

    private DraftSnapshot.CouncilData council(Programme p) {
        return council.submissions(p.getId()).stream().filter(s -> s.getRound() == p.getRound()).findFirst()
                .map(SnapshotFactory::council).orElse(null);
    }

    private static DraftSnapshot.CouncilData council(CouncilSubmission s) {
        return new DraftSnapshot.CouncilData(s.getPrintNumber(), s.getSubmittedOn(),
                s.getDecision() == null ? null : s.getDecision().name(), s.getResolutionNumber(), s.getDecisionDate(),
                s.getAmendments());
    }

    private LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone);
    }
}
