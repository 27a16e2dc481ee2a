package pl.wspolnie.consultation;

import java.util.List;

/** Every comment of a round has its answer and the answers were signed off: they can be published to commenters. */
public record ConsultationSignedOff(Long programmeId, Long consultationId, int round, List<Answer> answers) {

    /** One comment with its decision and the justification of the decision. */
    public record Answer(Long commentId, String externalRef, String organisation, String contactPerson, String email,
                         String section, String proposedText, CommentDecision decision, String justification) {
    }

    public ConsultationSignedOff {
        answers = List.copyOf(answers);
    }
}
