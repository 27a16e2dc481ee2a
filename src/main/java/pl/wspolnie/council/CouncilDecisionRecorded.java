package pl.wspolnie.council;

/** The council's decision was recorded; the waiting drafting process should continue. */
public record CouncilDecisionRecorded(Long programmeId, CouncilDecision decision, String amendments) {
}
