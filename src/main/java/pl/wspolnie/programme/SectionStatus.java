package pl.wspolnie.programme;

/** Where a sector section stands, with the Polish word the forms use for it. */
public enum SectionStatus {
    NOT_STARTED("nie rozpoczęta"),
    IN_PROGRESS("w przygotowaniu"),
    SUBMITTED("przekazana"),
    RETURNED("zwrócona"),
    ACCEPTED("przyjęta");

    private final String label;

    SectionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
