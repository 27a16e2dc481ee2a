package pl.wspolnie.council;

import java.time.LocalDate;

/** The council's decision as the council office records it. */
public record DecisionRequest(CouncilDecision decision, String resolutionNumber, LocalDate decisionDate, String amendments) {
}
