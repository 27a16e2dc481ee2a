package pl.wspolnie.council;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.history.ChangeHistory;
import pl.wspolnie.programme.Programme;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.programme.Stage;
import pl.wspolnie.security.CurrentUser;
import pl.wspolnie.shared.ConflictException;
import pl.wspolnie.shared.FieldErrors;
import pl.wspolnie.shared.Limits;

/** The Mayor's approval, the submission to the City Council and the council's decision. */
@Service
@Transactional
public class CouncilService {

    private final MayorDecisions mayorDecisions;
    private final CouncilSubmissions submissions;
    private final ProgrammeService programmes;
    private final ChangeHistory history;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    CouncilService(MayorDecisions mayorDecisions, CouncilSubmissions submissions, ProgrammeService programmes,
                   ChangeHistory history, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
                   ZoneId municipalityZone) {
        this.mayorDecisions = mayorDecisions;
        this.submissions = submissions;
        this.programmes = programmes;
        this.history = history;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.zone = municipalityZone;
    }

    public void recordMayorDecision(Long programmeId, MayorChoice decision, String remarks) {
        var errors = new FieldErrors().required(decision, "mayorDecision");
        errors.throwIfAny();
        errors.check(decision != MayorChoice.RETURN || (remarks != null && !remarks.isBlank()), "mayorRemarks",
                        "is required when the draft is returned")
                .maxLength(remarks, Limits.FORM_TEXT, "mayorRemarks").throwIfAny();
        String text = remarks == null || remarks.isBlank() ? null : remarks.strip();
        var saved = mayorDecisions.save(new MayorDecision(programmeId, decision.name(), text, currentUser.id(), clock.instant()));
        boolean approved = decision == MayorChoice.APPROVE;
        history.record(programmeId, "MayorDecision", saved.getId(), "MAYOR_" + (approved ? "APPROVED" : "RETURNED"), text);
        programmes.moveTo(programmeId, approved ? Stage.COUNCIL_SUBMISSION : Stage.REVISION);
    }

    /** The council office sends the draft as a numbered print. */
    public CouncilSubmission submit(Long programmeId, String printNumber, LocalDate submittedOn) {
        var errors = new FieldErrors().required(printNumber, "printNumber").maxLength(printNumber, 50, "printNumber")
                .required(submittedOn, "submittedOn");
        errors.throwIfAny();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        errors.check(!submittedOn.isAfter(today), "submittedOn", "must not be in the future").throwIfAny();
        Programme programme = programmes.get(programmeId);
        if (submissions.findByProgrammeIdAndRound(programmeId, programme.getRound()).isPresent()) {
            throw new ConflictException("Round " + programme.getRound() + " of programme " + programmeId + " was already submitted");
        }
        var submission = submissions.save(new CouncilSubmission(programmeId, programme.getRound(), printNumber.strip(),
                submittedOn, currentUser.id(), clock.instant()));
        history.record(programmeId, "CouncilSubmission", submission.getId(), "SUBMITTED_TO_COUNCIL",
                "druk nr " + submission.getPrintNumber() + " z " + submittedOn);
        programmes.moveTo(programmeId, Stage.AWAITING_COUNCIL);
        return submission;
    }

    /** Records the council's decision on the pending submission and lets the drafting process continue. */
    public CouncilSubmission recordDecision(Long programmeId, DecisionRequest r) {
        CouncilSubmission decided = decide(programmeId, r);
        events.publishEvent(new CouncilDecisionRecorded(programmeId, r.decision(), decided.getAmendments()));
        return decided;
    }

    /**
     * The same decision recorded from the council office's task in the drafting process: the same checks and
     * history, but no message to the process, which is the caller and continues by itself.
     */
    public CouncilSubmission recordDecisionFromTask(Long programmeId, DecisionRequest r) {
        return decide(programmeId, r);
    }

    private CouncilSubmission decide(Long programmeId, DecisionRequest r) {
        Programme programme = programmes.get(programmeId);
        var errors = new FieldErrors();
        if (r == null) {
            errors.required(null, "body").throwIfAny();
        }
        errors.required(r.decision(), "decision").required(r.decisionDate(), "decisionDate")
                .maxLength(r.resolutionNumber(), 100, "resolutionNumber").maxLength(r.amendments(), 20000, "amendments");
        if (r.decision() == CouncilDecision.ADOPTED || r.decision() == CouncilDecision.ADOPTED_WITH_AMENDMENTS) {
            errors.required(r.resolutionNumber(), "resolutionNumber");
        }
        if (r.decision() == CouncilDecision.ADOPTED_WITH_AMENDMENTS) {
            errors.required(r.amendments(), "amendments");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        errors.check(r.decisionDate() == null || !r.decisionDate().isAfter(today), "decisionDate", "must not be in the future");
        errors.throwIfAny();
        CouncilSubmission pending = submissions.findByProgrammeIdAndRound(programmeId, programme.getRound())
                .filter(s -> s.getDecision() == null)
                .filter(s -> programme.getStage() == Stage.AWAITING_COUNCIL)
                .orElseThrow(() -> new ConflictException("Programme " + programmeId + " is not awaiting a council decision (stage "
                        + programme.getStage() + ")"));
        errors.check(!r.decisionDate().isBefore(pending.getSubmittedOn()), "decisionDate",
                "must not be before the submission on " + pending.getSubmittedOn()).throwIfAny();
        String amendments = r.amendments() == null || r.amendments().isBlank() ? null : r.amendments().strip();
        String resolution = r.resolutionNumber() == null || r.resolutionNumber().isBlank() ? null : r.resolutionNumber().strip();
        pending.decide(r.decision(), resolution, r.decisionDate(), amendments, currentUser.id(), clock.instant());
        history.record(programmeId, "CouncilSubmission", pending.getId(), "COUNCIL_" + r.decision(),
                (resolution != null ? "uchwała nr " + resolution + " z " + r.decisionDate() : "z " + r.decisionDate())
                        + (amendments != null ? "; poprawki: " + amendments : ""));
        if (r.decision() == CouncilDecision.ADOPTED_WITH_AMENDMENTS) {
            programmes.moveTo(programmeId, Stage.AMENDMENTS);
        }
        return pending;
    }

    /**
     * The resolution that adopted a programme drafted outside this system (registered without a process and
     * adopted), so that the next programme's repeal clause can name it; no process is told.
     */
    public CouncilSubmission recordEarlierAdoption(Long programmeId, String printNumber, String resolutionNumber,
                                                   LocalDate adoptedOn) {
        Programme programme = programmes.get(programmeId);
        new FieldErrors().required(printNumber, "printNumber").required(resolutionNumber, "resolutionNumber")
                .required(adoptedOn, "decisionDate").throwIfAny();
        if (programme.getProcessInstanceId() != null || programme.getStage() != Stage.ADOPTED
                || !submissions.findByProgrammeIdOrderByRound(programmeId).isEmpty()) {
            throw new ConflictException("Programme " + programmeId + " is not an adopted programme from outside the system");
        }
        var submission = new CouncilSubmission(programmeId, programme.getRound(), printNumber.strip(), adoptedOn,
                currentUser.id(), clock.instant());
        submission.decide(CouncilDecision.ADOPTED, resolutionNumber.strip(), adoptedOn, null, currentUser.id(), clock.instant());
        submission = submissions.save(submission);
        history.record(programmeId, "CouncilSubmission", submission.getId(), "COUNCIL_ADOPTED",
                "uchwała nr " + submission.getResolutionNumber() + " z " + adoptedOn + " (przyjęta poza systemem)");
        return submission;
    }

    @Transactional(readOnly = true)
    public List<CouncilSubmission> submissions(Long programmeId) {
        programmes.get(programmeId);
        return submissions.findByProgrammeIdOrderByRound(programmeId);
    }

    @Transactional(readOnly = true)
    public List<MayorDecision> mayorDecisions(Long programmeId) {
        return mayorDecisions.findByProgrammeIdOrderById(programmeId);
    }

    @Transactional(readOnly = true)
    public String amendments(Long programmeId) {
        Programme programme = programmes.get(programmeId);
        return submissions.findByProgrammeIdAndRound(programmeId, programme.getRound())
                .map(CouncilSubmission::getAmendments).orElse("");
    }
}
