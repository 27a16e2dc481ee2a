package pl.wspolnie.proposal;

/** A new proposal arrived through the API; its intake process should start. */
public record ProposalSubmitted(Long proposalId, Long programmeId) {
}
