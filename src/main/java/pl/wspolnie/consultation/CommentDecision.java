package pl.wspolnie.consultation;

/**
 * The answer to a consultation comment (variable and form field {@code commentDecision}), with its Polish word: the
 * one every page, form, mail and document writes.
 */
public enum CommentDecision {
    ACCEPTED("uwzględniona"),
    PARTLY_ACCEPTED("uwzględniona częściowo"),
    REJECTED("nieuwzględniona");

    private final String label;

    CommentDecision(String label) {
        this.label = label;
    }

    /** The answer in Polish, lower case as it stands in a sentence or a table: "uwzględniona częściowo". */
    public String label() {
        return label;
    }

    /** The answers by which a comment changes the programme: "uwzględniona", "uwzględniona częściowo". */
    public static final java.util.List<CommentDecision> ACCEPTING = java.util.List.of(ACCEPTED, PARTLY_ACCEPTED);

    /** Whether this answer changes the programme (one of {@link #ACCEPTING}). */
    public boolean accepts() {
        return ACCEPTING.contains(this);
    }

    /** The label of an answer, or "bez odpowiedzi" while a comment has none. */
    public static String labelOf(CommentDecision decision) {
        return decision == null ? "bez odpowiedzi" : decision.label();
    }
}
