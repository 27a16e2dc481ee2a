package pl.wspolnie.proposal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.history.ChangeHistory;
import pl.wspolnie.programme.Programme;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.programme.Stage;
import pl.wspolnie.security.CurrentUser;
import pl.wspolnie.security.Groups;
import pl.wspolnie.shared.ConflictException;
import pl.wspolnie.shared.FieldErrors;
import pl.wspolnie.shared.ForbiddenException;
import pl.wspolnie.shared.InvalidInputException;
import pl.wspolnie.shared.NotFoundException;

/**
 * Intake of proposals of priority tasks (idempotent on the submitter's reference): checked by {@link ProposalRules},
 * stored, then routed and triaged ({@link ProposalTriage}); what forms and pages show of them is {@link ProposalViews}.
 */
@Service
@Transactional
public class ProposalService {

    public record Submitted(Proposal proposal, boolean created) {
    }

    private final Proposals proposals;
    private final ProgrammeService programmes;
    private final ProposalRules rules;
    private final ChangeHistory history;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalService(Proposals proposals, ProgrammeService programmes, ProposalRules rules, ChangeHistory history,
                    CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.proposals = proposals;
        this.programmes = programmes;
        this.rules = rules;
        this.history = history;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** API path: stores the proposal (or returns the first one with the same reference) and starts its intake. */
    public Submitted submit(Long programmeId, ProposalSubmission submitted) {
        ProposalSubmission s = submitted == null ? null : submitted.normalised();
        Programme programme = programmes.get(programmeId);
        Optional<Proposal> existing = existing(programmeId, s);
        if (existing.isPresent()) {
            return new Submitted(existing.get(), false);
        }
        Proposal proposal = store(programme, s);
        events.publishEvent(new ProposalSubmitted(proposal.getId(), programmeId));
        return new Submitted(proposal, true);
    }

    /**
     * Refuses (403 naming {@code field}) a proposal in the name of a department the caller does not work for; the
     * coordination team and administrators act for any department, the system (demo data, timers) too.
     */
    public void requireOwnDepartment(ProposalSubmission s, String field) {
        var sub = s == null ? null : s.submitter();
        if (sub == null || sub.type() != SubmitterType.DEPARTMENT || sub.code() == null || sub.code().isBlank()) {
            return;
        }
        var groups = currentUser.groups();
        if (groups != null && !Groups.mayActFor(groups, sub.code())) {
            throw new ForbiddenException(field, "you may submit proposals only in the name of your own "
                    + "department, not " + sub.code().strip() + " (ask the coordination team to submit it)");
        }
    }

    /** Tasklist start form path: the intake process already runs and registers its proposal. */
    public Submitted submitForProcess(Long programmeId, ProposalSubmission submitted, String processInstanceId) {
        ProposalSubmission s = submitted == null ? null : submitted.normalised();
        if (s != null && s.submitter() != null && s.submitter().type() == SubmitterType.DEPARTMENT && s.submitter().code() != null
                && currentUser.groups() != null && !Groups.mayActFor(currentUser.groups(), s.submitter().code())) {
            // a person reads this in Tasklist's start form
            throw new InvalidInputException("submitterCode", "Pole „Wydział lub jednostka”: wydział może zgłaszać propozycje tylko we "
                    + "własnym imieniu – wybierz swój wydział albo poproś zespół koordynacyjny o zgłoszenie propozycji innego wydziału.");
        }
        Long id = programmeId != null ? programmeId : openCall();
        Programme programme = programmes.get(id);
        Optional<Proposal> existing = existing(id, s);
        if (existing.isPresent()) {
            throw new InvalidInputException("externalRef", "a proposal with reference " + s.externalRef()
                    + " was already submitted (status " + existing.get().getStatus() + ")");
        }
        Proposal proposal = store(programme, s);
        proposal.attachProcess(processInstanceId);
        return new Submitted(proposal, true);
    }

    /**
     * The rules {@link #submit} applies, without storing anything: every field error of the submission, empty
     * when it would be accepted. Whether the call is still open is a separate question ({@link #requireOpenCall}).
     */
    @Transactional(readOnly = true)
    public List<InvalidInputException.FieldError> validate(Long programmeId, ProposalSubmission s) {
        try {
            return rules.check(programmes.get(programmeId), s == null ? null : s.normalised()).errors();
        } catch (InvalidInputException e) {
            return e.errors();
        }
    }

    /** Refuses (409) when the programme no longer takes proposals. */
    @Transactional(readOnly = true)
    public Programme requireOpenCall(Long programmeId) {
        Programme programme = programmes.get(programmeId);
        requireOpenCall(programme);
        return programme;
    }

    /**
     * The call takes proposals from everyone; after it, while the sections are written and the draft reviewed (before
     * the consultation), the coordination team may still add one — e.g. for a sector that received none, which the
     * completeness check would otherwise hold up with no way forward. It is routed and triaged like any other.
     */
    private void requireTakesProposals(Programme programme) {
        if (coordination() && LATE_BY_COORDINATION.contains(programme.getStage())) {
            return;
        }
        requireOpenCall(programme);
    }

    private static final java.util.Set<Stage> LATE_BY_COORDINATION = java.util.EnumSet.of(Stage.SECTOR_WORK, Stage.DRAFT_REVIEW);

    private static void requireOpenCall(Programme programme) {
        if (programme.getStage() != Stage.CALL_FOR_PROPOSALS) {
            throw new ConflictException("The call for proposals of programme " + programme.getId()
                    + " is closed (stage " + programme.getStage() + ")");
        }
    }

    /** The proposal a submitter's own reference already names in this programme, if any. */
    @Transactional(readOnly = true)
    public Optional<Proposal> received(Long programmeId, String externalRef) {
        if (externalRef == null || externalRef.isBlank()) {
            return Optional.empty();
        }
        return proposals.findByProgrammeIdAndExternalRef(programmeId, externalRef.strip());
    }

    private Optional<Proposal> existing(Long programmeId, ProposalSubmission s) {
        return s == null ? Optional.empty() : received(programmeId, s.externalRef());
    }

    /**
     * The programme a Tasklist proposal without "Numer programu" goes to: the one whose call is open; when no call
     * is open, for the coordination team, the one programme still in preparation (it may add proposals then), so
     * nobody types a number the form never showed them. With several, the refusal names each one's number and title.
     */
    Long openCall() {
        var open = programmes.inStage(Stage.CALL_FOR_PROPOSALS);
        if (open.isEmpty() && coordination()) {
            var inPreparation = LATE_BY_COORDINATION.stream().flatMap(stage -> programmes.inStage(stage).stream()).toList();
            if (inPreparation.size() == 1) {
                return inPreparation.get(0).getId();
            }
            if (!inPreparation.isEmpty()) {
                throw new InvalidInputException("programmeId", "Żaden program nie prowadzi teraz naboru propozycji, a w "
                        + "przygotowaniu jest kilka – wpisz w polu „Numer programu” numer jednego z nich: "
                        + inPreparation.stream().map(p -> p.getId() + " – " + p.getTitle())
                                .collect(java.util.stream.Collectors.joining("; ")) + ".");
            }
        }
        if (open.size() != 1) {
            throw new InvalidInputException("programmeId", open.isEmpty()
                    ? "no programme has an open call for proposals"
                    : "several programmes have an open call for proposals: name one");
        }
        return open.get(0).getId();
    }

    private boolean coordination() {
        var groups = currentUser.groups();
        return groups != null && (groups.contains(Groups.COORDINATION_TEAM) || groups.contains(Groups.ADMIN));
    }

    private Proposal store(Programme programme, ProposalSubmission s) {
        ProposalRules.Checked checked = rules.check(programme, s);
        new FieldErrors().addAll(checked.errors()).throwIfAny();
        ProposalRules.Valid v = checked.valid();
        requireTakesProposals(programme);
        var sub = s.submitter();
        Proposal proposal = proposals.save(new Proposal(programme.getId(), newReference(programme.getFirstYear()),
                s.externalRef().strip(), sub.type(),
                blankToNull(sub.code()), blankToNull(sub.name()), blankToNull(sub.krs()), blankToNull(sub.email()),
                s.sector().strip().toUpperCase(java.util.Locale.ROOT), s.title().strip(), s.description().strip(), s.justification().strip(), s.form(),
                s.mode(), v.amount(), v.firstYear(), v.lastYear(), currentUser.id(), clock.instant()));
        history.record(programme.getId(), "Proposal", proposal.getId(), "PROPOSAL_RECEIVED",
                proposal.getReference() + " (" + proposal.getExternalRef() + "): " + proposal.getTitle());
        return proposal;
    }

    /** A fresh public reference; a clash among 2^40 values is improbable, but the unique index is not asked to find it. */
    private String newReference(int year) {
        String reference;
        do {
            reference = ProposalReference.next(year);
        } while (proposals.existsByReference(reference));
        return reference;
    }

    public void attachProcess(Long proposalId, String processInstanceId) {
        get(proposalId).attachProcess(processInstanceId);
    }

    @Transactional(readOnly = true)
    public Proposal get(Long proposalId) {
        return proposals.findById(proposalId).orElseThrow(() -> new NotFoundException("Proposal", proposalId));
    }

    @Transactional(readOnly = true)
    public List<Proposal> of(Long programmeId) {
        programmes.get(programmeId);
        return proposals.findByProgrammeIdOrderById(programmeId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
