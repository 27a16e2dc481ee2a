package pl.wspolnie.process;

/** Keys of the processes in bpmn/ and the messages they wait for. */
final class ProcessKeys {

    static final String DRAFTING = "programme-drafting";
    static final String PROPOSAL_INTAKE = "proposal-intake";
    static final String CONSULTATION = "public-consultation";
    static final String COMMENT_RESPONSE = "comment-response";
    static final String DEADLINE_WARNING = "deadline-warning";
    static final String COUNCIL_DECISION_MESSAGE = "CouncilDecision";
    static final String COMMENTS_ANSWERED_MESSAGE = "CommentsAnswered";
    /** The consultation's wait for the last answer (public-consultation.bpmn). */
    static final String ALL_COMMENTS_ANSWERED = "AllCommentsAnswered";

    private ProcessKeys() {
    }
}
