package pl.wspolnie.programme;

/** The coordination team's decision on the whole draft before consultation (variable and form field {@code draftDecision}). */
public enum DraftDecision {
    APPROVE("Skieruj do konsultacji"),
    RETURN("Zwróć wskazane części");

    private final String label;

    DraftDecision(String label) {
        this.label = label;
    }

    /** The choice as the review form offers it. */
    public String label() {
        return label;
    }
}
