package pl.wspolnie.programme;

/** How a priority task is carried out (forma realizacji). */
public enum TaskForm {
    /** Open competition for offers (otwarty konkurs ofert). */
    OTWARTY_KONKURS_OFERT("Otwarty konkurs ofert"),
    /** Small grant outside competition, art. 19a (tryb pozakonkursowy). */
    TRYB_POZAKONKURSOWY("Tryb pozakonkursowy (art. 19a)"),
    /** Non-financial cooperation (współpraca pozafinansowa). */
    POZAFINANSOWA("Współpraca pozafinansowa");

    private final String label;

    TaskForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean financial() {
        return this != POZAFINANSOWA;
    }
}
