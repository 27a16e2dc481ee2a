package pl.wspolnie.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.history.ChangeHistory;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.programme.Programme;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.programme.Stage;
import pl.wspolnie.security.CurrentUser;
import pl.wspolnie.security.Groups;
import pl.wspolnie.shared.ConflictException;
import pl.wspolnie.shared.FieldErrors;
import pl.wspolnie.shared.Limits;
import pl.wspolnie.shared.NotFoundException;

/**
 * Public consultation: the window, comment intake (rules in {@link CommentRules}), the Public Benefit Council opinion,
 * answers and sign-off; what the forms show of a round is {@link ConsultationSummaries}.
 */
@Service
@Transactional
public class ConsultationService {

    public record Submitted(ConsultationComment comment, boolean created) {
    }

    /** What the answering team sees of a comment, and which group answers it. */
    public record CommentBrief(Long commentId, String responseGroup, String organisation, String section,
                               String currentText, String proposedText, String justification) {
    }

    private final Consultations consultations;
    private final ConsultationComments comments;
    private final BenefitCouncilOpinions opinions;
    private final ProgrammeService programmes;
    private final MunicipalityProfile profile;
    private final CommentRules rules;
    private final ChangeHistory history;
    private final CommentTargets targets;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    ConsultationService(Consultations consultations, ConsultationComments comments, BenefitCouncilOpinions opinions,
                        ProgrammeService programmes, MunicipalityProfile profile, CommentRules rules, ChangeHistory history,
                        CommentTargets targets, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock, ZoneId municipalityZone) {
        this.consultations = consultations;
        this.comments = comments;
        this.opinions = opinions;
        this.programmes = programmes;
        this.profile = profile;
        this.rules = rules;
        this.history = history;
        this.targets = targets;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.zone = municipalityZone;
    }

    /**
     * Opens a consultation round now. It closes at the end of the planned last day, but never before the
     * municipality's minimum number of days; the Public Benefit Council has its opinion days from today.
     */
    public Consultation open(Long programmeId) {
        Programme programme = programmes.get(programmeId);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate planned = programme.getCalendar().consultationEnd();
        LocalDate minimum = today.plusDays(profile.consultationDays());
        LocalDate lastDay = planned.isAfter(minimum) ? planned : minimum;
        Instant closesAt = endOf(lastDay);
        Instant opinionDeadline = endOf(today.plusDays(profile.publicBenefitCouncilOpinionDays()));
        var existing = consultations.findFirstByProgrammeIdOrderByRoundDesc(programmeId);
        int round = existing.map(c -> c.getRound() + 1).orElse(1);
        Consultation consultation = consultations.save(new Consultation(programmeId, round, now, closesAt, opinionDeadline));
        programmes.moveTo(programmeId, Stage.CONSULTATION);
        history.record(programmeId, "Consultation", consultation.getId(), "CONSULTATION_OPENED",
                "round " + round + ", comments until " + lastDay + ", opinion until " + today.plusDays(profile.publicBenefitCouncilOpinionDays()));
        events.publishEvent(new ConsultationOpened(programmeId, consultation.getId(), round, now, closesAt));
        return consultation;
    }

    private Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * Stores a comment from the API while the window is open; a repeated reference returns the first comment. Its
     * channel is API unless the submission says EMAIL (the office entering an e-mailed comment).
     */
    public Submitted submitComment(Long programmeId, CommentSubmission submitted) {
        return submit(programmeId, submitted, null);
    }

    /** A comment sent with the public site's form: its channel is that form, whatever the submission says. */
    public Submitted submitFromPublicForm(Long programmeId, CommentSubmission submitted) {
        return submit(programmeId, submitted, CommentChannel.PUBLIC_FORM);
    }

    /** A postulate raised at a meeting with organisations while the consultation is open, entered as a comment. */
    public Submitted submitFromMeeting(Long programmeId, CommentSubmission submitted) {
        return submit(programmeId, submitted, CommentChannel.MEETING);
    }

    private Submitted submit(Long programmeId, CommentSubmission submitted, CommentChannel fixedChannel) {
        CommentSubmission s = submitted == null ? null : submitted.normalised();
        programmes.get(programmeId);
        if (s != null && s.externalRef() != null && !s.externalRef().isBlank()) {
            var existing = comments.findByProgrammeIdAndExternalRef(programmeId, s.externalRef().strip());
            if (existing.isPresent()) {
                return new Submitted(existing.get(), false);
            }
        }
        rules.validate(s);
        Consultation open = current(programmeId).filter(c -> c.acceptsComments(clock.instant()))
                .orElseThrow(() -> new ConflictException("No consultation of programme " + programmeId + " is open for comments"));
        CommentChannel channel = fixedChannel != null ? fixedChannel
                : s.channel() == null || s.channel().isBlank() ? CommentChannel.API : CommentChannel.valueOf(s.channel().strip());
        var comment = comments.save(new ConsultationComment(open.getId(), programmeId, s, channel, currentUser.id(), clock.instant()));
        history.record(programmeId, "ConsultationComment", comment.getId(), "COMMENT_RECEIVED",
                comment.getExternalRef() + " (" + comment.getOrganisation() + ") " + comment.getSection());
        events.publishEvent(new CommentReceived(programmeId, open.getId(), open.getRound(), comment.getId(),
                comment.getExternalRef(), comment.getOrganisation(), comment.getContactPerson(), comment.getEmail(),
                comment.getSection(), comment.getCreatedAt(), open.getClosesAt()));
        return new Submitted(comment, true);
    }


    /**
     * The coordination team ends the comment window before its planned end (from Tasklist): the reason is required
     * and the decision confirmed; from now on no comment is taken, and the public page says who ended it and why.
     */
    public void endEarly(Long consultationId, String reason, Boolean confirmed) {
        new FieldErrors().required(reason, "earlyEndReason").maxLength(reason, 2000, "earlyEndReason")
                .check(Boolean.TRUE.equals(confirmed), "earlyEndConfirmed", "confirm that the consultation ends now")
                .throwIfAny();
        Consultation c = get(consultationId);
        Instant now = clock.instant();
        if (!c.acceptsComments(now)) {
            throw new ConflictException("Consultation " + consultationId + " no longer takes comments");
        }
        c.endEarly(reason.strip(), currentUser.id(), now);
        history.record(c.getProgrammeId(), "Consultation", consultationId, "CONSULTATION_ENDED_EARLY", reason.strip());
    }

    public void closeIntake(Long consultationId) {
        Consultation c = get(consultationId);
        c.closeIntake(clock.instant());
        history.record(c.getProgrammeId(), "Consultation", consultationId, "COMMENT_INTAKE_CLOSED",
                comments.findByConsultationIdOrderById(consultationId).size() + " comments");
    }

    public void recordOpinion(Long consultationId, String text) {
        new FieldErrors().required(text, "opinionText").maxLength(text, Limits.FORM_TEXT, "opinionText").throwIfAny();
        saveOpinion(consultationId, OpinionStatus.GIVEN, text.strip());
    }

    public void recordOpinionWaived(Long consultationId) {
        saveOpinion(consultationId, OpinionStatus.WAIVED, null);
    }

    private void saveOpinion(Long consultationId, OpinionStatus status, String text) {
        Consultation c = get(consultationId);
        if (opinions.findByConsultationId(consultationId).isPresent()) {
            throw new ConflictException("The opinion of consultation " + consultationId + " is already recorded");
        }
        var opinion = opinions.save(new BenefitCouncilOpinion(consultationId, status, text, currentUser.id(), clock.instant()));
        history.record(c.getProgrammeId(), "BenefitCouncilOpinion", opinion.getId(), "OPINION_" + status, text);
    }

    @Transactional(readOnly = true)
    public List<Long> commentIds(Long consultationId) {
        return comments.findIdsByConsultationId(consultationId);
    }

    /**
     * Whether every comment of the round has an answer. Locks the round's row first: of two last answers recorded at
     * the same moment the second waits for the first to commit, then counts it, so one of them always finds none left.
     */
    public boolean allAnswered(Long consultationId) {
        consultations.lock(consultationId).orElseThrow(() -> new NotFoundException("Consultation", consultationId));
        return comments.countUnanswered(consultationId) == 0;
    }

    /** The round's comments still without an answer, the round locked first as in {@link #allAnswered}. */
    public List<Long> unansweredLocked(Long consultationId) {
        consultations.lock(consultationId).orElseThrow(() -> new NotFoundException("Consultation", consultationId));
        return comments.findUnansweredIds(consultationId);
    }

    /** The round's comments still without an answer, by id. */
    @Transactional(readOnly = true)
    public List<Long> unanswered(Long consultationId) {
        return comments.findUnansweredIds(consultationId);
    }

    @Transactional(readOnly = true)
    public CommentBrief brief(Long commentId) {
        ConsultationComment c = comment(commentId);
        String group = responseSector(c).flatMap(profile::sector)
                .map(MunicipalityProfile.Sector::group).orElse(Groups.COORDINATION_TEAM);
        return new CommentBrief(c.getId(), group, c.getOrganisation() + (c.getKrs() != null ? " (KRS " + c.getKrs() + ")" : ""),
                c.getSection(), c.getCurrentText() == null ? "—" : c.getCurrentText(), c.getProposedText(), c.getJustification());
    }

    /** The sector named with the comment, else the sector of the unit its anchor points at; none for general parts. */
    private Optional<String> responseSector(ConsultationComment c) {
        if (c.getSectorCode() != null) {
            return Optional.of(c.getSectorCode());
        }
        return c.getAnchor() == null ? Optional.empty() : targets.sectorOf(c.getProgrammeId(), c.getAnchor());
    }

    public void respond(Long commentId, CommentDecision decision, String justification) {
        new FieldErrors().required(decision, "commentDecision").required(justification, "responseJustification")
                .maxLength(justification, Limits.FORM_TEXT, "responseJustification").throwIfAny();
        ConsultationComment c = comment(commentId);
        c.respond(decision, justification.strip(), currentUser.id(), clock.instant());
        history.record(c.getProgrammeId(), "ConsultationComment", commentId, "COMMENT_ANSWERED",
                decision + ": " + justification.strip());
    }

    public void signOff(Long consultationId, Boolean confirmed, String note) {
        new FieldErrors().check(Boolean.TRUE.equals(confirmed), "signOffConfirmed", "confirm that every comment has an answer")
                .maxLength(note, Limits.FORM_TEXT, "signOffNote").throwIfAny();
        Consultation c = get(consultationId);
        var all = comments.findByConsultationIdOrderById(consultationId);
        long unanswered = all.stream().filter(x -> x.getDecision() == null).count();
        if (unanswered > 0) {
            throw new ConflictException(unanswered + " comments of consultation " + consultationId + " have no answer yet");
        }
        c.signOff(note == null || note.isBlank() ? null : note.strip(), currentUser.id(), clock.instant());
        programmes.moveTo(c.getProgrammeId(), Stage.REVISION);
        history.record(c.getProgrammeId(), "Consultation", consultationId, "CONSULTATION_SIGNED_OFF", note);
        events.publishEvent(new ConsultationSignedOff(c.getProgrammeId(), consultationId, c.getRound(), all.stream()
                .map(x -> new ConsultationSignedOff.Answer(x.getId(), x.getExternalRef(), x.getOrganisation(),
                        x.getContactPerson(), x.getEmail(), x.getSection(), x.getProposedText(), x.getDecision(),
                        x.getResponseJustification()))
                .toList()));
    }

    @Transactional(readOnly = true)
    public Optional<Consultation> current(Long programmeId) {
        return consultations.findFirstByProgrammeIdOrderByRoundDesc(programmeId);
    }

    /** Whether the programme's current consultation round takes comments now (open and before its end). */
    @Transactional(readOnly = true)
    public boolean acceptsComments(Long programmeId) {
        return current(programmeId).map(c -> c.acceptsComments(clock.instant())).orElse(false);
    }

    /** A comment of the programme by the submitter's own reference. */
    @Transactional(readOnly = true)
    public Optional<ConsultationComment> comment(Long programmeId, String externalRef) {
        return externalRef == null ? Optional.empty() : comments.findByProgrammeIdAndExternalRef(programmeId, externalRef.strip());
    }

    @Transactional(readOnly = true)
    public Optional<BenefitCouncilOpinion> opinion(Long consultationId) {
        return opinions.findByConsultationId(consultationId);
    }

    /** The comments of a round answered "uwzględniona" or "uwzględniona częściowo", in the order they came. */
    @Transactional(readOnly = true)
    public List<AcceptedComment> accepted(Long consultationId) {
        return comments.findAnswered(consultationId, CommentDecision.ACCEPTING);
    }

    /** One comment of the round by the submitter's reference, if it was answered with an accepting decision. */
    @Transactional(readOnly = true)
    public Optional<AcceptedComment> accepted(Long consultationId, String externalRef) {
        return externalRef == null ? Optional.empty()
                : comments.findAnsweredByRef(consultationId, externalRef.strip(), CommentDecision.ACCEPTING);
    }

    @Transactional(readOnly = true)
    public List<ConsultationComment> comments(Long programmeId) {
        programmes.get(programmeId);
        return comments.findByProgrammeIdOrderById(programmeId);
    }

    @Transactional(readOnly = true)
    public Consultation get(Long consultationId) {
        return consultations.findById(consultationId).orElseThrow(() -> new NotFoundException("Consultation", consultationId));
    }

    private ConsultationComment comment(Long commentId) {
        return comments.findById(commentId).orElseThrow(() -> new NotFoundException("Comment", commentId));
    }

}
