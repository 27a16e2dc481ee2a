package pl.wspolnie.process;

import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.council.CouncilDecisionRecorded;
import pl.wspolnie.programme.ProgrammeCreated;
import pl.wspolnie.programme.ProgrammeService;
import pl.wspolnie.proposal.ProposalSubmitted;
import pl.wspolnie.shared.ConflictException;

/**
 * Starts and moves processes when features report what happened. Runs in the caller's transaction: if the
 * process cannot start or continue, the feature's change is rolled back with it.
 */
@Component
class ProcessStarter {

    private final RuntimeService runtime;
    private final ProgrammeService programmes;

    ProcessStarter(RuntimeService runtime, ProgrammeService programmes) {
        this.runtime = runtime;
        this.programmes = programmes;
    }

    @EventListener
    void on(ProgrammeCreated event) {
        runtime.startProcessInstanceByKey(ProcessKeys.DRAFTING, String.valueOf(event.programmeId()),
                Map.of("programmeId", event.programmeId()));
    }

    @EventListener
    void on(ProposalSubmitted event) {
        runtime.startProcessInstanceByKey(ProcessKeys.PROPOSAL_INTAKE, String.valueOf(event.proposalId()),
                Map.of("proposalId", event.proposalId(), "programmeId", event.programmeId()));
    }

    @EventListener
    void on(CouncilDecisionRecorded event) {
        String processInstanceId = programmes.get(event.programmeId()).getProcessInstanceId();
        try {
            var correlation = runtime.createMessageCorrelation(ProcessKeys.COUNCIL_DECISION_MESSAGE)
                    .processInstanceId(processInstanceId)
                    .setVariable("councilDecision", event.decision().name());
            if (event.amendments() != null) {
                correlation.setVariable("councilAmendments", CouncilDecisionTask.shownAmendments(event.programmeId(), event.amendments()));
            }
            correlation.correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("The drafting process of programme " + event.programmeId()
                    + " is not waiting for the council's decision");
        }
    }
}
