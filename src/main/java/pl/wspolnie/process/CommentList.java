package pl.wspolnie.process;

import java.util.List;
import org.springframework.stereotype.Component;
import pl.wspolnie.consultation.ConsultationService;

/** Used as {@code ${consultationProcess.commentIds(consultationId)}}: one response task per comment. */
@Component("consultationProcess")
public class CommentList {

    private final ConsultationService consultations;

    CommentList(ConsultationService consultations) {
        this.consultations = consultations;
    }

    public List<Long> commentIds(Long consultationId) {
        return consultations.commentIds(consultationId);
    }
}
