package pl.wspolnie.drafting;

/**
 * The stages of the cycle that are due a document version, in the order of the cycle: versions from
 * {@code CONSULTATION} on are public ({@code DraftingService.published}).
 */
public enum DraftStage {
    DRAFT_ASSEMBLED("Projekt złożony z części sektorowych"),
    CONSULTATION("Projekt skierowany do konsultacji"),
    AFTER_CONSULTATION("Projekt po konsultacjach"),
    COUNCIL("Projekt skierowany do Rady Miasta"),
    ADOPTED("Tekst przyjęty przez Radę Miasta");

    private final String label;

    DraftStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
