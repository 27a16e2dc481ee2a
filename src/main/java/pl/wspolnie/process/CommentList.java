package pl.wspolnie.process;

import java.util.List;
import org.springframework.stereotype.Component;
import pl.wspolnie.consultation.ConsultationService;
import pl.wspolnie.security.Groups;

/**
 * Used as {@code ${consultationProcess.commentIds(consultationId)}}: one response task per comment, and as
 * {@code ${consultationProcess.responseGroups(responseGroup)}}: the answering team plus the coordination team, which
 * can take any comment over.
 */
@Component("consultationProcess")
public class CommentList {

    private final ConsultationService consultations;

    CommentList(ConsultationService consultations) {
        this.consultations = consultations;
    }

    public List<Long> commentIds(Long consultationId) {
        return consultations.commentIds(consultationId);
    }

    public List<String> responseGroups(String responseGroup) {
        return responseGroup == null || responseGroup.equals(Groups.COORDINATION_TEAM) ? List.of(Groups.COORDINATION_TEAM)
                : List.of(responseGroup, Groups.COORDINATION_TEAM);
    }
}
