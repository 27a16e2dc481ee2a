package pl.wspolnie.text;

/**
 * Where a programme's text started from; {@code programmeId} is the adopted programme carried over, null for the
 * base text. A draft's first version records it.
 */
public record TextSource(Kind kind, Long programmeId) {

    public enum Kind { BASE_TEXT, CARRY_OVER }

    /** In Polish, for documents and pages. */
    public String description() {
        return kind == Kind.BASE_TEXT ? "tekst bazowy gminy" : "tekst przyjętego programu nr " + programmeId;
    }
}
