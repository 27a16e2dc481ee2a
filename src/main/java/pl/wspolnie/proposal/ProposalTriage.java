package pl.wspolnie.proposal;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.history.ChangeHistory;
import pl.wspolnie.municipality.MunicipalityProfile;
import pl.wspolnie.programme.BudgetYears;
import pl.wspolnie.programme.NewPriorityTask;
import pl.wspolnie.programme.PriorityTaskService;
import pl.wspolnie.programme.Programme;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.programme.SmallGrantLimits;
import pl.wspolnie.programme.SmallGrants;
import pl.wspolnie.programme.TaskForm;
import pl.wspolnie.security.CurrentUser;
import pl.wspolnie.security.Groups;
import pl.wspolnie.shared.ConflictException;
import pl.wspolnie.shared.FieldErrors;
import pl.wspolnie.shared.Limits;
import pl.wspolnie.shared.Money;

/** After intake: the routing decision's team for a proposal, and that team's triage into the programme's priority tasks. */
@Service
@Transactional
public class ProposalTriage {

    private final ProposalService proposals;
    private final ProgrammeService programmes;
    private final PriorityTaskService tasks;
    private final MunicipalityProfile profile;
    private final ChangeHistory history;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SmallGrantLimits smallGrants;

    ProposalTriage(ProposalService proposals, ProgrammeService programmes, PriorityTaskService tasks, MunicipalityProfile profile,
                   ChangeHistory history, CurrentUser currentUser, Clock clock, SmallGrantLimits smallGrants) {
        this.proposals = proposals;
        this.programmes = programmes;
        this.tasks = tasks;
        this.profile = profile;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
        this.smallGrants = smallGrants;
    }

    /** Where the routing table sent a proposal: the group that triages it and why. */
    public record Routing(String group, String reason) {
    }

    /**
     * Routes a proposal as the routing decision said: {@code SECTOR_TEAM} to its sector's team from the
     * municipality profile, {@code COORDINATION} to the coordination team.
     */
    public Routing route(Long proposalId, Route route) {
        Proposal proposal = get(proposalId);
        var sector = profile.sector(proposal.getSectorCode());
        Routing routing;
        if (route == Route.SECTOR_TEAM && sector.isPresent()) {
            routing = new Routing(sector.get().group(), "Propozycja dotyczy sektora „" + sector.get().name()
                    + "” – rozpatruje ją zespół branżowy.");
        } else if (sector.isEmpty()) {
            routing = new Routing(Groups.COORDINATION_TEAM, "Sektor " + proposal.getSectorCode()
                    + " nie należy do żadnego zespołu branżowego – rozpatruje zespół koordynacyjny i wskazuje sektor.");
        } else {
            routing = new Routing(Groups.COORDINATION_TEAM, "Tryb pozakonkursowy powyżej "
                    + Money.pln(smallGrants.maxAmountPerTask()) + " (art. 19a) – rozpatruje zespół koordynacyjny.");
        }
        proposal.routeTo(routing.group(), currentUser.id(), clock.instant());
        history.record(proposal.getProgrammeId(), "Proposal", proposalId, "PROPOSAL_ROUTED", routing.group() + ": " + routing.reason());
        return routing;
    }

    /** The team's decision: ACCEPT as a new priority task, MERGE into an existing one, or REJECT with a reason. */
    public Proposal triage(Long proposalId, TriageDecision decision, String targetSector, Long mergeIntoTaskId, String reason) {
        Proposal p = get(proposalId);
        var errors = new FieldErrors().required(decision, "triageDecision");
        errors.throwIfAny();
        errors.maxLength(reason, Limits.FORM_TEXT, "triageReason");
        if (decision != TriageDecision.ACCEPT) {
            errors.required(reason, "triageReason");
        }
        if (decision == TriageDecision.MERGE) {
            errors.required(mergeIntoTaskId, "mergeIntoTaskId");
        }
        String sector = targetSector == null || targetSector.isBlank() ? p.getSectorCode() : targetSector.strip().toUpperCase();
        if (decision == TriageDecision.ACCEPT) {
            errors.check(programmes.hasSector(sector), "targetSector",
                    "name the sector of the new task (one of " + String.join(", ", profile.sectorCodes()) + ")");
        }
        errors.throwIfAny();
        if (p.getStatus() == ProposalStatus.ACCEPTED || p.getStatus() == ProposalStatus.MERGED
                || p.getStatus() == ProposalStatus.REJECTED) {
            throw new ConflictException("Proposal " + proposalId + " was already triaged (" + p.getStatus() + ")");
        }
        var amounts = AmountSplit.perYear(p.getPlannedAmount(), p.getFirstYear(), p.getLastYear());
        if (decision != TriageDecision.REJECT) {
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
            case ACCEPT -> {
                var task = tasks.addPriorityTask(p.getProgrammeId(), new NewPriorityTask(sector, p.getTitle(),
                        p.getDescription(), p.getTaskForm(), p.getFundingMode(), department(p, sector), amounts));
                p.decide(ProposalStatus.ACCEPTED, task.getId(), text, currentUser.id(), clock.instant());
            }
            case MERGE -> {
                var task = tasks.mergeIntoTask(p.getProgrammeId(), mergeIntoTaskId, amounts, "mergeIntoTaskId");
                p.decide(ProposalStatus.MERGED, task.getId(), text, currentUser.id(), clock.instant());
            }
            case REJECT -> p.decide(ProposalStatus.REJECTED, null, text, currentUser.id(), clock.instant());
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

    private Proposal get(Long proposalId) {
        return proposals.get(proposalId);
    }
}
