package pl.wspolnie.programme;

import java.time.LocalDate;

/** The council's adoption deadline (art. 5a ust. 1) is near or, if {@code missed}, has passed; never blocks adoption. */
public record AdoptionDeadlineWarning(Long programmeId, boolean missed, LocalDate councilDeadline, Stage stage, String text) {
}
