package pl.wspolnie.proposal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.history.ChangeHistory;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.programme.NewPriorityTask;
import pl.wspolnie.programme.PriorityTask;
import pl.wspolnie.programme.Programme;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.programme.BudgetYears;
import pl.wspolnie.programme.SmallGrantLimits;
import pl.wspolnie.programme.SmallGrants;
import pl.wspolnie.programme.Stage;
import pl.wspolnie.programme.TaskForm;
import pl.wspolnie.security.CurrentUser;
import pl.wspolnie.security.Groups;
import pl.wspolnie.shared.ConflictException;
import pl.wspolnie.shared.FieldErrors;
import pl.wspolnie.shared.Limits;
import pl.wspolnie.shared.InvalidInputException;
import pl.wspolnie.shared.NotFoundException;

/** Proposals of priority tasks: intake (idempotent on the submitter's reference), routing and triage. */
@Service
@Transactional
public class ProposalService {

    static final Pattern KRS = Pattern.compile("^[0-9]{10}$");
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    static final Pattern AMOUNT = Pattern.compile("^[0-9]{1,13}([.,][0-9]{1,2})?$");

    public record Submitted(Proposal proposal, boolean created) {
    }

    private final Proposals proposals;
    private final ProgrammeService programmes;
    private final MunicipalityProfile profile;
    private final ChangeHistory history;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SmallGrantLimits smallGrants;

    ProposalService(Proposals proposals, ProgrammeService programmes, MunicipalityProfile profile, ChangeHistory history,
                    CurrentUser currentUser, ApplicationEventPublisher events, Clock clock, SmallGrantLimits smallGrants) {
        this.smallGrants = smallGrants;
        this.proposals = proposals;
        this.programmes = programmes;
        this.profile = profile;
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
            throw new pl.wspolnie.shared.ForbiddenException(field, "you may submit proposals only in the name of your own "
                    + "department, not " + sub.code().strip() + " (ask the coordination team to submit it)");
        }
    }

    /** Tasklist start form path: the intake process already runs and registers its proposal. */
    public Submitted submitForProcess(Long programmeId, ProposalSubmission submitted, String processInstanceId) {
        ProposalSubmission s = submitted == null ? null : submitted.normalised();
        if (s != null && s.submitter() != null && s.submitter().type() == SubmitterType.DEPARTMENT && s.submitter().code() != null
                && currentUser.groups() != null && !Groups.mayActFor(currentUser.groups(), s.submitter().code())) {
            // a person reads this in Tasklist's start form
            throw new InvalidInputException("submitterCode", "Wydział może zgłaszać propozycje tylko we własnym imieniu – wybierz "
                    + "swój wydział albo poproś zespół koordynacyjny o zgłoszenie propozycji innego wydziału.");
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
            return check(programmes.get(programmeId), s == null ? null : s.normalised()).errors();
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

    private Long openCall() {
        var open = programmes.inStage(Stage.CALL_FOR_PROPOSALS);
        if (open.size() != 1) {
            throw new InvalidInputException("programmeId", open.isEmpty()
                    ? "no programme has an open call for proposals"
                    : "several programmes have an open call for proposals: name one");
        }
        return open.get(0).getId();
    }

    private Proposal store(Programme programme, ProposalSubmission s) {
        Checked checked = check(programme, s);
        new FieldErrors().addAll(checked.errors()).throwIfAny();
        Valid v = checked.valid();
        requireOpenCall(programme);
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

    private record Valid(BigDecimal amount, int firstYear, int lastYear) {
    }

    /** The field errors of a submission and, when there are none, its parsed amount and years. */
    private record Checked(List<InvalidInputException.FieldError> errors, Valid valid) {
    }

    private Checked check(Programme programme, ProposalSubmission s) {
        var errors = new FieldErrors();
        if (s == null) {
            return new Checked(errors.required(null, "body").list(), null);
        }
        errors.required(s.externalRef(), "externalRef").maxLength(s.externalRef(), 100, "externalRef")
                .required(s.submitter(), "submitter")
                .required(s.sector(), "sector").maxLength(s.sector(), 50, "sector")
                .required(s.title(), "title").maxLength(s.title(), 500, "title")
                .required(s.description(), "description").maxLength(s.description(), 10000, "description")
                .required(s.justification(), "justification").maxLength(s.justification(), 10000, "justification")
                .required(s.form(), "form");
        var sub = s.submitter();
        if (sub != null) {
            errors.required(sub.type(), "submitter.type");
            if (sub.type() == SubmitterType.DEPARTMENT) {
                errors.required(sub.code(), "submitter.code");
                errors.check(sub.code() == null || sub.code().isBlank() || profile.department(sub.code().strip()).isPresent(),
                        "submitter.code", "unknown department code " + sub.code());
            }
            if (sub.type() == SubmitterType.NGO) {
                errors.required(sub.name(), "submitter.name").maxLength(sub.name(), 300, "submitter.name");
                errors.check(sub.krs() == null || sub.krs().isBlank() || KRS.matcher(sub.krs().strip()).matches(),
                        "submitter.krs", "must be 10 digits");
                errors.required(sub.email(), "submitter.email");
            }
            errors.check(sub.email() == null || sub.email().isBlank()
                    || (sub.email().length() <= 254 && EMAIL.matcher(sub.email().strip()).matches()), "submitter.email",
                    "is not an e-mail address");
        }
        BigDecimal amount = null;
        if (s.form() != null) {
            if (s.form().financial()) {
                errors.required(s.mode(), "mode").required(s.plannedAmountPln(), "plannedAmountPln");
            } else {
                errors.check(s.mode() == null, "mode", "must be empty for non-financial cooperation");
            }
        }
        if (s.plannedAmountPln() != null && !s.plannedAmountPln().isBlank()) {
            String text = s.plannedAmountPln().strip();
            if (AMOUNT.matcher(text).matches()) {
                amount = new BigDecimal(text.replace(',', '.')).setScale(2);
            } else {
                errors.check(false, "plannedAmountPln", "must be a non-negative amount in PLN with at most 2 decimals, e.g. 12500.00");
            }
            errors.check(amount == null || s.form() != TaskForm.POZAFINANSOWA || amount.signum() == 0, "plannedAmountPln",
                    "must be empty or 0 for non-financial cooperation");
        }
        int first = programme.getFirstYear();
        int last = programme.getFirstYear();
        List<Integer> years = s.years();
        if (years == null || years.isEmpty() || years.size() > 2 || years.stream().anyMatch(Objects::isNull)) {
            errors.check(false, "years", "give the year, or the first and last year, of the task");
        } else {
            first = years.get(0);
            last = years.get(years.size() - 1);
            errors.check(first <= last, "years", "the first year must not be after the last")
                    .check(first >= 2000 && last <= 2100, "years", "must be between 2000 and 2100");
            if (!errors.has("years")) {
                BudgetYears.outside(programme.getFirstYear(), programme.getLastYear(), first, last)
                        .ifPresent(m -> errors.check(false, "years", m));
            }
        }
        if (s.form() == TaskForm.TRYB_POZAKONKURSOWY && !errors.has("years")) {
            SmallGrants.years(smallGrants, first, last).ifPresent(m -> errors.check(false, "years", m));
            SmallGrants.amount(smallGrants, amount).ifPresent(m -> errors.check(false, "plannedAmountPln", m));
            if (amount != null && first == last && !errors.has("plannedAmountPln")) {
                organisationLimit(programme, s, first, amount).ifPresent(m -> errors.check(false, "plannedAmountPln", m));
            }
        }
        List<InvalidInputException.FieldError> found = errors.list();
        return new Checked(found, found.isEmpty() ? new Valid(amount, first, last) : null);
    }

    /** Art. 19a per-organisation limit: the NGO's other small-grant proposals of the year, not rejected, plus this one. */
    private Optional<String> organisationLimit(Programme programme, ProposalSubmission s, int year, BigDecimal amount) {
        var sub = s.submitter();
        if (sub == null || sub.type() != SubmitterType.NGO || sub.name() == null || sub.name().isBlank()) {
            return Optional.empty();
        }
        BigDecimal earlier = proposals.findByProgrammeIdOrderById(programme.getId()).stream()
                .filter(p -> p.getTaskForm() == TaskForm.TRYB_POZAKONKURSOWY && p.getStatus() != ProposalStatus.REJECTED)
                .filter(p -> p.getFirstYear() == year && p.getPlannedAmount() != null)
                .filter(p -> !p.getExternalRef().equals(s.externalRef() == null ? null : s.externalRef().strip()))
                .filter(p -> sameOrganisation(p, sub))
                .map(Proposal::getPlannedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return SmallGrants.organisation(smallGrants, sub.name().strip(), year, earlier, amount);
    }

    private static boolean sameOrganisation(Proposal p, ProposalSubmission.Submitter sub) {
        if (p.getSubmitterType() != SubmitterType.NGO) {
            return false;
        }
        if (p.getKrs() != null && sub.krs() != null && !sub.krs().isBlank()) {
            return p.getKrs().equals(sub.krs().strip());
        }
        return p.getSubmitterName() != null && p.getSubmitterName().equalsIgnoreCase(sub.name().strip());
    }

    // ---- routing and triage ---------------------------------------------------------------------------

    /** Where the routing table sent a proposal: the group that triages it and why. */
    public record Routing(String group, String reason) {
    }

    /**
     * Routes a proposal as the routing decision said: {@code SECTOR_TEAM} to its sector's team from the
     * municipality profile, {@code COORDINATION} to the coordination team.
     */
    public Routing route(Long proposalId, String route) {
        Proposal proposal = get(proposalId);
        var sector = profile.sector(proposal.getSectorCode());
        Routing routing;
        if ("SECTOR_TEAM".equals(route) && sector.isPresent()) {
            routing = new Routing(sector.get().group(), "Propozycja dotyczy sektora „" + sector.get().name()
                    + "” – rozpatruje ją zespół branżowy.");
        } else if (sector.isEmpty()) {
            routing = new Routing(Groups.COORDINATION_TEAM, "Sektor " + proposal.getSectorCode()
                    + " nie należy do żadnego zespołu branżowego – rozpatruje zespół koordynacyjny i wskazuje sektor.");
        } else {
            routing = new Routing(Groups.COORDINATION_TEAM, "Tryb pozakonkursowy powyżej "
                    + pl.wspolnie.shared.Money.pln(smallGrants.maxAmountPerTask()) + " (art. 19a) – rozpatruje zespół koordynacyjny.");
        }
        proposal.routeTo(routing.group(), currentUser.id(), clock.instant());
        history.record(proposal.getProgrammeId(), "Proposal", proposalId, "PROPOSAL_ROUTED", routing.group() + ": " + routing.reason());
        return routing;
    }

    public void attachProcess(Long proposalId, String processInstanceId) {
        get(proposalId).attachProcess(processInstanceId);
    }

    /** The team's decision: ACCEPT as a new priority task, MERGE into an existing one, or REJECT with a reason. */
    public Proposal triage(Long proposalId, String decision, String targetSector, Long mergeIntoTaskId, String reason) {
        Proposal p = get(proposalId);
        var errors = new FieldErrors().required(decision, "triageDecision");
        errors.throwIfAny();
        errors.check(List.of("ACCEPT", "MERGE", "REJECT").contains(decision), "triageDecision", "must be ACCEPT, MERGE or REJECT")
                .maxLength(reason, Limits.FORM_TEXT, "triageReason");
        if (!"ACCEPT".equals(decision)) {
            errors.required(reason, "triageReason");
        }
        if ("MERGE".equals(decision)) {
            errors.required(mergeIntoTaskId, "mergeIntoTaskId");
        }
        String sector = targetSector == null || targetSector.isBlank() ? p.getSectorCode() : targetSector.strip().toUpperCase();
        if ("ACCEPT".equals(decision)) {
            errors.check(programmes.hasSector(sector), "targetSector",
                    "name the sector of the new task (one of " + String.join(", ", profile.sectorCodes()) + ")");
        }
        errors.throwIfAny();
        if (p.getStatus() == ProposalStatus.ACCEPTED || p.getStatus() == ProposalStatus.MERGED
                || p.getStatus() == ProposalStatus.REJECTED) {
            throw new ConflictException("Proposal " + proposalId + " was already triaged (" + p.getStatus() + ")");
        }
        var amounts = AmountSplit.perYear(p.getPlannedAmount(), p.getFirstYear(), p.getLastYear());
        if (!"REJECT".equals(decision)) {
            Programme programme = programmes.get(p.getProgrammeId());
            BudgetYears.outside(programme.getFirstYear(), programme.getLastYear(), p.getFirstYear(), p.getLastYear())
                    .ifPresent(m -> errors.check(false, "triageDecision", m + " Odrzuć propozycję z tym uzasadnieniem."));
            if (p.getTaskForm() == TaskForm.TRYB_POZAKONKURSOWY) {
                SmallGrants.years(smallGrants, p.getFirstYear(), p.getLastYear()).ifPresent(m -> errors.check(false, "triageDecision", m));
                SmallGrants.amount(smallGrants, p.getPlannedAmount()).ifPresent(m -> errors.check(false, "triageDecision", m));
            }
            errors.throwIfAny();
        }
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        switch (decision) {
            case "ACCEPT" -> {
                var task = programmes.addPriorityTask(p.getProgrammeId(), new NewPriorityTask(sector, p.getTitle(),
                        p.getDescription(), p.getTaskForm(), p.getFundingMode(), department(p, sector), amounts));
                p.decide(ProposalStatus.ACCEPTED, task.getId(), text, currentUser.id(), clock.instant());
            }
            case "MERGE" -> {
                var task = programmes.mergeIntoTask(p.getProgrammeId(), mergeIntoTaskId, amounts, "mergeIntoTaskId");
                p.decide(ProposalStatus.MERGED, task.getId(), text, currentUser.id(), clock.instant());
            }
            default -> p.decide(ProposalStatus.REJECTED, null, text, currentUser.id(), clock.instant());
        }
        history.record(p.getProgrammeId(), "Proposal", proposalId, "PROPOSAL_" + p.getStatus(),
                (p.getPriorityTaskId() != null ? "task " + p.getPriorityTaskId() + "; " : "") + (text == null ? "" : text));
        return p;
    }

    /** The proposing department, else the department the profile makes answer for the task's sector. */
    private String department(Proposal p, String sector) {
        if (p.getSubmitterType() == SubmitterType.DEPARTMENT && p.getSubmitterCode() != null) {
            return profile.department(p.getSubmitterCode()).map(MunicipalityProfile.Department::name).orElse(p.getSubmitterCode());
        }
        return profile.sector(sector).map(MunicipalityProfile.Sector::department).flatMap(profile::department)
                .map(MunicipalityProfile.Department::name).orElse(null);
    }

    /** What a triaging team member needs to see on the form. */
    public record Brief(String title, String submitter, String sectorName, String description, String justification,
                        String formLabel, String modeLabel, String amountText, String years, boolean sectorKnown) {
    }

    @Transactional(readOnly = true)
    public Brief brief(Long proposalId) {
        Proposal p = get(proposalId);
        String submitter = p.getSubmitterType() == SubmitterType.DEPARTMENT
                ? profile.department(p.getSubmitterCode()).map(d -> d.name() + " (" + d.code() + ")").orElse(p.getSubmitterCode())
                : p.getSubmitterName() + (p.getKrs() != null ? ", KRS " + p.getKrs() : "")
                        + (p.getEmail() != null ? ", " + p.getEmail() : "");
        String sector = profile.sector(p.getSectorCode()).map(s -> s.name() + " (" + s.code() + ")")
                .orElse(p.getSectorCode() + " – sektor spoza profilu gminy");
        String amount = p.getPlannedAmount() == null ? "—" : pl.wspolnie.shared.Money.pln(p.getPlannedAmount());
        String years = p.getFirstYear() == p.getLastYear() ? String.valueOf(p.getFirstYear())
                : p.getFirstYear() + "–" + p.getLastYear();
        return new Brief(p.getTitle(), submitter, sector, p.getDescription(), p.getJustification(), p.getTaskForm().label(),
                p.getFundingMode() == null ? "—" : p.getFundingMode().label(), amount, years, sectorKnown(p));
    }

    // ---- public status by reference number ------------------------------------------------------------

    /**
     * What anyone holding a proposal's reference number may learn: where it stands, which team handles it and
     * how it was decided. Nothing about who submitted it.
     */
    public record PublicStatus(String reference, String programmeTitle, String title, String sectorName,
                               Instant receivedAt, ProposalStatus status, String team, String taskTitle, String reason) {
    }

    /** Whether the text can be a reference number at all (before looking it up). */
    public static boolean wellFormedReference(String typed) {
        return ProposalReference.normalise(typed).isPresent();
    }

    @Transactional(readOnly = true)
    public Optional<PublicStatus> publicStatus(String typedReference) {
        return ProposalReference.normalise(typedReference).flatMap(proposals::findByReference).map(p -> {
            Programme programme = programmes.get(p.getProgrammeId());
            String taskTitle = p.getPriorityTaskId() == null ? null : programmes.priorityTasks(p.getProgrammeId()).stream()
                    .filter(t -> t.getId().equals(p.getPriorityTaskId())).map(PriorityTask::getTitle).findFirst().orElse(null);
            String sector = profile.sector(p.getSectorCode()).map(MunicipalityProfile.Sector::name).orElse(null);
            return new PublicStatus(p.getReference(), programme.getTitle(), p.getTitle(), sector, p.getCreatedAt(),
                    p.getStatus(), teamName(p.getRoutedGroup()), taskTitle, p.getTriageReason());
        });
    }

    /** The Polish name of the team behind a Tasklist group: the coordination team or a sectoral team. */
    private String teamName(String group) {
        if (group == null) {
            return null;
        }
        if (Groups.COORDINATION_TEAM.equals(group)) {
            return "zespół koordynacyjny";
        }
        return profile.sectors().stream().filter(s -> s.group().equals(group)).findFirst()
                .map(s -> "zespół branżowy „" + s.name() + "”").orElse(group);
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

    @Transactional(readOnly = true)
    public boolean sectorKnown(Proposal p) {
        return programmes.hasSector(p.getSectorCode());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
