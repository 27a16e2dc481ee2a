package pl.wspolnie.council;

/** The City Council's decision on the submitted draft resolution. */
public enum CouncilDecision { ADOPTED, ADOPTED_WITH_AMENDMENTS, REJECTED }
