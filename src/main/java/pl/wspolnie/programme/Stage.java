package pl.wspolnie.programme;

/** Where a cycle stands. Follows the drafting process; the process moves it. */
public enum Stage {
    /** Nabór propozycji: departments and NGOs send proposals. */
    CALL_FOR_PROPOSALS,
    /** Sectoral teams write their sections; coordination reviews each. */
    SECTOR_WORK,
    /** Coordination reviews the whole draft. */
    DRAFT_REVIEW,
    /** Approved for consultation; the consultation opens on its planned start day (text frozen as approved). */
    CONSULTATION_SCHEDULED,
    /** Public consultation (konsultacje) is open or being answered. */
    CONSULTATION,
    /** Revision after consultation. */
    REVISION,
    /** Awaiting the Mayor's approval. */
    MAYOR_APPROVAL,
    /** Approved; the council office prepares the print (druk). */
    COUNCIL_SUBMISSION,
    /** Submitted; waiting for the council's decision. */
    AWAITING_COUNCIL,
    /** Adopted with amendments that are being incorporated. */
    AMENDMENTS,
    /** Adopted by the council. */
    ADOPTED
}
