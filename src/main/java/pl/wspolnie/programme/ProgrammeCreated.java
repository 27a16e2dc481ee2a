package pl.wspolnie.programme;

/** A cycle was registered through the API; the drafting process should start for it. */
public record ProgrammeCreated(Long programmeId) {
}
