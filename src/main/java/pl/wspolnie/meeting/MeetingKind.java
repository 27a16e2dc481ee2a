package pl.wspolnie.meeting;

/** What kind of meeting it is; the Polish label is how pages, forms and documents name it. */
public enum MeetingKind {
    SECTOR("spotkanie branżowe", "spotkania branżowe"),
    THEMATIC("spotkanie tematyczne", "spotkania tematyczne"),
    NEWCOMERS("spotkanie dla organizacji nowych we współpracy z miastem", "spotkania dla nowych organizacji"),
    OPEN("spotkanie otwarte", "spotkania otwarte"),
    CONFERENCE("konferencja", "konferencje");

    private final String label;
    private final String plural;

    MeetingKind(String label, String plural) {
        this.label = label;
        this.plural = plural;
    }

    public String label() {
        return label;
    }

    /** "spotkania branżowe: 8" in counts. */
    public String plural() {
        return plural;
    }
}
