package pl.wspolnie.council;

/** The Mayor's decision on the draft (variable and form field {@code mayorDecision}), with the form's wording. */
public enum MayorChoice {
    APPROVE("Akceptuję i kieruję do Rady"),
    RETURN("Zwracam do poprawy");

    private final String label;

    MayorChoice(String label) {
        this.label = label;
    }

    /** The choice as the Mayor's form offers it. */
    public String label() {
        return label;
    }
}
