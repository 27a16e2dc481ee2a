package pl.wspolnie.process;

import java.util.Set;
import org.springframework.stereotype.Component;
import pl.wspolnie.security.SubmittableVariables;

/**
 * Variables only the engine and our delegates set: the business object a process instance works on (set when
 * it started or when its multi-instance opened), the group its tasks go to and the council's recorded decision.
 * Nobody submits them through a form, the engine REST API or a message: a team completing its own task must not
 * point it at another team's object.
 */
@Component
public class BoundVariables implements SubmittableVariables {

    private static final Set<String> NAMES = Set.of("programmeId", "proposalId", "sectionId", "commentId",
            "consultationId", "sectorCode", "sectorGroup", "responseGroup", "triageGroup", "route",
            "councilDecision", "councilAmendments", "initiator", "meetingId", "meetingTeam",
            // the routing table's inputs (transient: a persisted one of the same name would refuse them)
            "sectorKnown", "proposalForm", "proposalAmount", "smallGrantMaxAmount");


    /**
     * Whether a request may set this variable. {@code startingProcessKey} is the process a start (or start form)
     * request starts, else null: a proposal submitted from Tasklist names the programme whose call it answers
     * (the intake checks that call is open).
     */
    @Override
    public boolean submittable(String name, String startingProcessKey) {
        if (ProcessKeys.PROPOSAL_INTAKE.equals(startingProcessKey) && "programmeId".equals(name)) {
            return true;
        }
        return !NAMES.contains(name);
    }
}
