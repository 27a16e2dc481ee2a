package pl.wspolnie.programme;

import java.time.LocalDate;

/** A sectoral team's section passed its due date unfinished; the coordination team takes it over. */
public record SectionOverdue(Long programmeId, Long sectionId, String sectorCode, String sectorName, String candidateGroup,
                             LocalDate dueDate) {
}
