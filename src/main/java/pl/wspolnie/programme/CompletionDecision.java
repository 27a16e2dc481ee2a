package pl.wspolnie.programme;

/** How the coordination team completes a draft that lacks statutory elements (variable and form field {@code completionDecision}). */
public enum CompletionDecision {
    RETURN_SECTIONS("Zwróć wskazane części zespołom branżowym"),
    RECHECK("Złóż projekt i sprawdź ponownie (szablon lub dane już poprawiono)");

    private final String label;

    CompletionDecision(String label) {
        this.label = label;
    }

    /** The choice as the form offers it. */
    public String label() {
        return label;
    }
}
