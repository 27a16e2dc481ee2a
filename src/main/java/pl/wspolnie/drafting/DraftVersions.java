package pl.wspolnie.drafting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DraftVersions extends JpaRepository<DraftVersion, Long> {

    /** The list without documents and snapshots, which may be large. */
    @Query("select new pl.wspolnie.drafting.DraftSummary(v.number, v.stage, v.label, v.note, v.createdBy, v.createdAt,"
            + " v.sha256, v.sizeBytes, v.contentType) from DraftVersion v where v.programmeId = ?1 order by v.number")
    List<DraftSummary> summaries(Long programmeId);

    Optional<DraftVersion> findByProgrammeIdAndNumber(Long programmeId, int number);

    Optional<DraftVersion> findFirstByProgrammeIdOrderByNumberDesc(Long programmeId);

    @Query("select max(v.number) from DraftVersion v where v.programmeId = ?1")
    Optional<Integer> lastNumber(Long programmeId);
}
