package pl.wspolnie.process;

import static pl.wspolnie.process.Vars.date;
import static pl.wspolnie.process.Vars.id;
import static pl.wspolnie.process.Vars.text;
import static pl.wspolnie.process.Vars.userInput;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.wspolnie.council.CouncilDecision;
import pl.wspolnie.council.CouncilService;
import pl.wspolnie.council.DecisionRequest;

/**
 * After the council office's task "Zapisz decyzję Rady Miasta": its form is recorded through the same service as
 * {@code POST /api/programmes/{id}/council-decision}; a refused form stays open with a Polish message naming the
 * field. A decision recorded through the API instead ends the task by its boundary message.
 */
@Component("recordCouncilDecision")
class CouncilDecisionTask implements JavaDelegate {

    private final CouncilService council;

    CouncilDecisionTask(CouncilService council) {
        this.council = council;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long programmeId = id(execution, "programmeId");
        var decided = userInput(() -> council.recordDecisionFromTask(programmeId, new DecisionRequest(
                decision(text(execution, "decision")), text(execution, "resolutionNumber"),
                date(execution, "decisionDate"), text(execution, "amendments"))));
        set(execution, programmeId, decided.getDecision(), decided.getAmendments());
    }

    /** What the rest of the process reads, the same whichever way the decision came. */
    private static void set(org.camunda.bpm.engine.delegate.VariableScope scope, Long programmeId, CouncilDecision decision,
                    String amendments) {
        scope.setVariable("councilDecision", decision.name());
        if (amendments != null) {
            // the amendments are kept whole with the council's decision; the form shows them as far as a variable holds
            scope.setVariable("councilAmendments", shownAmendments(programmeId, amendments));
        }
    }

    static String shownAmendments(Long programmeId, String amendments) {
        return Shown.text(amendments, "/api/programmes/" + programmeId + " (decyzja Rady)");
    }

    private static CouncilDecision decision(String value) {
        return pl.wspolnie.shared.Choice.of(CouncilDecision.class, value, "decision");
    }
}
