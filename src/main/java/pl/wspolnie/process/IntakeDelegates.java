package pl.wspolnie.process;

import static pl.wspolnie.process.Vars.choice;
import static pl.wspolnie.process.Vars.id;
import static pl.wspolnie.process.Vars.integer;
import static pl.wspolnie.process.Vars.text;
import static pl.wspolnie.process.Vars.userInput;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pl.wspolnie.programme.FundingMode;
import pl.wspolnie.programme.ProgrammeSummaries;
import pl.wspolnie.programme.SmallGrantLimits;
import pl.wspolnie.programme.TaskForm;
import pl.wspolnie.proposal.ProposalService;
import pl.wspolnie.proposal.ProposalSubmission;
import pl.wspolnie.proposal.ProposalTriage;
import pl.wspolnie.proposal.ProposalViews;
import pl.wspolnie.proposal.Route;
import pl.wspolnie.proposal.SubmitterType;
import pl.wspolnie.proposal.TriageDecision;
import pl.wspolnie.security.StarterHistory;

/** Service tasks of proposal-intake.bpmn. */
@Configuration
class IntakeDelegates {

    private final ProposalService proposals;
    private final PickLists pickLists;
    private final SmallGrantLimits smallGrants;
    private final ForgottenVariables forgotten;
    private final StarterHistory starters;

    IntakeDelegates(ProposalService proposals, PickLists pickLists, SmallGrantLimits smallGrants, ForgottenVariables forgotten,
            StarterHistory starters) {
        this.forgotten = forgotten;
        this.starters = starters;
        this.pickLists = pickLists;
        this.proposals = proposals;
        this.smallGrants = smallGrants;
    }

    /** API start: the proposal exists. Tasklist start: the start form's fields are the proposal. */
    @Bean
    JavaDelegate registerProposal(ProposalViews views) {
        return execution -> {
            Long proposalId = id(execution, "proposalId");
            if (proposalId == null) {
                var submitted = userInput(() -> proposals.submitForProcess(id(execution, "programmeId"),
                        fromStartForm(execution), execution.getProcessInstanceId()));
                proposalId = submitted.proposal().getId();
                // a contact's e-mail is kept with the proposal (coordination team only), not shown with every task
                // nor left in the instance's history, which the sector team reads
                execution.removeVariable("email");
                forgotten.forgetAfterCommit(execution.getProcessInstanceId(), "email");
                execution.setVariable("proposalId", proposalId);
                execution.setVariable("programmeId", submitted.proposal().getProgrammeId());
                execution.setProcessBusinessKey(String.valueOf(proposalId));
                // Tasklist's start form shows this after the start (scripts/start-confirmation.js)
                execution.setVariable(StartConfirmation.VARIABLE, StartConfirmation.proposal(submitted.proposal().getReference()));
                // ... from the instance's history, which the sender (a department, not the sector team) may then read
                starters.letStarterRead(execution.getProcessInstanceId());
            } else {
                Long existing = proposalId;
                userInput(() -> proposals.attachProcess(existing, execution.getProcessInstanceId()));
            }
            var p = proposals.get(proposalId);
            var brief = views.brief(proposalId);
            String whole = "/api/programmes/" + p.getProgrammeId() + "/proposals/" + proposalId;
            // the routing table's inputs, read in this transaction only (RouteProposal follows without a wait state):
            // transient, so not written to the instance nor its history; the table's history keeps what it read
            execution.setVariable("sectorKnown", Variables.booleanValue(brief.sectorKnown(), true));
            execution.setVariable("proposalForm", Variables.stringValue(p.getTaskForm().name(), true));
            execution.setVariable("proposalAmount", Variables.doubleValue(
                    p.getPlannedAmount() == null ? 0.0 : p.getPlannedAmount().doubleValue(), true));
            // proposal-routing.dmn compares with this, so the table and intake read one configured limit
            execution.setVariable("smallGrantMaxAmount", Variables.doubleValue(smallGrants.maxAmountPerTask().doubleValue(), true));
            execution.setVariable("proposalTitle", brief.title());
            execution.setVariable(TaskTitle.CONTEXT, TaskTitle.shorten(brief.title(), 150));
            execution.setVariable("proposalSubmitter", brief.submitter());
            execution.setVariable("proposalSectorName", brief.sectorName());
            execution.setVariable("proposalDescription", Shown.text(brief.description(), whole));
            execution.setVariable("proposalJustification", Shown.text(brief.justification(), whole));
            execution.setVariable("proposalFormLabel", brief.formLabel());
            execution.setVariable("proposalModeLabel", brief.modeLabel());
            execution.setVariable("proposalAmountText", brief.amountText());
            execution.setVariable("proposalYears", brief.years());
        };
    }

    private static ProposalSubmission fromStartForm(DelegateExecution execution) {
        SubmitterType type = choice(execution, "submitterType", SubmitterType.class);
        TaskForm form = choice(execution, "form", TaskForm.class);
        FundingMode mode = choice(execution, "mode", FundingMode.class);
        List<Integer> years = new ArrayList<>();
        Integer first = integer(execution, "firstYearOfTask");
        Integer last = integer(execution, "lastYearOfTask");
        if (first != null) {
            years.add(first);
        }
        if (last != null && !last.equals(first)) {
            years.add(last);
        }
        return new ProposalSubmission(text(execution, "externalRef"),
                new ProposalSubmission.Submitter(type, text(execution, "submitterCode"), text(execution, "submitterName"),
                        text(execution, "krs"), text(execution, "email")),
                text(execution, "sector") == null ? null : text(execution, "sector").strip().toUpperCase(),
                text(execution, "title"), text(execution, "description"), text(execution, "justification"), form, mode,
                amount(text(execution, "plannedAmountPln")), years);
    }

    /** An amount as officials write it: "12 500,50" or "12500,50 zł" – spaces and the currency are only layout. */
    private static String amount(String typed) {
        return typed == null ? null : typed.replaceAll("(?i)z[łl]|[\\s\\u00a0]", "");
    }

    @Bean
    JavaDelegate assignTriage(ProposalTriage triage) {
        return execution -> {
            Long proposalId = id(execution, "proposalId");
            var routing = triage.route(proposalId, choice(execution, "route", Route.class));
            execution.setVariable("triageGroup", routing.group());
            execution.setVariable("routingReason", routing.reason());
            pickLists.sectors(execution);
            existingTasks(execution);
        };
    }

    /**
     * When a team member takes the triage task (claim), its lists are made again: a proposal accepted in the
     * meantime (a duplicate sent the same day) is then among the tasks to merge into and in the summary.
     */
    @Bean
    TaskListener refreshTriageLists() {
        return task -> existingTasks(task.getExecution());
    }

    /** The programme's priority tasks as the triage form shows them: a summary, and the pick list to merge into. */
    private void existingTasks(DelegateExecution execution) {
        Long programmeId = id(execution, "programmeId");
        var tasks = pickLists.mergeTargets(execution, programmeId);
        execution.setVariable("existingTasksSummary", Shown.text(ProgrammeSummaries.priorityTasksList(tasks),
                "/api/programmes/" + programmeId + "/priority-tasks"));
    }

    @Bean
    JavaDelegate recordTriage(ProposalTriage triage) {
        return execution -> userInput(() -> triage.triage(id(execution, "proposalId"), choice(execution, "triageDecision", TriageDecision.class),
                text(execution, "targetSector"), id(execution, "mergeIntoTaskId"), text(execution, "triageReason")));
    }
}
