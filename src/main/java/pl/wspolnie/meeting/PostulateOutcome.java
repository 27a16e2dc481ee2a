package pl.wspolnie.meeting;

/**
 * What became of a postulate: not yet decided, a proposal of a priority task (during the call, and after it until
 * the consultation), a remark for a chapter, or — raised while the draft is out for consultation — a consultation
 * comment, answered like every other.
 */
public enum PostulateOutcome {
    OPEN("czeka na rozpatrzenie"),
    PROPOSAL("propozycja zadania priorytetowego"),
    CHAPTER_REMARK("uwaga do treści programu"),
    CONSULTATION_COMMENT("uwaga w konsultacjach");

    private final String label;

    PostulateOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
