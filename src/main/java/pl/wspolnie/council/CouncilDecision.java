package pl.wspolnie.council;

/** The City Council's decision (variable and form field {@code decision}), with the form's wording. */
public enum CouncilDecision {
    ADOPTED("Rada przyjęła uchwałę"),
    ADOPTED_WITH_AMENDMENTS("Rada przyjęła uchwałę z poprawkami"),
    REJECTED("Rada odrzuciła projekt");

    private final String label;

    CouncilDecision(String label) {
        this.label = label;
    }

    /** The choice as the council office's form offers it. */
    public String label() {
        return label;
    }
}
