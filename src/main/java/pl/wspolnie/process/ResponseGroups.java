package pl.wspolnie.process;

import java.util.List;
import org.springframework.stereotype.Component;
import pl.wspolnie.security.Groups;

/**
 * Used by comment-response.bpmn as {@code ${consultationProcess.responseGroups(responseGroup)}}: the answering team
 * plus the coordination team, which can take any comment over.
 */
@Component("consultationProcess")
public class ResponseGroups {

    public List<String> responseGroups(String responseGroup) {
        return responseGroup == null || responseGroup.equals(Groups.COORDINATION_TEAM) ? List.of(Groups.COORDINATION_TEAM)
                : List.of(responseGroup, Groups.COORDINATION_TEAM);
    }
}
