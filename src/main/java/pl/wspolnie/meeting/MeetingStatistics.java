package pl.wspolnie.meeting;

import java.util.Map;

/**
 * The numbers the programme's chapter on how it was made, the consultation report and the public page state:
 * meetings held by kind, the people who took part, distinct organisations among them, postulates and what became
 * of them. Counted from the records of held meetings only.
 */
public record MeetingStatistics(Long programmeId, int planned, int held, Map<MeetingKind, Integer> heldByKind,
                                int people, int organisations, int postulates, Map<PostulateOutcome, Integer> postulatesByOutcome) {

    public int postulates(PostulateOutcome outcome) {
        return postulatesByOutcome.getOrDefault(outcome, 0);
    }

    /** Postulates that became proposals of priority tasks. */
    public int toProposals() {
        return postulates(PostulateOutcome.PROPOSAL);
    }

    /** Postulates that became remarks for a chapter of the text. */
    public int toComments() {
        return postulates(PostulateOutcome.CONSULTATION_COMMENT);
    }

    public int toRemarks() {
        return postulates(PostulateOutcome.CHAPTER_REMARK);
    }
}
