package pl.wspolnie.text;

/**
 * The kinds of editorial units of a Polish legal act (Zasady techniki prawodawczej), from the largest:
 * rozdział → § → ust. → pkt → lit. → tiret; {@code BASIS} is the legal basis (podstawa prawna) of the resolution.
 */
public enum UnitKind {
    BASIS("podstawa prawna"),
    CHAPTER("rozdział"),
    PARAGRAPH("paragraf"),
    SECTION("ustęp"),
    POINT("punkt"),
    LETTER("litera"),
    INDENT("tiret");

    private final String polishName;

    UnitKind(String polishName) {
        this.polishName = polishName;
    }

    public String polishName() {
        return polishName;
    }
}
