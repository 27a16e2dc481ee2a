package pl.wspolnie.programme;

/** What a sectoral team sees when it opens its section. */
public record SectionWork(Long sectionId, String sectorCode, String sectorName, String candidateGroup,
                          String narrative, String reviewRemarks, String priorityTasksSummary) {
}
