package pl.wspolnie.programme;

/**
 * A cycle was registered (API or Tasklist start form), in the transaction that registered it: its text is made
 * now, so that a programme never exists without one.
 */
public record ProgrammeRegistered(Long programmeId) {
}
