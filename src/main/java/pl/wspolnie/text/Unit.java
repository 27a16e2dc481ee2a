package pl.wspolnie.text;

/**
 * One editorial unit of a programme's text as plain data (what a draft version's snapshot carries, what rendering
 * and the completeness check read). {@code id} is stable: it survives renumbering, so the citation label
 * ({@link Citations}) is computed from the position, never stored. {@code parentId} is null for top-level units
 * (the resolution's basis and §, the annex's chapters); {@code position} orders siblings. {@code heading} only for
 * chapters and sector units; {@code statutoryElement} is the name of a {@code drafting.StatutoryElement} constant on
 * the chapter that holds it; {@code sector} the sector code of a sector's unit; {@code block} the key of content
 * generated from the cycle's data and rendered inside this unit ({@link GeneratedBlock}).
 */
public record Unit(Long id, Long parentId, TextPart part, UnitKind kind, int position, String heading, String text,
                   String statutoryElement, String sector, String block) {

    public Unit withText(String newText) {
        return new Unit(id, parentId, part, kind, position, heading, newText, statutoryElement, sector, block);
    }

    /** Whether the unit has wording of its own (a heading does not count). */
    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
