package pl.wspolnie.programme;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** The dates of one cycle; each is the last day of its stage, in the municipality's time zone. */
@Embeddable
public record Calendar(
        LocalDate proposalDeadline,
        LocalDate sectionsDue,
        LocalDate consultationStart,
        LocalDate consultationEnd,
        LocalDate opinionDeadline,
        LocalDate councilDeadline) {
}
