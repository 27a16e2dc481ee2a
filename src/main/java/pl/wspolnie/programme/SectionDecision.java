package pl.wspolnie.programme;

/** The coordination team's decision on one sector section (variable and form field {@code sectionDecision}). */
public enum SectionDecision {
    ACCEPT("Przyjmij"),
    RETURN("Zwróć do poprawy");

    private final String label;

    SectionDecision(String label) {
        this.label = label;
    }

    /** The choice as the review form offers it. */
    public String label() {
        return label;
    }
}
