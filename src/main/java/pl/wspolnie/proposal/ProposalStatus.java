package pl.wspolnie.proposal;

/** Triage state: received, routed to a team, then accepted into a task, merged into one, or rejected. */
public enum ProposalStatus { RECEIVED, ROUTED, ACCEPTED, MERGED, REJECTED }
