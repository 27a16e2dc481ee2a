package pl.wspolnie.proposal;

/** The triaging team's decision on a proposal (variable and form field {@code triageDecision}). */
public enum TriageDecision {
    ACCEPT("Przyjmij jako zadanie priorytetowe"),
    MERGE("Połącz z istniejącym zadaniem"),
    REJECT("Odrzuć");

    private final String label;

    TriageDecision(String label) {
        this.label = label;
    }

    /** The choice as the triage form offers it. */
    public String label() {
        return label;
    }
}
