package pl.wspolnie.programme;

/** A sectoral team submitted its section; {@code narrative} is its description, the wording of its unit. */
public record SectionSubmitted(Long programmeId, String sectorCode, String narrative) {
}
