package pl.wspolnie.programme;

/** How close the adoption deadline is (variable {@code level} of the drafting process's deadline timers). */
public enum DeadlineLevel {
    APPROACHING("Zbliża się termin uchwalenia programu"),
    MISSED("Minął termin uchwalenia programu");

    private final String label;

    DeadlineLevel(String label) {
        this.label = label;
    }

    /** The headline of the warning: the task's and the history's. */
    public String label() {
        return label;
    }
}
