package pl.wspolnie.meeting;

/** What became of a postulate: not yet decided, a proposal of a priority task, or a remark for a chapter. */
public enum PostulateOutcome {
    OPEN("czeka na rozpatrzenie"),
    PROPOSAL("propozycja zadania priorytetowego"),
    CHAPTER_REMARK("uwaga do treści programu");

    private final String label;

    PostulateOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
